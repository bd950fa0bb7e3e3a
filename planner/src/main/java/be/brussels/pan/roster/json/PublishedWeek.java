package be.brussels.pan.roster.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import be.brussels.pan.roster.json.ProblemJson.SessionJson;

/**
 * Turns a problem and the solution published for it into the problem of a re-plan (contract version 1.1): each
 * session assigned in the solution gets that assignment as {@code published}, and is {@code locked} when the
 * given rule says so (a pinned session is never locked: its pin keeps it). Sessions the solution left unassigned
 * stay unpublished (new demand, in the re-plan's eyes).
 */
public final class PublishedWeek {

    private PublishedWeek() {
    }

    /**
     * @param problem   the week to re-plan: the problem as it is now (an animator absent, say), with the same id and
     *                  the same sessions as when it was published (more sessions are new demand)
     * @param published the solution that was published for that week
     * @param locked    which published sessions (by id) must stay where they are unless the problem forbids it
     * @throws InvalidProblemException when the problem already has published sessions, or the solution is another
     *                                 problem's or names a session the problem does not have
     */
    public static ProblemJson apply(ProblemJson problem, SolutionJson published, Predicate<String> locked) {
        if (published.problemId() == null || !published.problemId().equals(problem.id())) {
            throw new InvalidProblemException("problemId", "the published solution is for problem '"
                    + published.problemId() + "', not '" + problem.id() + "'");
        }
        Map<String, AssignmentJson> bySession = new LinkedHashMap<>();
        for (int i = 0; i < published.assignments().size(); i++) {
            AssignmentJson a = published.assignments().get(i);
            if (bySession.put(a.session(), a) != null) {
                throw new InvalidProblemException("assignments[" + i + "].session",
                        "session " + a.session() + " is assigned twice");
            }
        }
        Set<String> ids = new HashSet<>();
        List<SessionJson> sessions = new ArrayList<>();
        for (SessionJson s : problem.sessions()) {
            ids.add(s.id());
            if (s.published() != null || s.locked() != null) {
                throw new InvalidProblemException("session " + s.id() + " published",
                        "the problem has published assignments already: give them in the problem or in a solution, "
                                + "not both");
            }
            AssignmentJson a = bySession.get(s.id());
            // A pinned session is kept by its pin whatever happens; locking it too would be refused as ambiguous.
            boolean lock = s.pinned() == null && locked.test(s.id());
            sessions.add(a == null ? s : s.withPublished(a, lock ? Boolean.TRUE : null));
        }
        for (String session : bySession.keySet()) {
            if (!ids.contains(session)) {
                throw new InvalidProblemException("assignments session " + session,
                        "the published session is not in the problem (a cancelled session is re-planned by the "
                                + "service, which knows its bookings)");
            }
        }
        return new ProblemJson(problem.id(), problem.communes(), problem.timeslots(), problem.venues(),
                problem.animators(), problem.kits(), sessions);
    }
}
