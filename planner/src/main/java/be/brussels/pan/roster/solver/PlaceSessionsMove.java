package be.brussels.pan.roster.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;

/**
 * Sets all four planning variables of one or more sessions at once. Changing them together is what keeps the
 * solver from ever producing a partially assigned session, and lets it jump between complete assignments
 * that single-variable moves could only reach through hard-infeasible intermediate states.
 */
public final class PlaceSessionsMove extends AbstractMove<Roster> {

    private final String description;
    private final List<Session> sessions;
    private final List<SessionPlacement> placements;

    public PlaceSessionsMove(String description, List<Session> sessions, List<SessionPlacement> placements) {
        if (sessions.size() != placements.size()) {
            throw new IllegalArgumentException("one placement per session");
        }
        this.description = description;
        this.sessions = sessions;
        this.placements = placements;
    }

    public static PlaceSessionsMove single(String description, Session session, SessionPlacement placement) {
        return new PlaceSessionsMove(description, List.of(session), List.of(placement));
    }

    /** The sessions this move places, in order (for tests and traces). */
    List<Session> sessions() {
        return sessions;
    }

    /** The placement of each of {@link #sessions()}. */
    List<SessionPlacement> placements() {
        return placements;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).isPinned()) {
                return false;
            }
            if (!placements.get(i).sameAs(sessions.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected PlaceSessionsMove createUndoMove(ScoreDirector<Roster> scoreDirector) {
        List<SessionPlacement> previous = sessions.stream().map(SessionPlacement::of).toList();
        return new PlaceSessionsMove(description + "-undo", sessions, previous);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        for (int i = 0; i < sessions.size(); i++) {
            apply(scoreDirector, sessions.get(i), placements.get(i));
        }
    }

    /** Applies a placement through the score director, touching only the variables that change. */
    static void apply(ScoreDirector<Roster> scoreDirector, Session s, SessionPlacement p) {
        if (s.getTimeslot() != p.timeslot()) {
            scoreDirector.beforeVariableChanged(s, "timeslot");
            s.setTimeslot(p.timeslot());
            scoreDirector.afterVariableChanged(s, "timeslot");
        }
        if (s.getVenue() != p.venue()) {
            scoreDirector.beforeVariableChanged(s, "venue");
            s.setVenue(p.venue());
            scoreDirector.afterVariableChanged(s, "venue");
        }
        if (s.getAnimator() != p.animator()) {
            scoreDirector.beforeVariableChanged(s, "animator");
            s.setAnimator(p.animator());
            scoreDirector.afterVariableChanged(s, "animator");
        }
        if (s.getKit() != p.kit()) {
            scoreDirector.beforeVariableChanged(s, "kit");
            s.setKit(p.kit());
            scoreDirector.afterVariableChanged(s, "kit");
        }
    }

    @Override
    public PlaceSessionsMove rebase(ScoreDirector<Roster> destination) {
        List<Session> rebased = new ArrayList<>();
        List<SessionPlacement> rebasedPlacements = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            rebased.add(destination.lookUpWorkingObject(sessions.get(i)));
            SessionPlacement p = placements.get(i);
            rebasedPlacements.add(new SessionPlacement(destination.lookUpWorkingObject(p.timeslot()),
                    destination.lookUpWorkingObject(p.venue()), destination.lookUpWorkingObject(p.animator()),
                    destination.lookUpWorkingObject(p.kit())));
        }
        return new PlaceSessionsMove(description, rebased, rebasedPlacements);
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "PlaceSessionsMove(" + description + ")";
    }

    @Override
    public Collection<? extends Object> getPlanningEntities() {
        return sessions;
    }

    @Override
    public Collection<? extends Object> getPlanningValues() {
        Set<Object> values = new LinkedHashSet<>();
        for (SessionPlacement p : placements) {
            values.add(p.timeslot());
            values.add(p.venue());
            values.add(p.animator());
            values.add(p.kit());
        }
        values.removeIf(Objects::isNull);
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceSessionsMove other && sessions.equals(other.sessions)
                && placements.equals(other.placements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessions, placements);
    }

    @Override
    public String toString() {
        return description + " " + sessions + " -> " + placements;
    }
}
