package be.brussels.pan.service.referral;

import be.brussels.pan.service.session.SessionView;
import java.util.List;
import java.util.UUID;

/** A booking of a session without a free seat: a 409 that proposes the offer's next sessions with free seats. */
public class SessionFullException extends RuntimeException {

    private final transient List<SessionView> nextSessions;

    public SessionFullException(UUID sessionId, List<SessionView> nextSessions) {
        super("session " + sessionId + " is full" + (nextSessions.isEmpty()
                ? "; the offer has no other session with a free seat"
                : "; nextSessions lists the offer's next sessions with a free seat"));
        this.nextSessions = List.copyOf(nextSessions);
    }

    public List<SessionView> nextSessions() {
        return nextSessions;
    }
}
