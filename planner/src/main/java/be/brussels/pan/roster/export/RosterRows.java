package be.brussels.pan.roster.export;

import java.util.ArrayList;
import java.util.List;

import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemIndex;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * Joins a solution with its problem into readable rows (shared by the CSV and iCalendar exports). {@code index}
 * is the problem's index the rows were resolved with, kept so that an export looking up more (the CSV's
 * unassigned sessions) does not build it again.
 */
public record RosterRows(List<Row> assigned, ProblemIndex index) {

    public record Row(SessionJson session, TimeslotJson timeslot, VenueJson venue, AnimatorJson animator,
                      String kit) {
    }

    public static RosterRows of(ProblemJson problem, SolutionJson solution) {
        if (!problem.id().equals(solution.problemId())) {
            throw new IllegalArgumentException("the solution is for problem " + solution.problemId()
                    + ", not " + problem.id());
        }
        ProblemIndex ix = new ProblemIndex(problem);
        List<Row> rows = new ArrayList<>();
        for (AssignmentJson a : solution.assignments()) {
            rows.add(new Row(required(ix.sessions.get(a.session()), "session", a.session()),
                    required(ix.timeslots.get(a.timeslot()), "timeslot", a.timeslot()),
                    required(ix.venues.get(a.venue()), "venue", a.venue()),
                    required(ix.animators.get(a.animator()), "animator", a.animator()), a.kit()));
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> r.timeslot().day())
                .thenComparing(r -> r.timeslot().start()).thenComparing(r -> r.session().id()));
        return new RosterRows(rows, ix);
    }

    private static <T> T required(T value, String what, String id) {
        if (value == null) {
            throw new IllegalArgumentException("the solution refers to unknown " + what + " '" + id + "'");
        }
        return value;
    }
}
