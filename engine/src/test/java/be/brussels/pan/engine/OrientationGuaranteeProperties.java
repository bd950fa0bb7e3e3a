package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.catalog.StructureKind;
import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Barrier;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse.Orientation;
import be.brussels.pan.contract.diagnosis.Disability;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.Gender;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Need;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import be.brussels.pan.rules.geo.Commune;
import be.brussels.pan.rules.geo.Communes;
import be.brussels.pan.rules.geo.Point;
import be.brussels.pan.rules.meta.RuleMeta;
import be.brussels.pan.rules.run.RequestArbitraries;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kie.api.definition.rule.Rule;

/**
 * The guarantees of issue 12, over generated people. Each property states its oracle from the request and
 * the catalogue, not from the rules' own output, so that a rule that stops doing its job fails here; the
 * policy numbers (travel limit, reserved publics) are read from the rules' metadata, so that a policy change
 * does not need a test change.
 */
class OrientationGuaranteeProperties {

    private static final Catalog CATALOG = Engines.DEFAULT.catalog();
    private static final Map<String, Service> SERVICES = CATALOG.services().stream()
            .collect(Collectors.toMap(Service::id, Function.identity()));
    private static final Map<String, Structure> STRUCTURES = CATALOG.structures().stream()
            .collect(Collectors.toMap(Structure::id, Function.identity()));
    private static final Communes COMMUNES = Communes.brussels();
    private static final double TRAVEL_LIMIT_KM = RuleMeta.decimal(rule("dedicated-travel-limit"), "maxKm");
    private static final Set<String> RESERVED =
            Set.of(RuleMeta.text(rule("reserved-publics"), "reservedPublics").trim().split("\\s+"));
    private static final Set<OrientationKind> ACTIVITIES =
            Set.of(OrientationKind.PARTNER, OrientationKind.EPN, OrientationKind.SOCIAL_SUPPORT);

