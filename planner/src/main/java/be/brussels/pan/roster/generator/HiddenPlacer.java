package be.brussels.pan.roster.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.VenueKind;
import be.brussels.pan.roster.generator.SeedData.CommuneRow;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;

/** Builds the hidden full assignment of a fully assignable instance, one session at a time. */
final class HiddenPlacer {

    private final Random random;
    private final Map<String, CommuneRow> communeByNis;
    private final List<VenueJson> venues;
    private final List<AnimatorJson> animators;
    private final List<KitJson> kits;
    /** Occupancy so far: (resource, slot) → uses, and animator → sessions. */
    private final Map<InSlot, Integer> used = new HashMap<>();
    private final Map<String, Integer> load = new HashMap<>();

    HiddenPlacer(Random random, Map<String, CommuneRow> communeByNis, List<VenueJson> venues,
                 List<AnimatorJson> animators, List<KitJson> kits) {
        this.random = random;
        this.communeByNis = communeByNis;
        this.venues = venues;
        this.animators = animators;
        this.kits = kits;
    }

    /**
     * A random placement satisfying H1–H12 against the hidden placements so far: venues near the demand
     * commune first (as the planner would prefer), then any venue.
     */
    AssignmentJson place(SessionJson s) {
        CommuneRow demand = communeByNis.get(s.commune());
        List<VenueJson> byDistance = new ArrayList<>(venues);
        byDistance.sort(Comparator.comparingDouble(v -> distance(demand, communeByNis.get(v.commune()))));
        for (int attempt = 0; attempt < 300; attempt++) {
            int reach = attempt < 150 ? Math.min(10, byDistance.size()) : byDistance.size();
            VenueJson v = byDistance.get(random.nextInt(reach));
            if (!venueFits(s, v) || v.open().isEmpty()) {
                continue;
            }
            String slot = v.open().get(random.nextInt(v.open().size()));
            if (uses(v.id(), slot) >= v.rooms()) {
                continue;
            }
            String kit = null;
            if (Boolean.TRUE.equals(s.mobile()) || Boolean.TRUE.equals(s.needsBraille())
                    || s.participants() > v.seats()) {
                kit = freeKit(s, v, slot);
                if (kit == null) {
                    continue;
                }
            }
            String animator = freeAnimator(s, slot);
            if (animator == null) {
                continue;
            }
            use(v.id(), slot);
            use(animator, slot);
            if (kit != null) {
                use(kit, slot);
            }
            load.merge(animator, 1, Integer::sum);
            return new AssignmentJson(s.id(), slot, v.id(), animator, kit);
        }
        return null;
    }

    private boolean venueFits(SessionJson s, VenueJson v) {
        return (!Boolean.TRUE.equals(s.mobile()) || v.kind() == VenueKind.PARTNER_SITE)
                && (!Boolean.TRUE.equals(s.accessibleRequired()) || v.accessible())
                && (s.kind() != SessionKind.START_DIGITAL || v.startDigital());
    }

    private String freeKit(SessionJson s, VenueJson v, String slot) {
        List<KitJson> shuffled = new ArrayList<>(kits);
        Collections.shuffle(shuffled, random);
        for (KitJson k : shuffled) {
            if ((!Boolean.TRUE.equals(s.needsBraille()) || k.braille())
                    && s.participants() <= (long) v.seats() + k.devices() && uses(k.id(), slot) == 0) {
                return k.id();
            }
        }
        return null;
    }

    private String freeAnimator(SessionJson s, String slot) {
        List<AnimatorJson> shuffled = new ArrayList<>(animators);
        Collections.shuffle(shuffled, random);
        for (AnimatorJson a : shuffled) {
            if (a.languages().contains(s.language()) && new LinkedHashSet<>(a.skills()).containsAll(
                    s.requiredSkills()) && a.available().contains(slot) && uses(a.id(), slot) == 0
                    && load.getOrDefault(a.id(), 0) < a.maxSessions()) {
                return a.id();
            }
        }
        return null;
    }

    /** A composite key, not "resource@slot": an id containing '@' could otherwise collide with another. */
    private record InSlot(String resource, String slot) {
    }

    private int uses(String resource, String slot) {
        return used.getOrDefault(new InSlot(resource, slot), 0);
    }

    private void use(String resource, String slot) {
        used.merge(new InSlot(resource, slot), 1, Integer::sum);
    }

    private static double distance(CommuneRow a, CommuneRow b) {
        double dx = (a.lon() - b.lon()) * Math.cos(Math.toRadians(a.lat()));
        double dy = a.lat() - b.lat();
        return dx * dx + dy * dy; // only used for ordering
    }
}
