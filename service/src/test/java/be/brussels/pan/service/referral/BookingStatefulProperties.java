package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.PanServiceApplication;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import be.brussels.pan.service.session.Placement;
import be.brussels.pan.service.session.PublishedSessions;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.stateful.Action;
import net.jqwik.api.stateful.ActionSequence;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: random sequences of book, accept, cancel, refuse, no-show, expire and re-plan steps on the real service
 * (its beans and an in-memory H2 database, started once) keep, after every step, each session's free seats equal to
 * its seats minus the referrals that hold a seat in it (counted from the referrals), and never negative.
 */
class BookingStatefulProperties {

    private static final String OFFER = "epn-13-access";
    private static final AtomicInteger WEEKS = new AtomicInteger();
    private static ConfigurableApplicationContext context;
    private static UUID diagnosis;

    private static final PanUser COUNSELLOR = new PanUser("counsellor", "", Role.COUNSELLOR, "Actiris", true);
    private static final PanUser PARTNER = new PanUser("partner-sks", "", Role.PARTNER, "epn-13", true);

    @Property(tries = 25)
    void freeSeatsAlwaysEqualSeatsMinusTheReferralsHoldingOne(@ForAll("steps") ActionSequence<World> steps) {
        steps.withInvariant("free seats = seats − holding referrals, never negative", World::check)
                .run(World.fresh());
    }

