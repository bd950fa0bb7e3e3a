package be.brussels.pan.service.notification;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.referral.Referral;
import be.brussels.pan.service.referral.ReferralEvent;
import be.brussels.pan.service.referral.ReferralStatus;
import be.brussels.pan.service.referral.ReferralStore;
import be.brussels.pan.service.referral.ReferralTransition;
import be.brussels.pan.service.security.Role;
import be.brussels.pan.service.security.UserStore;
import be.brussels.pan.service.session.SessionChange;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns each {@link ReferralEvent} that someone must hear about into outbox rows, one per recipient, in the
 * transaction that published the event: the referral change and its mails commit together or not at all, so a
 * change the API acknowledged never loses its mail, and a change rolled back sends none. Nothing is sent here
 * ({@link NotificationSender} sends after the commit): a slow or failed SMTP server cannot fail or slow the
 * request. With notifications off, nothing is written.
 */
@Component
public class NotificationWriter {

    private final NotificationSettings settings;
    private final NotificationOutbox outbox;
    private final MailTexts texts;
    private final ReferralStore referrals;
    private final OfferCatalog offers;
    private final UserStore users;
    private final Clock clock = Clock.systemUTC();

    public NotificationWriter(NotificationSettings settings, NotificationOutbox outbox, MailTexts texts,
                              ReferralStore referrals, OfferCatalog offers, UserStore users) {
        this.settings = settings;
        this.outbox = outbox;
        this.texts = texts;
        this.referrals = referrals;
        this.offers = offers;
        this.users = users;
    }

    /** Synchronous, in the publisher's transaction (an exception here rolls the referral change back). */
    @EventListener
    public void on(ReferralEvent event) {
        if (!settings.enabled()) {
            return;
        }
        Optional<NotificationKind> kind = kindOf(event);
        if (kind.isEmpty()) {
            return;
        }
        Referral referral = referrals.find(event.referralId()).orElseThrow(
                () -> new IllegalStateException("referral " + event.referralId() + " published but not found"));
        List<String> recipients = recipients(kind.get(), referral);
        if (recipients.isEmpty()) {
            return;
        }
        Mail mail = texts.render(notice(kind.get(), referral));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        recipients.forEach(to -> outbox.add(referral.id(), kind.get(), to, mail, now));
    }

    /** The notification an event calls for, if any (an expiry, a cancellation, an attendance call for none). */
    static Optional<NotificationKind> kindOf(ReferralEvent event) {
        if (event instanceof ReferralEvent.Created) {
            return Optional.of(NotificationKind.NEW_REFERRAL);
        }
        if (event instanceof ReferralEvent.Moved moved) {
            return switch (moved.to()) {
                case ACCEPTED -> Optional.of(NotificationKind.ACCEPTED);
                case REFUSED -> Optional.of(NotificationKind.REFUSED);
                case SCHEDULED -> Optional.of(NotificationKind.SCHEDULED);
                default -> Optional.empty();
            };
        }
        if (event instanceof ReferralEvent.BookedSessionChanged changed) {
            if (changed.change() == SessionChange.MOVED) {
                return Optional.of(NotificationKind.SESSION_MOVED);
            }
            if (changed.change() == SessionChange.DROPPED) {
                return Optional.of(NotificationKind.SESSION_DROPPED);
            }
        }
        return Optional.empty();
    }

    private List<String> recipients(NotificationKind kind, Referral referral) {
        return switch (kind.audience()) {
            case PARTNER -> users.enabledEmails(Role.PARTNER, referral.structureId());
            case REFERRER -> users.enabledEmail(referral.createdBy()).map(List::of).orElse(List.of());
        };
    }

    /** Only what a mail may carry: read field by field from the referral, never the note nor the diagnosis. */
    private Notice notice(NotificationKind kind, Referral referral) {
        String offerName = offers.service(referral.offerId()).map(Service::name).orElse(referral.offerId());
        String reference = referral.reference(); // the diagnosis's, copied onto the referral (V13)
        String reason = referral.status() == ReferralStatus.REFUSED ? refusalReason(referral) : null;
        return new Notice(kind, referral.id(), offerName, reference, referral.status(), reason, settings.inboxLink());
    }

    private static String refusalReason(Referral referral) {
        List<ReferralTransition> history = referral.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (ReferralStatus.REFUSED.name().equals(history.get(i).to())) {
                return history.get(i).reason();
            }
        }
        return null;
    }
}
