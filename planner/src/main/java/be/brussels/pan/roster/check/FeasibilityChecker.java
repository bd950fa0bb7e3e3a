package be.brussels.pan.roster.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.VenueKind;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemIndex;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * Re-checks H1–H13 and the contract's structure (the solution's problemId is the problem's id; each session
 * exactly once, in assignments or unassigned with at least one non-blank reason; every id known) on solution
 * JSON against its problem JSON. Deliberately written from the contract text in plain Java, sharing no code with the solver's
 * constraint provider, so that a bug there cannot hide itself here.
 */
public final class FeasibilityChecker {

    private FeasibilityChecker() {
    }

    public static CheckReport check(ProblemJson problem, SolutionJson solution) {
        ProblemIndex ix = new ProblemIndex(problem);
        List<Violation> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<AssignmentJson> complete = new ArrayList<>();

        if (solution.problemId() == null) {
            out.add(new Violation("REFERENCE", null, "problemId: missing (the problem is '" + problem.id() + "')"));
        } else if (!solution.problemId().equals(problem.id())) {
            out.add(new Violation("REFERENCE", null, "problemId: the solution is for problem '" + solution.problemId()
                    + "', not '" + problem.id() + "'"));
        }
        List<AssignmentJson> assignments = nullSafe(solution.assignments());
        for (int i = 0; i < assignments.size(); i++) {
            AssignmentJson a = assignments.get(i);
            if (a == null || a.session() == null) {
                out.add(new Violation("REFERENCE", null, "assignments[" + i + "]" + (a == null ? "" : ".session")
                        + ": missing or null"));
                continue;
            }
            seen.merge(a.session(), 1, Integer::sum);
            if (checkReferences(ix, a, out)) {
                complete.add(a);
            }
        }
        List<UnassignedJson> unassigned = nullSafe(solution.unassigned());
        for (int i = 0; i < unassigned.size(); i++) {
            UnassignedJson u = unassigned.get(i);
            if (u == null || u.session() == null) {
                out.add(new Violation("REFERENCE", null, "unassigned[" + i + "]" + (u == null ? "" : ".session")
                        + ": missing or null"));
                continue;
            }
            seen.merge(u.session(), 1, Integer::sum);
            if (!ix.sessions.containsKey(u.session())) {
                out.add(new Violation("REFERENCE", u.session(), "unknown session"));
            }
            if (u.reasons() == null || u.reasons().isEmpty()) {
                out.add(new Violation("REASONS", u.session(), "unassigned without a reason"));
            } else if (u.reasons().stream().anyMatch(r -> r == null || r.isBlank())) {
                out.add(new Violation("REASONS", u.session(), "a reason is null or blank"));
            }
            SessionJson s = ix.sessions.get(u.session());
            if (s != null && s.pinned() != null) {
                out.add(new Violation("H13", u.session(), "pinned session left unassigned"));
            }
        }
        for (String id : ix.sessions.keySet()) {
            int n = seen.getOrDefault(id, 0);
            if (n != 1) {
                out.add(new Violation("COVERAGE", id, "appears " + n + " times (must be exactly once)"));
            }
        }
        for (AssignmentJson a : complete) {
            checkSession(ix, a, out);
        }
        checkSharedResources(ix, complete, out);
        return new CheckReport(out);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** True when the assignment is complete and every id resolves. */
    private static boolean checkReferences(ProblemIndex ix, AssignmentJson a, List<Violation> out) {
        boolean ok = true;
        if (!ix.sessions.containsKey(a.session())) {
            out.add(new Violation("REFERENCE", a.session(), "unknown session"));
            ok = false;
        }
        if (a.timeslot() == null || a.venue() == null || a.animator() == null) {
            out.add(new Violation("PARTIAL", a.session(), "timeslot, venue and animator must all be set"));
            return false;
        }
        if (!ix.timeslots.containsKey(a.timeslot())) {
            out.add(new Violation("REFERENCE", a.session(), "unknown timeslot '" + a.timeslot() + "'"));
            ok = false;
        }
        if (!ix.venues.containsKey(a.venue())) {
            out.add(new Violation("REFERENCE", a.session(), "unknown venue '" + a.venue() + "'"));
            ok = false;
        }
        if (!ix.animators.containsKey(a.animator())) {
            out.add(new Violation("REFERENCE", a.session(), "unknown animator '" + a.animator() + "'"));
            ok = false;
        }
        if (a.kit() != null && !ix.kits.containsKey(a.kit())) {
            out.add(new Violation("REFERENCE", a.session(), "unknown kit '" + a.kit() + "'"));
            ok = false;
        }
        return ok;
    }

    /** H4–H11 and H13: rules about one session alone. */
    private static void checkSession(ProblemIndex ix, AssignmentJson a, List<Violation> out) {
        SessionJson s = ix.sessions.get(a.session());
        VenueJson v = ix.venues.get(a.venue());
        AnimatorJson an = ix.animators.get(a.animator());
        KitJson k = a.kit() == null ? null : ix.kits.get(a.kit());
        String id = a.session();
        if (an.available() == null || !an.available().contains(a.timeslot())) {
            out.add(new Violation("H4", id, an.id() + " is not available in " + a.timeslot()));
        }
        if (an.languages() == null || !an.languages().contains(s.language())) {
            out.add(new Violation("H5", id, an.id() + " does not speak " + s.language()));
        }
        if (s.requiredSkills() != null && (an.skills() == null || !an.skills().containsAll(s.requiredSkills()))) {
            out.add(new Violation("H6", id, an.id() + " lacks one of " + s.requiredSkills()));
        }
        if (v.open() == null || !v.open().contains(a.timeslot())) {
            out.add(new Violation("H7", id, v.id() + " is closed in " + a.timeslot()));
        }
        long capacity = (long) v.seats() + (k == null ? 0 : k.devices()); // long: seats and devices may each be MAX_VALUE
        if (s.participants() > capacity) {
            out.add(new Violation("H8", id, s.participants() + " participants > " + capacity + " seats and devices"));
        }
        if (Boolean.TRUE.equals(s.mobile()) && (v.kind() != VenueKind.PARTNER_SITE || k == null)) {
            out.add(new Violation("H9", id, "mobile session needs a partner site and a kit"));
        }
        if (Boolean.TRUE.equals(s.accessibleRequired()) && !Boolean.TRUE.equals(v.accessible())) {
            out.add(new Violation("H10", id, v.id() + " is not accessible"));
        }
        if (Boolean.TRUE.equals(s.needsBraille()) && (k == null || !Boolean.TRUE.equals(k.braille()))) {
            out.add(new Violation("H10", id, "needs a braille kit"));
        }
        if (s.kind() == SessionKind.START_DIGITAL && !Boolean.TRUE.equals(v.startDigital())) {
            out.add(new Violation("H11", id, v.id() + " is not a Start Digital venue"));
        }
        AssignmentJson pin = s.pinned();
        if (pin != null && !(Objects.equals(pin.timeslot(), a.timeslot()) && Objects.equals(pin.venue(), a.venue())
                && Objects.equals(pin.animator(), a.animator()) && Objects.equals(pin.kit(), a.kit()))) {
            out.add(new Violation("H13", id, "differs from its pinned assignment"));
        }
    }

    /**
     * A resource (animator, venue or kit) in one timeslot. A record, not a concatenated string: ids may contain
     * any character (a "|" in an id once made the checker look up the wrong venue and crash).
     */
    private record InSlot(String resource, String timeslot) {
        @Override
        public String toString() {
            return resource + " in " + timeslot;
        }
    }

    /** H1, H2, H3 and H12: rules about sessions sharing an animator, a venue or a kit. */
    private static void checkSharedResources(ProblemIndex ix, List<AssignmentJson> all, List<Violation> out) {
        Map<InSlot, List<String>> byAnimatorSlot = new LinkedHashMap<>();
        Map<InSlot, List<String>> byVenueSlot = new LinkedHashMap<>();
        Map<InSlot, List<String>> byKitSlot = new LinkedHashMap<>();
        Map<String, List<String>> byAnimator = new LinkedHashMap<>();
        for (AssignmentJson a : all) {
            byAnimatorSlot.computeIfAbsent(new InSlot(a.animator(), a.timeslot()), x -> new ArrayList<>())
                    .add(a.session());
            byVenueSlot.computeIfAbsent(new InSlot(a.venue(), a.timeslot()), x -> new ArrayList<>()).add(a.session());
            if (a.kit() != null) {
                byKitSlot.computeIfAbsent(new InSlot(a.kit(), a.timeslot()), x -> new ArrayList<>()).add(a.session());
            }
            byAnimator.computeIfAbsent(a.animator(), x -> new ArrayList<>()).add(a.session());
        }
        over(byAnimatorSlot, key -> 1, "H1", "animator and timeslot shared", out);
        over(byVenueSlot, key -> roomsOf(ix, key.resource()), "H2", "more sessions than rooms", out);
        over(byKitSlot, key -> 1, "H3", "kit and timeslot shared", out);
        over(byAnimator, key -> ix.animators.get(key).maxSessions(), "H12", "more sessions than maxSessions", out);
    }

    private static int roomsOf(ProblemIndex ix, String venueId) {
        Integer rooms = ix.venues.get(venueId).rooms();
        return rooms == null ? 1 : rooms;
    }

    private static <K> void over(Map<K, List<String>> groups, java.util.function.ToIntFunction<K> limit,
                             String constraint, String what, List<Violation> out) {
        Set<String> reported = new HashSet<>();
        groups.forEach((key, sessions) -> {
            int max = limit.applyAsInt(key);
            if (sessions.size() > max) {
                for (String s : sessions.subList(max, sessions.size())) {
                    if (reported.add(s)) {
                        out.add(new Violation(constraint, s, what + " (" + key + ": " + sessions.size() + " > "
                                + max + ", with " + sessions + ")"));
                    }
                }
            }
        });
    }
}
