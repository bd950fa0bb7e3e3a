package be.brussels.pan.roster.solver;

import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import be.brussels.pan.roster.domain.Animator;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Timeslot;
import be.brussels.pan.roster.domain.Venue;

/**
 * Random local-search moves over complete placements. Each move picks a movable session and either places
 * it (if unassigned), unassigns it, or changes its slot, venue, animator or kit while keeping the per-session
 * hard constraints satisfied by construction; the score then judges conflicts and soft costs. A two-session
 * swap of animators (same timeslot) lets the solver trade travel (S2) without passing through an H1 clash.
 */
public final class RosterMoveIteratorFactory implements MoveIteratorFactory<Roster, PlaceSessionsMove> {

    /**
     * Per cent of the moves that are {@link CompoundMoves#swapPlaces} and {@link CompoundMoves#ruinAndRecreate}, and
     * how many sessions a ruin takes out at most: solver tuning, set per phase in solverConfig.xml
     * ({@code moveIteratorFactoryCustomProperties}), 0 by default (single-session moves only).
     */
    private int swapPercent;
    private int ruinPercent;
    private int ruinSize = 4;

    public void setSwapPercent(int swapPercent) {
        this.swapPercent = percent("swapPercent", swapPercent);
    }

    public void setRuinPercent(int ruinPercent) {
        this.ruinPercent = percent("ruinPercent", ruinPercent);
    }

    public void setRuinSize(int ruinSize) {
        if (ruinSize < 2 || ruinSize > 20) {
            throw new IllegalArgumentException("ruinSize must be between 2 and 20, not " + ruinSize);
        }
        this.ruinSize = ruinSize;
    }

