package be.brussels.pan.roster.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import be.brussels.pan.roster.domain.Kit;
import be.brussels.pan.roster.domain.Roster;
import be.brussels.pan.roster.domain.Session;
import be.brussels.pan.roster.domain.Venue;
import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;

/**
 * {@link LiveOccupancy} counts what a recount of the sessions gives, whatever changed since the last
 * {@link LiveOccupancy#sync()}, and a ruin's removals and additions, once undone, leave no trace.
 */
class LiveOccupancyProperties {

    @Property(tries = 20)
    void afterSyncTheCountersAreARecountOfTheSessions(@ForAll @LongRange(min = 0, max = 100_000) long seed,
                                                      @ForAll @IntRange(min = 5, max = 60) int size,
                                                      @ForAll @IntRange(min = 0, max = 40) int changes) {
        Random random = new Random(seed);
        Roster roster = week(seed, size);
        OptionIndex index = placedAtRandom(roster, random);
        LiveOccupancy occupancy = index.occupancy();
        assertRecount(index.ids(), occupancy, roster.getSessions());

        placeAtRandom(index, random, changes);
        occupancy.sync();
        assertRecount(index.ids(), occupancy, roster.getSessions());
    }

    @Property(tries = 20)
    void aRuinUndoneLeavesTheCountersAsTheyWere(@ForAll @LongRange(min = 0, max = 100_000) long seed,
                                               @ForAll @IntRange(min = 5, max = 60) int size) {
        Random random = new Random(seed);
        Roster roster = week(seed, size);
        OptionIndex index = placedAtRandom(roster, random);
        LiveOccupancy occupancy = index.occupancy();
        FactIds ids = index.ids();
        List<Session> out = roster.getSessions().subList(0, Math.min(4, size));
        out.forEach(occupancy::remove);
        int slot = random.nextInt(ids.timeslotCount());
        int venue = random.nextInt(ids.venueCount());
        int animator = random.nextInt(ids.animatorCount());
        int kit = ids.kitCount() == 0 ? -1 : random.nextInt(ids.kitCount());
        occupancy.add(slot, venue, animator, kit);
        occupancy.subtract(slot, venue, animator, kit);
        out.forEach(occupancy::restore);
        assertRecount(ids, occupancy, roster.getSessions());
    }

    private static Roster week(long seed, int size) {
        return ProblemMapper.toRoster(ProblemGenerator.generate(Dimensions.forSessions(size), seed, false).problem());
    }

    /** The roster's index, after as many random placements as it has sessions. */
    private static OptionIndex placedAtRandom(Roster roster, Random random) {
        OptionIndex index = OptionIndex.rebuild(roster);
        placeAtRandom(index, random, roster.getSessions().size());
        return index;
    }

    /** Gives {@code count} random sessions a random placement from their options, or none (one time in ten). */
    private static void placeAtRandom(OptionIndex index, Random random, int count) {
        List<SessionOptions> movable = index.movable();
        for (int i = 0; i < count; i++) {
            SessionOptions o = movable.get(random.nextInt(movable.size()));
            Session s = o.session();
            if (o.slotCount() == 0 || random.nextInt(10) == 0) {
                s.setTimeslot(null);
                s.setVenue(null);
                s.setAnimator(null);
                s.setKit(null);
                continue;
            }
            int k = random.nextInt(o.slotCount());
            Venue v = o.venues(k).get(random.nextInt(o.venues(k).size()));
            List<Kit> kits = o.kitsFor(v);
            s.setTimeslot(o.slot(k));
            s.setVenue(v);
            s.setAnimator(o.animators(k).get(random.nextInt(o.animators(k).size())));
            s.setKit(kits.isEmpty() || random.nextBoolean() ? null : kits.get(random.nextInt(kits.size())));
        }
    }

    private static void assertRecount(FactIds ids, LiveOccupancy occupancy, List<Session> sessions) {
        for (int t = 0; t < ids.timeslotCount(); t++) {
            for (int v = 0; v < ids.venueCount(); v++) {
                int inRoom = 0;
                for (Session s : sessions) {
                    inRoom += s.isAssigned() && s.getTimeslot() == ids.timeslot(t) && s.getVenue() == ids.venue(v) ? 1 : 0;
                }
                assertThat(occupancy.roomsFull(v, t)).as("rooms of venue %d at slot %d", v, t)
                        .isEqualTo(inRoom >= ids.venue(v).getRooms());
                for (int k = 0; k < ids.kitCount(); k++) {
                    int elsewhere = 0;
                    for (Session s : sessions) {
                        elsewhere += s.isAssigned() && s.getKit() == ids.kit(k)
                                && s.getTimeslot().getDay() == ids.timeslot(t).getDay()
                                && s.getVenue().getCommune() != ids.venue(v).getCommune() ? 1 : 0;
                    }
                    assertThat(occupancy.kitElsewhere(k, t, v)).as("kit %d's day of slot %d away from venue %d", k, t, v)
                            .isEqualTo(elsewhere);
                }
            }
            for (int a = 0; a < ids.animatorCount(); a++) {
                int busy = 0;
                for (Session s : sessions) {
                    busy += s.isAssigned() && s.getTimeslot() == ids.timeslot(t) && s.getAnimator() == ids.animator(a) ? 1 : 0;
                }
                assertThat(occupancy.animatorBusy(a, t)).as("animator %d at slot %d", a, t).isEqualTo(busy > 0);
            }
            for (int k = 0; k < ids.kitCount(); k++) {
                int out = 0;
                for (Session s : sessions) {
                    out += s.isAssigned() && s.getTimeslot() == ids.timeslot(t) && s.getKit() == ids.kit(k) ? 1 : 0;
                }
                assertThat(occupancy.kitBusy(k, t)).as("kit %d at slot %d", k, t).isEqualTo(out > 0);
            }
        }
        for (int a = 0; a < ids.animatorCount(); a++) {
            int load = 0;
            for (Session s : sessions) {
                load += s.isAssigned() && s.getAnimator() == ids.animator(a) ? 1 : 0;
            }
            assertThat(occupancy.load(a)).as("load of animator %d", a).isEqualTo(load);
        }
    }
}
