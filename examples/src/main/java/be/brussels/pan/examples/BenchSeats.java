package be.brussels.pan.examples;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.ServiceKind;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.seats.UpcomingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * A reproducible seat snapshot for the benchmark: {@code count} sessions over the four weeks after {@code asOf},
 * spread round-robin over the catalogue's offers that run as sessions (workshops, free access, permanences, Start
 * Digital), on weekdays at 9:00, 13:30 or 16:00 for two or three hours, 8 to 16 seats, about a fifth of them full
 * and the others with some seats booked. Not real data: a load of the size the service hands the engine.
 */
public final class BenchSeats {

    private static final Set<ServiceKind> SESSION_KINDS =
            EnumSet.of(ServiceKind.WORKSHOP, ServiceKind.FREE_ACCESS, ServiceKind.PERMANENCE, ServiceKind.START_DIGITAL);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalTime[] STARTS = {LocalTime.of(9, 0), LocalTime.of(13, 30), LocalTime.of(16, 0)};
    private static final String[] LANGUAGES = {"fr", "fr", "nl", "fr", "en"};

    private BenchSeats() {
    }

    public static SeatSnapshot of(Catalog catalog, int count, Instant asOf, long seed) {
        Map<String, Structure> structures = new HashMap<>();
        catalog.structures().forEach(s -> structures.put(s.id(), s));
        List<Service> offers = catalog.services().stream().filter(s -> SESSION_KINDS.contains(s.kind())).toList();
        Random random = new Random(seed);
        LocalDate first = asOf.atZone(BRUSSELS).toLocalDate().plusDays(1);
        List<UpcomingSession> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Service offer = offers.get(i % offers.size());
            Structure place = structures.get(offer.structureId());
            LocalDate day = first.plusDays(random.nextInt(28));
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            OffsetDateTime start = day.atTime(STARTS[random.nextInt(STARTS.length)]).atZone(BRUSSELS).toOffsetDateTime();
            int seats = 8 + random.nextInt(9);
            int free = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(seats);
            sessions.add(new UpcomingSession(new UUID(seed, i).toString(), offer.id(), start,
                    start.plusHours(2 + random.nextInt(2)), place.name(), place.address(),
                    LANGUAGES[random.nextInt(LANGUAGES.length)], seats, free));
        }
        return new SeatSnapshot(asOf, sessions);
    }
}
