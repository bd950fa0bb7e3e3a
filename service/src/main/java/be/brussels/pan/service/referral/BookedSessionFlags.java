package be.brussels.pan.service.referral;

import be.brussels.pan.service.session.SessionReplanned;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A re-plan moved or dropped a session (issue 14): each referral that booked it and is not final is told, with
 * {@link ReferralEvent.BookedSessionChanged}, in the re-plan's own transaction (listeners that act on the outside
 * world do it after the commit). The referral's {@code session} shows the change ({@code changedSinceBooking}).
 * A dropped session frees nothing by itself: the referrer decides (cancel, or book another).
 */
@Component
class BookedSessionFlags {

    private final ReferralStore referrals;
    private final ApplicationEventPublisher events;

    BookedSessionFlags(ReferralStore referrals, ApplicationEventPublisher events) {
        this.referrals = referrals;
        this.events = events;
    }

    @EventListener
    void replanned(SessionReplanned replanned) {
        for (UUID referral : referrals.activeOnSession(replanned.sessionId())) {
            events.publishEvent(new ReferralEvent.BookedSessionChanged(referral, replanned.sessionId(),
                    replanned.change()));
        }
    }
}