    private static Rule rule(String id) {
        return Engines.DEFAULT.ruleBase().rules().stream().filter(r -> RuleMeta.id(r).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + id));
    }

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    // --- The dedicated offer in the top three -------------------------------------------------------------

    @Property(tries = 1000)
    void aPersonWithADedicatedOfferWithinTheLimitSeesOneInTheTopThree(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        Set<String> candidates = dedicatedCandidates(request, response);
        if (candidates.isEmpty() || response.orientations().isEmpty()) {
            return;
        }
        assertThat(response.orientations().stream().limit(3).map(Orientation::offerId))
                .as("top three of %s, dedicated candidates %s", response.orientations(), candidates)
                .anyMatch(candidates::contains);
    }

    /**
     * The offers made for a public the person is known to belong to (from the request alone), or for one of
     * their target groups alone, within the travel limit, that no exclusion removes.
     */
    private static Set<String> dedicatedCandidates(DiagnosisRequest request, DiagnosisResponse response) {
        Set<String> memberships = memberships(request);
        if (response.targetGroups().contains(TargetGroup.YOUTH) && response.targetGroups().contains(TargetGroup.PRECARIOUS)) {
            memberships.add("PRECARIOUS_YOUTH");
        }
        Set<TargetGroup> groups = new HashSet<>(response.targetGroups());
        groups.remove(TargetGroup.PRECARIOUS);
        Set<String> result = new HashSet<>();
        if (response.fragility().level() == FragilityLevel.NONE && memberships.isEmpty()) {
            return result;
        }
        for (Service service : CATALOG.services()) {
            Structure structure = STRUCTURES.get(service.structureId());
            OrientationKind kind = service.orientationKind(structure);
            boolean forPublic = ACTIVITIES.contains(kind) && service.publics().stream().anyMatch(memberships::contains);
            boolean forGroup = kind == OrientationKind.PARTNER && service.targetGroups().size() == 1
                    && groups.contains(service.targetGroups().get(0));
            if ((forPublic || forGroup) && usable(request, service, structure, memberships)) {
                result.add(service.id());
            }
        }
        return result;
    }

    private static boolean usable(DiagnosisRequest request, Service service, Structure structure, Set<String> memberships) {
        Profile p = request.profile();
        Integer age = p == null ? null : p.age();
        if (age != null && (service.minimumAge() != null && service.minimumAge() > age
                || service.maximumAge() != null && service.maximumAge() < age)) {
            return false;
        }
        if (reservedOutside(service, memberships)) {
            return false;
        }
        Optional<Commune> home = Optional.ofNullable(p).flatMap(x -> COMMUNES.byPostcode(x.postcode()));
        if (structure.kind() == StructureKind.CPAS
                && home.map(c -> !c.code().equals(structure.communeCode())).orElse(true)) {
            return false;
        }
        if (p != null && (Boolean.TRUE.equals(p.reducedMobility()) || has(p.disabilities(), Disability.MOTOR))
                && Boolean.FALSE.equals(structure.accessible()) && !structure.atHome()) {
            return false;
        }
        if (home.isEmpty()) {
            return true;
        }
        Point from = home.get().point();
        Point to = COMMUNES.pointOf(structure).orElseThrow();
        return Communes.distanceKm(from.lat(), from.lon(), to.lat(), to.lon()) <= TRAVEL_LIMIT_KM + 1e-9;
    }

    // --- No reserved offer to a person outside its public ----------------------------------------------

    @Property(tries = 1000)
    void noReservedOfferGoesToAPersonNotKnownToBelongToItsPublic(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        Set<String> memberships = memberships(request);
        if (response.targetGroups().contains(TargetGroup.YOUTH) && response.targetGroups().contains(TargetGroup.PRECARIOUS)) {
            memberships.add("PRECARIOUS_YOUTH");
        }
        assertThat(response.orientations()).allSatisfy(o ->
                assertThat(reservedOutside(SERVICES.get(o.offerId()), memberships))
                        .as("%s (publics %s) for memberships %s", o.offerId(), SERVICES.get(o.offerId()).publics(), memberships)
                        .isFalse());
    }

    private static boolean reservedOutside(Service service, Set<String> memberships) {
        return !service.publics().isEmpty() && RESERVED.containsAll(service.publics())
                && service.publics().stream().noneMatch(memberships::contains);
    }

    /** The publics a request says the person belongs to: stated facts only, never an unknown field. */
    static Set<String> memberships(DiagnosisRequest request) {
        Set<String> m = new HashSet<>();
        Profile p = request.profile();
        Set<Barrier> barriers = request.extended() == null || request.extended().barriers() == null
                ? Set.of() : Set.copyOf(request.extended().barriers());
        if (p != null) {
            if (p.gender() == Gender.WOMAN) m.add("WOMEN_ONLY");
            if (Boolean.TRUE.equals(p.homeless())) m.add("HOMELESS");
            if (Boolean.TRUE.equals(p.newcomer())) m.add("NEWCOMERS");
            if (Boolean.TRUE.equals(p.cpasBeneficiary())) m.add("CPAS_BENEFICIARIES");
            if (Boolean.TRUE.equals(p.parentOfSchoolChild())) m.add("PARENTS_OF_SCHOOL_CHILDREN");
            if (Boolean.TRUE.equals(p.parentOfSchoolChild())) { m.add("PARENTS"); m.add("FAMILIES"); }
            if (Boolean.TRUE.equals(p.socialHousingTenant())) { m.add("SOCIAL_HOUSING_TENANTS"); m.add("SOCIAL_HOUSING_PRIORITY"); }
            if (has(p.disabilities(), Disability.VISUAL)) m.add("VISUALLY_IMPAIRED");
            if (has(p.disabilities(), Disability.INTELLECTUAL)) m.add("INTELLECTUAL_DISABILITY");
            if (Boolean.TRUE.equals(p.reducedMobility()) || has(p.disabilities(), Disability.MOTOR)) m.add("REDUCED_MOBILITY");
        }
        if (barriers.contains(Barrier.MOBILITY)) m.add("REDUCED_MOBILITY");
        boolean notReading = p != null && Boolean.FALSE.equals(p.readsWritesFrenchOrDutch());
        boolean speaksNeither = p != null && p.languages() != null && !p.languages().isEmpty()
                && !p.languages().contains("fr") && !p.languages().contains("nl");
        if (notReading || barriers.contains(Barrier.LANGUAGE) || speaksNeither) m.add("ALLOPHONE");
        if (notReading || barriers.contains(Barrier.LANGUAGE) || barriers.contains(Barrier.READING)) m.add("LITERACY");
        return m;
    }

    // --- No language claim on unknown data -------------------------------------------------------------

    @Property(tries = 1000)
    void aLanguageReasonRestsOnALanguageTheCatalogueKnows(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        for (Orientation o : response.orientations()) {
            if (o.reasons().stream().anyMatch(r -> r.code().equals("offer-speaks-language"))) {
                Service service = SERVICES.get(o.offerId());
                Structure structure = STRUCTURES.get(service.structureId());
                List<String> known = service.languages().isEmpty() ? structure.languages() : service.languages();
                assertThat(known).as(o.offerId()).anyMatch(request.profile().languages()::contains);
                assertThat(service.languages().isEmpty() ? structure.provenance().illustrativeFields()
                        : service.provenance().illustrativeFields()).as(o.offerId()).doesNotContain("languages");
            }
        }
    }

    // --- Urgency, level and persona --------------------------------------------------------------------

    @Property(tries = 1000)
    void urgencyNeverFallsWhenAnAnswerWorsens(@ForAll("requests") DiagnosisRequest request,
                                              @ForAll("worsenings") Function<DiagnosisRequest, DiagnosisRequest> worsen) {
        DiagnosisRequest worse = worsen.apply(request);
        Urgency before = Engines.DEFAULT.diagnose(request).urgency();
        Urgency after = Engines.DEFAULT.diagnose(worse).urgency();
        assertThat(after).as("%s → %s", request, worse).isGreaterThanOrEqualTo(before);
    }

    @Provide
    Arbitrary<Function<DiagnosisRequest, DiagnosisRequest>> worsenings() {
        return Arbitraries.of(Worsenings.ALL);
    }

    @Property(tries = 1000)
    void noFragilityIsNeverHighUrgency(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        if (response.fragility().level() == FragilityLevel.NONE) {
            assertThat(response.urgency()).isNotEqualTo(Urgency.HIGH);
        }
    }

    @Property(tries = 300)
    void theWorstFourAnswersAloneGiveASevereFragility(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisRequest worst = new DiagnosisRequest(request.reference(), request.channel(), request.locale(),
                new Answers(Device.NONE, Internet.NONE, Ability.CANNOT, Ability.CANNOT), request.profile(), null);
        assertThat(Engines.DEFAULT.diagnose(worst).fragility().level()).isEqualTo(FragilityLevel.SEVERE);
    }

    @Property(tries = 1000)
    void noPersonaContradictsAStatedFact(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        Answers a = request.answers();
        boolean benoitPossible = a.device() == Device.COMPUTER && a.internet() == Internet.HOME
                && a.email() == Ability.ALONE && a.onlineProcedures() == Ability.ALONE;
        if (!benoitPossible) {
            assertThat(response.persona().code()).isNotEqualTo(be.brussels.pan.contract.diagnosis.PersonaCode.BENOIT);
        }
        if (a.device() == Device.NONE) {
            assertThat(response.persona().code()).isNotIn(be.brussels.pan.contract.diagnosis.PersonaCode.ANNE,
                    be.brussels.pan.contract.diagnosis.PersonaCode.NOEMIE);
        }
    }

    // --- The order of offers ---------------------------------------------------------------------------

    @Property(tries = 1000)
    void startDigitalComesFirstAmongTheOffersOfItsEpn(@ForAll("requests") DiagnosisRequest request) {
        List<Orientation> shown = Engines.DEFAULT.diagnose(request).orientations();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).kind() == OrientationKind.START_DIGITAL) {
                String epn = SERVICES.get(shown.get(i).offerId()).structureId();
                for (int j = 0; j < i; j++) {
                    assertThat(SERVICES.get(shown.get(j).offerId()).structureId())
                            .as("%s ranked before Start Digital at its EPN", shown.get(j).offerId()).isNotEqualTo(epn);
                }
            }
        }
    }

    @Property(tries = 1000)
    void anOfferMeetingAStatedNeedComesBeforeVolunteeringThatMeetsNone(@ForAll("requests") DiagnosisRequest request) {
        if (request.extended() == null || request.extended().needs() == null || request.extended().needs().isEmpty()) {
            return;
        }
        Set<Need> needs = Set.copyOf(request.extended().needs());
        List<Orientation> shown = Engines.DEFAULT.diagnose(request).orientations();
        int lastMeeting = -1;
        int firstIdleVolunteering = Integer.MAX_VALUE;
        for (int i = 0; i < shown.size(); i++) {
            Service s = SERVICES.get(shown.get(i).offerId());
            boolean meets = s.needs().stream().anyMatch(needs::contains);
            if (shown.get(i).kind() == OrientationKind.VOLUNTEERING && !meets) {
                firstIdleVolunteering = Math.min(firstIdleVolunteering, i);
            } else if (shown.get(i).kind() != OrientationKind.VOLUNTEERING && meets) {
                lastMeeting = i;
            }
        }
        assertThat(lastMeeting).as("%s", shown).isLessThan(firstIdleVolunteering);
    }

    @Property(tries = 1000)
    void aSevereFragilityWithoutFrenchOrDutchStartsWithTheCpasOrLiteracySupport(@ForAll("requests") DiagnosisRequest request) {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(request);
        boolean notReading = request.profile() != null && Boolean.FALSE.equals(request.profile().readsWritesFrenchOrDutch());
        boolean knownCommune = request.profile() != null && COMMUNES.byPostcode(request.profile().postcode()).isPresent();
        if (response.fragility().level() != FragilityLevel.SEVERE || !notReading || !knownCommune) {
            return;
        }
        assertThat(response.orientations().stream().limit(2).map(o -> SERVICES.get(o.offerId())))
                .as("%s", response.orientations())
                .anyMatch(s -> STRUCTURES.get(s.structureId()).kind() == StructureKind.CPAS || s.publics().contains("LITERACY"));
    }

    private static <T> boolean has(List<T> list, T value) {
        return list != null && list.contains(value);
    }

    /** One answer made worse, all else equal; each function returns the request unchanged when it cannot. */
    static final class Worsenings {
        static final List<Function<DiagnosisRequest, DiagnosisRequest>> ALL = List.of(
                r -> answers(r, new Answers(worse(r.answers().device()), r.answers().internet(), r.answers().email(), r.answers().onlineProcedures())),
                r -> answers(r, new Answers(r.answers().device(), worse(r.answers().internet()), r.answers().email(), r.answers().onlineProcedures())),
                r -> answers(r, new Answers(r.answers().device(), r.answers().internet(), worse(r.answers().email()), r.answers().onlineProcedures())),
                r -> answers(r, new Answers(r.answers().device(), r.answers().internet(), r.answers().email(), worse(r.answers().onlineProcedures()))),
                r -> extended(r, e -> new be.brussels.pan.contract.diagnosis.Extended(worse(e.interest()), e.stress(), e.knowsSupportOffer(), e.helpAtHome(), e.digcomp(), e.barriers(), e.needs())),
                r -> extended(r, e -> new be.brussels.pan.contract.diagnosis.Extended(e.interest(), worse(e.stress()), e.knowsSupportOffer(), e.helpAtHome(), e.digcomp(), e.barriers(), e.needs())),
                r -> extended(r, e -> new be.brussels.pan.contract.diagnosis.Extended(e.interest(), e.stress(), Boolean.TRUE.equals(e.knowsSupportOffer()) ? Boolean.FALSE : e.knowsSupportOffer(), e.helpAtHome(), e.digcomp(), e.barriers(), e.needs())),
                r -> extended(r, e -> new be.brussels.pan.contract.diagnosis.Extended(e.interest(), e.stress(), e.knowsSupportOffer(), Boolean.TRUE.equals(e.helpAtHome()) ? Boolean.FALSE : e.helpAtHome(), e.digcomp(), e.barriers(), e.needs())),
                r -> extended(r, e -> new be.brussels.pan.contract.diagnosis.Extended(e.interest(), e.stress(), e.knowsSupportOffer(), e.helpAtHome(), worse(e.digcomp()), e.barriers(), e.needs())),
                r -> extended(r, e -> new be.brussels.pan.contract.diagnosis.Extended(e.interest(), e.stress(), e.knowsSupportOffer(), e.helpAtHome(), e.digcomp(), withBarrier(e.barriers()), e.needs())));

        private static DiagnosisRequest answers(DiagnosisRequest r, Answers a) {
            return new DiagnosisRequest(r.reference(), r.channel(), r.locale(), a, r.profile(), r.extended());
        }

        private static DiagnosisRequest extended(DiagnosisRequest r,
                                                 Function<be.brussels.pan.contract.diagnosis.Extended, be.brussels.pan.contract.diagnosis.Extended> change) {
            if (r.extended() == null) {
                return r;
            }
            return new DiagnosisRequest(r.reference(), r.channel(), r.locale(), r.answers(), r.profile(), change.apply(r.extended()));
        }

        private static Device worse(Device d) {
            return d == Device.COMPUTER ? Device.SMARTPHONE_ONLY : Device.NONE;
        }

        private static Internet worse(Internet i) {
            return i == Internet.HOME ? Internet.PUBLIC_OR_SHARED : Internet.NONE;
        }

        private static Ability worse(Ability a) {
            return a == Ability.ALONE ? Ability.WITH_HELP : Ability.CANNOT;
        }

        private static be.brussels.pan.contract.diagnosis.Interest worse(be.brussels.pan.contract.diagnosis.Interest i) {
            if (i == null) {
                return null;
            }
            // Declared from no interest to high interest: less interest is worse.
            return be.brussels.pan.contract.diagnosis.Interest.values()[Math.max(0, i.ordinal() - 1)];
        }

        private static be.brussels.pan.contract.diagnosis.Stress worse(be.brussels.pan.contract.diagnosis.Stress s) {
            if (s == null) {
                return null;
            }
            be.brussels.pan.contract.diagnosis.Stress[] all = be.brussels.pan.contract.diagnosis.Stress.values();
            return all[Math.min(all.length - 1, s.ordinal() + 1)];
        }

        private static be.brussels.pan.contract.diagnosis.Digcomp worse(be.brussels.pan.contract.diagnosis.Digcomp d) {
            if (d == null) {
                return null;
            }
            return new be.brussels.pan.contract.diagnosis.Digcomp(worse(d.information()), d.communication(), d.contentCreation(), d.safety(), d.problemSolving());
        }

        private static be.brussels.pan.contract.diagnosis.Proficiency worse(be.brussels.pan.contract.diagnosis.Proficiency p) {
            be.brussels.pan.contract.diagnosis.Proficiency[] all = be.brussels.pan.contract.diagnosis.Proficiency.values();
            return all[Math.max(0, p.ordinal() - 1)];
        }

        private static List<Barrier> withBarrier(List<Barrier> barriers) {
            Set<Barrier> more = barriers == null ? new HashSet<>() : new HashSet<>(barriers);
            for (Barrier b : Barrier.values()) {
                if (more.add(b)) {
                    break;
                }
            }
            return List.copyOf(more);
        }
    }
}
