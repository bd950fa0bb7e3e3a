package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.catalog.StructureKind;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's offers for one diagnosis, grouped by kind, as one fact. Rules reach the offers with
 * {@code from $offers.epn} and the like instead of having each offer inserted: a diagnosis then pays for
 * the offers a rule looks at, not for the whole catalogue. Instances are immutable and shared.
 */
public final class Offers {

    private final List<OfferCandidate> all;
    private final Map<OrientationKind, List<OfferCandidate>> byKind;
    private final Map<OrientationKind, List<OfferCandidate>> nearestFirst;
    private final Map<String, List<OfferCandidate>> byPublic;
    private final Map<TargetGroup, List<OfferCandidate>> forGroupAlone;
    private final List<OfferCandidate> atHome;
    private final Map<OrientationKind, List<OfferCandidate>> mobileFirst;
    private final Map<OrientationKind, List<OfferCandidate>> sameCommune;

    public Offers(List<OfferCandidate> offers) {
        this.all = List.copyOf(offers);
        Map<OrientationKind, List<OfferCandidate>> kinds = new EnumMap<>(OrientationKind.class);
        for (OrientationKind kind : OrientationKind.values()) {
            kinds.put(kind, new ArrayList<>());
        }
        for (OfferCandidate offer : offers) {
            kinds.get(offer.getKind()).add(offer);
        }
        kinds.replaceAll((kind, list) -> List.copyOf(list));
        this.byKind = kinds;

        Map<OrientationKind, List<OfferCandidate>> sorted = new EnumMap<>(OrientationKind.class);
        Map<OrientationKind, List<OfferCandidate>> local = new EnumMap<>(OrientationKind.class);
        for (Map.Entry<OrientationKind, List<OfferCandidate>> e : kinds.entrySet()) {
            List<OfferCandidate> list = new ArrayList<>(e.getValue());
            list.sort(java.util.Comparator.comparing((OfferCandidate o) -> o.getNearestRank() == null ? Integer.MAX_VALUE : o.getNearestRank())
                    .thenComparing(OfferCandidate::getId));
            sorted.put(e.getKey(), List.copyOf(list));
            local.put(e.getKey(), e.getValue().stream().filter(OfferCandidate::isSameCommune).toList());
        }
        this.nearestFirst = sorted;
        Map<OrientationKind, List<OfferCandidate>> mobile = new EnumMap<>(OrientationKind.class);
        for (Map.Entry<OrientationKind, List<OfferCandidate>> e : sorted.entrySet()) {
            List<OfferCandidate> travelling = new ArrayList<>(e.getValue().stream().filter(OfferCandidate::isMobile).toList());
            e.getValue().stream().filter(o -> !o.isMobile()).forEach(travelling::add);
            mobile.put(e.getKey(), List.copyOf(travelling));
        }
        this.mobileFirst = mobile;
        this.sameCommune = local;
        // A CPAS of another commune is left out of the lists by public: dedicated-public (partners.drl) proposes
        // only the person's own CPAS, and a view that still held the other eighteen would have the engine
        // build and reject them for every diagnosis.
        Map<String, List<OfferCandidate>> publics = new java.util.HashMap<>();
        Map<TargetGroup, List<OfferCandidate>> groupAlone = new EnumMap<>(TargetGroup.class);
        for (OfferCandidate offer : offers) {
            if (offer.getStructureKind() != StructureKind.CPAS || offer.isSameCommune()) {
                for (String p : offer.getPublics()) {
                    publics.computeIfAbsent(p, k -> new ArrayList<>()).add(offer);
                }
            }
            if (offer.getKind() == OrientationKind.PARTNER && offer.getTargetGroups().size() == 1) {
                groupAlone.computeIfAbsent(offer.getTargetGroups().get(0), k -> new ArrayList<>()).add(offer);
            }
        }
        publics.replaceAll((k, list) -> List.copyOf(list));
        groupAlone.replaceAll((k, list) -> List.copyOf(list));
        this.byPublic = Map.copyOf(publics);
        this.forGroupAlone = groupAlone;
        this.atHome = offers.stream().filter(OfferCandidate::isAtHome).toList();
    }

    /**
     * The {@code count} offers of a kind nearest to the person, nearest first. When the person's commune
     * is unknown nothing is near or far: the offers that travel to people (mobile structures) come first,
     * then the others in catalogue order, at most {@code count}.
     */
    public List<OfferCandidate> nearest(OrientationKind kind, int count) {
        List<OfferCandidate> list = nearestFirst.get(kind);
        if (!list.isEmpty() && list.get(0).getNearestRank() == null) {
            List<OfferCandidate> mobile = mobileFirst.get(kind);
            return mobile.subList(0, Math.min(count, mobile.size()));
        }
        return list.subList(0, Math.min(count, list.size()));
    }

    /**
     * The {@code count} offers of a kind nearest to the person among those at a fixed place: a mobile
     * structure receives no visitors (seed L2770), so it is not a place to go to. When the commune is unknown
     * nothing is near or far, and this is {@link #nearest} (the offers that travel to people first).
     */
    public List<OfferCandidate> nearestFixed(OrientationKind kind, int count) {
        List<OfferCandidate> list = nearestFirst.get(kind);
        if (!list.isEmpty() && list.get(0).getNearestRank() == null) {
            return nearest(kind, count);
        }
        List<OfferCandidate> result = new ArrayList<>(count);
        for (OfferCandidate offer : list) {
            if (result.size() == count) {
                break;
            }
            if (!offer.isMobile()) {
                result.add(offer);
            }
        }
        return result;
    }

    /**
     * The {@code count} nearest EPN activities at a fixed place ({@link #nearestFixed}) and the {@code count}
     * nearest partner activities.
     */
    public List<OfferCandidate> nearestActivities(int count) {
        List<OfferCandidate> epn = nearestFixed(OrientationKind.EPN, count);
        List<OfferCandidate> partners = nearest(OrientationKind.PARTNER, count);
        List<OfferCandidate> both = new ArrayList<>(epn.size() + partners.size());
        both.addAll(epn);
        both.addAll(partners);
        return both;
    }

    /** The offers of a kind in the person's own commune. */
    public List<OfferCandidate> inSameCommune(OrientationKind kind) {
        return sameCommune.get(kind);
    }

    /** The partner offers for that target group alone (a project for seniors). */
    public List<OfferCandidate> partnersForGroupAlone(TargetGroup group) {
        return forGroupAlone.getOrDefault(group, List.of());
    }

    /**
     * The offers whose finer publics include this one (HOMELESS, NEWCOMERS, ALLOPHONE…), of the CPAS only the
     * one of the person's commune.
     */
    public List<OfferCandidate> forPublic(String publicCode) {
        return byPublic.getOrDefault(publicCode, List.of());
    }

    /** Every offer of the catalogue, in catalogue order (the exclusions are stated for each). */
    public List<OfferCandidate> all() { return all; }

    /** The offers whose structure visits people at home. */
    public List<OfferCandidate> getAtHome() { return atHome; }

    public List<OfferCandidate> getStartDigital() { return byKind.get(OrientationKind.START_DIGITAL); }
    public List<OfferCandidate> getEpn() { return byKind.get(OrientationKind.EPN); }
    public List<OfferCandidate> getVolunteering() { return byKind.get(OrientationKind.VOLUNTEERING); }
}
