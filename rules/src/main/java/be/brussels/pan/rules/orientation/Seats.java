package be.brussels.pan.rules.orientation;

import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.contract.seats.UpcomingSession;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A seat snapshot indexed by offer id, once per snapshot (the Evaluator keeps the last one), as the seat rules
 * (seats.drl) ask about it: is a seat free in a session of the coming days, are the sessions of the coming days
 * all full, which are the next sessions with free seats, and, for an offer without sessions, is its partner's
 * declared capacity fresh. It is a fact of the session only when the engine was given a snapshot: without one
 * no seat rule matches. Only sessions that start after the snapshot's {@code asOf} count. The windows (days)
 * are the rules' policy numbers, passed in; nothing here decides a number. Immutable and thread-safe.
 */
public final class Seats {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final long NONE = Long.MAX_VALUE;

    private final SeatSnapshot snapshot;
    private final Instant asOf;
    private final LocalDate asOfDay;
    private final Map<String, Offer> byOffer;

    private Seats(SeatSnapshot snapshot) {
        this.snapshot = snapshot;
        this.asOf = snapshot.asOf();
        this.asOfDay = asOf.atZone(BRUSSELS).toLocalDate();
        Map<String, List<UpcomingSession>> sessions = new HashMap<>();
        for (UpcomingSession session : snapshot.sessions()) {
            if (session.start().toInstant().isAfter(asOf)) {
                sessions.computeIfAbsent(session.offerId(), id -> new ArrayList<>()).add(session);
            }
        }
        Map<String, Offer> offers = new HashMap<>(sessions.size() * 2);
        sessions.forEach((offerId, list) -> {
            list.sort(Comparator.comparing((UpcomingSession s) -> s.start().toInstant()).thenComparing(UpcomingSession::id));
            offers.put(offerId, new Offer(List.copyOf(list)));
        });
        this.byOffer = offers;
    }

    public static Seats of(SeatSnapshot snapshot) {
        return new Seats(snapshot);
    }

    /** The snapshot indexed. */
    public SeatSnapshot snapshot() {
        return snapshot;
    }

    public Instant getAsOf() {
        return asOf;
    }

    /** Whether the snapshot has an upcoming session of this offer, full or not. */
    public boolean hasSessions(OfferCandidate offer) {
        return byOffer.containsKey(offer.getId());
    }

    /** A session of this offer with a free seat starts within {@code days} days of the snapshot. */
    public boolean hasFreeSeatWithin(OfferCandidate offer, double days) {
        Offer o = byOffer.get(offer.getId());
        return o != null && o.firstFree != NONE && o.firstFree < horizon(days);
    }

    /** This offer has sessions within {@code days} days of the snapshot, and every one of them is full. */
    public boolean isFullWithin(OfferCandidate offer, double days) {
        Offer o = byOffer.get(offer.getId());
        if (o == null) {
            return false;
        }
        long horizon = horizon(days);
        return o.first < horizon && (o.firstFree == NONE || o.firstFree >= horizon);
    }

    /**
     * An offer without sessions in the snapshot whose partner declared free seats ({@code capacity.available > 0})
     * on a day within {@code freshDays} of the snapshot's day.
     */
    public boolean declaredFree(OfferCandidate offer, double freshDays) {
        Integer available = offer.getDeclaredFreeSeats();
        return available != null && available > 0 && !hasSessions(offer) && fresh(offer, freshDays);
    }

    /** As {@link #declaredFree}, for a partner who declared no free seat ({@code capacity.available == 0}). */
    public boolean declaredFull(OfferCandidate offer, double freshDays) {
        Integer available = offer.getDeclaredFreeSeats();
        return available != null && available == 0 && !hasSessions(offer) && fresh(offer, freshDays);
    }

    /** Up to {@code count} sessions of this offer with free seats, soonest first. */
    public List<UpcomingSession> nextFree(String offerId, int count) {
        Offer o = byOffer.get(offerId);
        if (o == null || o.firstFree == NONE || count <= 0) {
            return List.of();
        }
        List<UpcomingSession> result = new ArrayList<>(Math.min(count, o.sessions.size()));
        for (UpcomingSession session : o.sessions) {
            if (session.freeSeats() > 0) {
                result.add(session);
                if (result.size() == count) {
                    break;
                }
            }
        }
        return result;
    }

    private boolean fresh(OfferCandidate offer, double freshDays) {
        LocalDate declared = offer.getDeclaredOn();
        return declared != null && Math.abs(ChronoUnit.DAYS.between(declared, asOfDay)) <= freshDays;
    }

    private long horizon(double days) {
        return asOf.getEpochSecond() + Math.round(days * 86_400);
    }

    /** One offer's upcoming sessions, soonest first, and when the first and the first with a free seat start. */
    private static final class Offer {
        private final List<UpcomingSession> sessions;
        private final long first;
        private final long firstFree;

        private Offer(List<UpcomingSession> sessions) {
            this.sessions = sessions;
            this.first = sessions.get(0).start().toEpochSecond();
            long free = NONE;
            for (UpcomingSession session : sessions) {
                if (session.freeSeats() > 0) {
                    free = session.start().toEpochSecond();
                    break;
                }
            }
            this.firstFree = free;
        }
    }
}
