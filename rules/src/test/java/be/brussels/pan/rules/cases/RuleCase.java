package be.brussels.pan.rules.cases;

import be.brussels.pan.contract.diagnosis.DigcompLevel;
import be.brussels.pan.contract.diagnosis.FragilityLevel;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.contract.diagnosis.PersonaCode;
import be.brussels.pan.contract.diagnosis.TargetGroup;
import be.brussels.pan.contract.diagnosis.Urgency;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * One rule case of a {@code cases/<concern>.yaml} file: a request in the diagnosis contract's shape, and what
 * the rules must conclude from it. Every expectation is optional; a case states at least one. The default
 * catalogue is used, with the changes {@code catalog} lists, if any; {@code seats}, when given, is the seat snapshot
 * the engine is handed (asOf and the upcoming sessions, as the contract's SeatSnapshot), else none. The format is described in docs/rules.md
 * ("Rule cases").
 */
public record RuleCase(String name, String why, CatalogChanges catalog, JsonNode request, Expect expect, JsonNode seats) {

    /**
     * Fields to set on some records of the default catalogue, by id, for a fact the catalogue does not have
     * yet (no structure says whether it is accessible, for instance): {@code structures: {epn-13: {accessible:
     * false}}}. The changed catalogue is read as strictly as the default one.
     */
    public record CatalogChanges(Map<String, ObjectNode> structures, Map<String, ObjectNode> services) {
    }

    /**
     * What the rules conclude. A field left out is not checked. {@code notPersonae}: personae that are neither the
     * person's persona nor among its alternatives (a stated fact ruled them out).
     */
    public record Expect(Fired rules, Dimensions dimensions, Integer score, FragilityLevel level, DigcompLevel digcomp,
                         PersonaCode persona, List<PersonaCode> notPersonae, Urgency urgency,
                         List<TargetGroup> targetGroups, Offers offers) {
    }

    /** The ids of the rules that fired: exactly this set, or some that must and some that must not. */
    public record Fired(List<String> exactly, List<String> includes, List<String> excludes) {
    }

    /** The three dimensions after the cap at 100; any of them. */
    public record Dimensions(Integer access, Integer skills, Integer attitude) {
    }

    /**
     * The ranked offers: the whole ranking in order ({@code ranked}), how many are shown, offers shown at any
     * rank or not shown, how many of some kinds, rules that gave no shown offer any points
     * ({@code notReasons}), and the details of some shown offers.
     */
    public record Offers(List<String> ranked, Integer count, List<String> includes, List<String> excludes,
                         Map<OrientationKind, Integer> kinds, List<String> notReasons, List<Shown> shown) {
    }

    /**
     * A shown offer: its rank, or a rank it must not be below ({@code withinRank: 3}, in the top three), kind and
     * total points (after the distance cost) when given; {@code reasons}: the points each listed rule gave it
     * (other rules may have given some too); {@code notReasons}: rules that gave it none; {@code nextSessions}: the
     * ids of the next sessions it lists, in order (an empty list: none).
     */
    public record Shown(String id, Integer rank, Integer withinRank, OrientationKind kind, Integer points,
                        Map<String, Integer> reasons, List<String> notReasons, List<String> nextSessions) {
    }
}