    private static int percent(String name, int value) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(name + " must be between 0 and 100, not " + value);
        }
        return value;
    }

    /** The last phase of a solve: drop the index rather than wait for the roster to be garbage collected. */
    @Override
    public void phaseEnded(ScoreDirector<Roster> scoreDirector) {
        OptionIndex.release(scoreDirector.getWorkingSolution());
    }

    @Override
    public long getSize(ScoreDirector<Roster> scoreDirector) {
        // Only an order of magnitude is needed (for logging and selection probabilities).
        return (long) OptionIndex.of(scoreDirector.getWorkingSolution()).movable().size()
                * scoreDirector.getWorkingSolution().getTimeslots().size() * 10L;
    }

    @Override
    public Iterator<PlaceSessionsMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
        throw new UnsupportedOperationException("Roster moves are random only: set selectionOrder RANDOM.");
    }

    @Override
    public Iterator<PlaceSessionsMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
        if (swapPercent + ruinPercent > 100) {
            throw new IllegalArgumentException("swapPercent + ruinPercent must be at most 100");
        }
        Roster roster = scoreDirector.getWorkingSolution();
        OptionIndex index = OptionIndex.of(roster);
        return new RandomMoves(index, random, swapPercent, ruinPercent, ruinSize);
    }

    private static final class RandomMoves implements Iterator<PlaceSessionsMove> {
        private final List<SessionOptions> movable;
        private final Random random;
        private final CompoundMoves compound;
        private final int swapPercent;
        private final int ruinPercent;
        private final int ruinSize;

        RandomMoves(OptionIndex index, Random random, int swapPercent, int ruinPercent, int ruinSize) {
            this.movable = index.movable();
            this.random = random;
            // Only a phase with compound moves needs their counters (LiveOccupancy).
            this.compound = swapPercent + ruinPercent > 0 ? new CompoundMoves(index, random) : null;
            this.swapPercent = swapPercent;
            this.ruinPercent = ruinPercent;
            this.ruinSize = ruinSize;
        }

        @Override
        public boolean hasNext() {
            return !movable.isEmpty();
        }

        @Override
        public PlaceSessionsMove next() {
            // Retry a few times when the drawn session has no option at all (it stays unassigned forever).
            for (int attempt = 0; attempt < 20; attempt++) {
                SessionOptions options = movable.get(random.nextInt(movable.size()));
                if (options.slotCount() == 0) {
                    continue;
                }
                PlaceSessionsMove move = compoundOrSingle(options);
                if (move != null) {
                    return move;
                }
            }
            SessionOptions options = movable.get(random.nextInt(movable.size()));
            return PlaceSessionsMove.single("unassign", options.session(), SessionPlacement.UNASSIGNED);
        }

        /** A compound move with the configured odds, else a single-session move. */
        private PlaceSessionsMove compoundOrSingle(SessionOptions o) {
            if (swapPercent == 0 && ruinPercent == 0) {
                // Without compound moves, the random sequence is the one before issue 17: reproducible seeds and
                // the figures measured with them stay valid for that configuration.
                return moveFor(o);
            }
            int draw = random.nextInt(100);
            if (draw < swapPercent) {
                return compound.swapPlaces(o);
            } else if (draw < swapPercent + ruinPercent) {
                return compound.ruinAndRecreate(o, ruinSize);
            }
            return moveFor(o);
        }

        private PlaceSessionsMove moveFor(SessionOptions o) {
            Session s = o.session();
            if (!s.isAssigned()) {
                return PlaceSessionsMove.single("place", s, randomPlacement(o, random.nextInt(o.slotCount())));
            }
            int slotIndex = o.indexOf(s.getTimeslot());
            int kind = random.nextInt(100);
            if (kind < 5 || slotIndex < 0) {
                return PlaceSessionsMove.single("unassign", s, SessionPlacement.UNASSIGNED);
            } else if (kind < 30) {
                return PlaceSessionsMove.single("replace", s, randomPlacement(o, random.nextInt(o.slotCount())));
            } else if (kind < 50) {
                Animator a = pick(o.animators(slotIndex));
                return PlaceSessionsMove.single("animator", s,
                        new SessionPlacement(s.getTimeslot(), s.getVenue(), a, s.getKit()));
            } else if (kind < 65) {
                Venue v = pick(o.venues(slotIndex));
                return PlaceSessionsMove.single("venue", s,
                        new SessionPlacement(s.getTimeslot(), v, s.getAnimator(), kitFor(o, v)));
            } else if (kind < 75) {
                return PlaceSessionsMove.single("kit", s,
                        new SessionPlacement(s.getTimeslot(), s.getVenue(), s.getAnimator(), kitFor(o, s.getVenue())));
            } else if (kind < 85) {
                return retime(o, s);
            }
            return swapAnimators(o, s);
        }

        /** Moves the session to another slot keeping venue and animator, when both allow it. */
        private PlaceSessionsMove retime(SessionOptions o, Session s) {
            Timeslot t = o.slot(random.nextInt(o.slotCount()));
            if (!Feasibility.venueIsOpen(s.getVenue(), t) || !Feasibility.animatorIsAvailable(s.getAnimator(), t)) {
                return null;
            }
            return PlaceSessionsMove.single("retime", s,
                    new SessionPlacement(t, s.getVenue(), s.getAnimator(), s.getKit()));
        }

        /** Exchanges the animators of two assigned sessions in the same timeslot when both stay qualified. */
        private PlaceSessionsMove swapAnimators(SessionOptions o, Session s) {
            SessionOptions other = movable.get(random.nextInt(movable.size()));
            Session s2 = other.session();
            if (s2 == s || !s2.isAssigned() || s2.getTimeslot() != s.getTimeslot()
                    || s2.getAnimator() == s.getAnimator()) {
                return null;
            }
            int i1 = o.indexOf(s.getTimeslot());
            int i2 = other.indexOf(s2.getTimeslot());
            if (i2 < 0 || !o.animators(i1).contains(s2.getAnimator())
                    || !other.animators(i2).contains(s.getAnimator())) {
                return null;
            }
            return new PlaceSessionsMove("swapAnimators", List.of(s, s2), List.of(
                    new SessionPlacement(s.getTimeslot(), s.getVenue(), s2.getAnimator(), s.getKit()),
                    new SessionPlacement(s2.getTimeslot(), s2.getVenue(), s.getAnimator(), s2.getKit())));
        }

        private SessionPlacement randomPlacement(SessionOptions o, int slotIndex) {
            Venue v = pick(o.venues(slotIndex));
            return new SessionPlacement(o.slot(slotIndex), v, pick(o.animators(slotIndex)), kitFor(o, v));
        }

        /** A kit only when one is needed: an unneeded kit brings no benefit and risks H3/S3. */
        private Kit kitFor(SessionOptions o, Venue v) {
            if (!o.needsKit(v)) {
                return null;
            }
            List<Kit> kits = o.kitsFor(v);
            return kits.isEmpty() ? null : pick(kits);
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }
    }
}
