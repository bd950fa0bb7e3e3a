package be.brussels.pan.service.roster;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.web.ConflictException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A roster's assignments as dated placements of its week, in Brussels time. */
final class Placements {

    /** The longest session id a published session keeps (its column). */
    static final int MAX_SESSION_ID = 1000;

    private Placements() {
    }

    /**
     * Each assignment of the solution, dated in the week: the timeslot's day of that ISO week at its start and end
     * times in Europe/Brussels (a day of a clock change has its own offset), with {@code seats} = the venue's seats
     * and the kit's devices (the planner's H8 capacity), capped by the session's participants.
     */
    static List<Placement> of(String week, ProblemJson problem, SolutionJson solution) {
        LocalDate monday = Week.monday(week);
        Map<String, SessionJson> sessions = byId(problem.sessions(), SessionJson::id);
        Map<String, TimeslotJson> timeslots = byId(problem.timeslots(), TimeslotJson::id);
        Map<String, VenueJson> venues = byId(problem.venues(), VenueJson::id);
        Map<String, AnimatorJson> animators = byId(problem.animators(), AnimatorJson::id);
        Map<String, KitJson> kits = byId(problem.kits(), KitJson::id);
        List<Placement> placements = new ArrayList<>();
        for (AssignmentJson a : solution.assignments()) {
            SessionJson s = sessions.get(a.session());
            TimeslotJson t = timeslots.get(a.timeslot());
            VenueJson v = venues.get(a.venue());
            AnimatorJson animator = animators.get(a.animator());
            KitJson kit = a.kit() == null ? null : kits.get(a.kit());
            if (s == null || t == null || v == null || animator == null || (a.kit() != null && kit == null)) {
                // The solver only assigns the problem's own facts; a stored solution that does not is corrupt.
                throw new IllegalStateException("assignment of session " + a.session()
                        + " names something its problem does not have");
            }
            if (s.id().length() > MAX_SESSION_ID) {
                throw new ConflictException("session id " + s.id().substring(0, 40) + "… is over " + MAX_SESSION_ID
                        + " characters: it cannot be published");
            }
            LocalDate day = monday.plusDays(t.day().ordinal());
            long capacity = (long) v.seats() + (kit == null ? 0 : kit.devices());
            placements.add(new Placement(s.id(), s.kind(), s.language(), s.targetGroup(), s.commune(), v.commune(),
                    t.id(), v.id(), v.name(), v.address(), at(day, t.start()), at(day, t.end()), animator.id(),
                    animator.name(), a.kit(), (int) Math.min(s.participants(), capacity)));
        }
        return placements;
    }

    private static OffsetDateTime at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(Week.ZONE).toOffsetDateTime();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }
}
