package be.brussels.pan.contract.seats;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One published session of a catalogue offer. {@code offerId}: the catalogue service this session is a session
 * of. {@code start} and {@code end} carry their offset (Brussels), so that what the person reads is the local
 * time. {@code address} may be null (not known); {@code freeSeats} is {@code seats} minus the seats booked.
 */
public record UpcomingSession(String id, String offerId, OffsetDateTime start, OffsetDateTime end,
                              String venue, String address, String language, int seats, int freeSeats) {

    public UpcomingSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (seats < 0 || freeSeats < 0 || freeSeats > seats) {
            throw new IllegalArgumentException("session " + id + ": freeSeats " + freeSeats
                    + " must be between 0 and seats " + seats);
        }
    }
}