    @Provide
    Arbitrary<ActionSequence<World>> steps() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 40);
        Arbitrary<Action<World>> actions = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, index.map(Book::new)),
                net.jqwik.api.Tuple.of(2, index.map(i -> new Move(i, ReferralStatus.ACCEPTED, PARTNER))),
                net.jqwik.api.Tuple.of(2, index.map(i -> new Move(i, ReferralStatus.CANCELLED, COUNSELLOR))),
                net.jqwik.api.Tuple.of(2, index.map(i -> new Move(i, ReferralStatus.REFUSED, PARTNER))),
                net.jqwik.api.Tuple.of(1, index.map(i -> new Move(i, ReferralStatus.NO_SHOW, PARTNER))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Expire())),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 728).map(Replan::new)));
        return Arbitraries.sequences(actions).ofSize(30);
    }

    @AfterContainer
    static void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** One try's week: three sessions of the offer, each one's last placement, and the referrals made so far. */
    static final class World {
        final String week;
        final Placement[] last = new Placement[3];
        final List<UUID> sessions = new ArrayList<>();
        final List<UUID> referrals = new ArrayList<>();

        World() {
            int n = WEEKS.getAndIncrement();
            week = (2050 + n / 52) + "-W" + String.format("%02d", 1 + n % 52);
        }

        static World fresh() {
            started();
            World world = new World();
            for (int i = 0; i < 3; i++) {
                world.last[i] = placement("s-" + i, "TUE-" + (i + 1), 1 + i, 10 + i);
            }
            bean(PublishedSessions.class).publish(world.week, roster(world.week), List.of(world.last), "planner",
                    OffsetDateTime.now(ZoneOffset.UTC));
            var byRef = bean(PublishedSessions.class).ofWeek(world.week);
            for (int i = 0; i < 3; i++) {
                world.sessions.add(byRef.get("s-" + i).id());
            }
            return world;
        }

        boolean check() {
            JdbcClient jdbc = bean(JdbcClient.class);
            for (UUID session : sessions) {
                int seats = jdbc.sql("select seats from published_sessions where id = ?").param(session)
                        .query(Integer.class).single();
                int booked = jdbc.sql("select booked from published_sessions where id = ?").param(session)
                        .query(Integer.class).single();
                int holding = jdbc.sql("select count(*) from referrals where session_id = ? and status in"
                                + " ('SENT', 'ACCEPTED', 'SCHEDULED', 'ATTENDED', 'COMPLETED')")
                        .param(session).query(Integer.class).single();
                assertThat(seats - booked).as("free seats of " + session).isEqualTo(seats - holding)
                        .isGreaterThanOrEqualTo(0);
            }
            return true;
        }
    }

    record Book(int index) implements Action<World> {
        @Override
        public World run(World world) {
            UUID session = world.sessions.get(index % world.sessions.size());
            try {
                Referral created = bean(ReferralService.class).create(
                        new ReferralRequests.ValidCreate(diagnosis, OFFER, null, session, null), COUNSELLOR);
                world.referrals.add(created.id());
                net.jqwik.api.statistics.Statistics.label("booking").collect("booked");
            } catch (SessionFullException e) {
                net.jqwik.api.statistics.Statistics.label("booking").collect("full (409)");
            } catch (BadInputException e) {
                // dropped by a re-plan: nothing booked, which the invariant checks
                net.jqwik.api.statistics.Statistics.label("booking").collect("refused (400)");
            }
            return world;
        }
    }

    record Move(int index, ReferralStatus to, PanUser user) implements Action<World> {
        @Override
        public boolean precondition(World world) {
            return !world.referrals.isEmpty();
        }

        @Override
        public World run(World world) {
            UUID referral = world.referrals.get(index % world.referrals.size());
            try {
                bean(ReferralService.class).transition(referral,
                        new ReferralRequests.ValidTransition(to, "stateful step"), user);
            } catch (ConflictException e) {
                // the lifecycle does not allow it from the referral's state: nothing moves
            }
            return world;
        }

        @Override
        public String toString() {
            return to + "(" + index + ")";
        }
    }

    /** The expiry job run 31 days on: every SENT referral expires. */
    record Expire() implements Action<World> {
        @Override
        public World run(World world) {
            new ReferralExpiryJob(new ReferralService(bean(ReferralStore.class), bean(DiagnosisStore.class),
                    bean(OfferCatalog.class), bean(PanMetrics.class),
                    Clock.offset(Clock.systemUTC(), Duration.ofDays(31)), bean(ReferralConfig.ReferralExpiry.class),
                    context, bean(PlatformTransactionManager.class), bean(Bookings.class))).run();
            return world;
        }
    }

    /**
     * A re-plan: each of the three sessions is placed where it last was (a dropped one comes back, ADDED), moved
     * (another timeslot, 1 to 4 seats) or dropped, by the base-3 digits of {@code plan}.
     */
    record Replan(int plan) implements Action<World> {
        @Override
        public World run(World world) {
            List<Placement> next = new ArrayList<>();
            int digits = plan;
            for (int i = 0; i < 3; i++) {
                int choice = digits % 3;
                digits /= 3;
                Placement before = world.last[i];
                if (choice == 1) {
                    world.last[i] = placement(before.sessionRef(), before.timeslotId().equals("WED-1") ? "THU-1"
                            : "WED-1", 1 + (plan / 27 + i) % 4, 10 + i);
                }
                if (choice != 2) {
                    next.add(world.last[i]);
                }
            }
            UUID roster = roster(world.week);
            UUID from = bean(PublishedSessions.class).publishedRoster(world.week).orElseThrow();
            new TransactionTemplate(bean(PlatformTransactionManager.class)).executeWithoutResult(tx ->
                    bean(PublishedSessions.class).republish(world.week, from, roster, next,
                            ref -> List.of("stateful re-plan"), "planner", OffsetDateTime.now(ZoneOffset.UTC)));
            return world;
        }
    }

    static Placement placement(String ref, String timeslot, int seats, int days) {
        OffsetDateTime start = OffsetDateTime.now(Week.ZONE).plusDays(days).withHour(9).withMinute(0).withSecond(0)
                .withNano(0);
        return new Placement(ref, SessionKind.WORKSHOP, "fr", null, "21004", "21004", timeslot, "epn-13", "EPN",
                null, start, start.plusMinutes(90), "a-01", "Animator", null, seats);
    }

    static UUID roster(String week) {
        UUID id = UUID.randomUUID();
        bean(JdbcClient.class).sql("""
                        insert into rosters (id, created_at, created_by, source, seconds, status, problem_id, problem_json,
                            week) values (?, ?, 'planner', 'UPLOAD', 1, 'DONE', 'stateful', '{}', ?)""")
                .params(id, OffsetDateTime.now(ZoneOffset.UTC), week).update();
        return id;
    }

    static <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The service, started once for every try (a fresh Spring context per try would take minutes). */
    static synchronized void started() {
        if (context != null) {
            return;
        }
        context = new SpringApplicationBuilder(PanServiceApplication.class).run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:stateful-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--pan.bootstrap-users=counsellor:stateful-Otter-29-gravel:COUNSELLOR:Actiris",
                "--pan.referrals.expiry-initial-delay=PT24H");
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        try {
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/diagnoses"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            "counsellor:stateful-Otter-29-gravel".getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Files.readString(
                            Path.of("..", "examples", "requests", "esteban.json")))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            diagnosis = UUID.fromString(new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.body())
                    .get("id").asText());
        } catch (Exception e) {
            throw new IllegalStateException("could not store a diagnosis to refer", e);
        }
    }
}
