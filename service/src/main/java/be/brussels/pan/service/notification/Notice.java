package be.brussels.pan.service.notification;

import be.brussels.pan.service.referral.ReferralStatus;
import java.util.Locale;
import java.util.UUID;

/**
 * Everything a notification may say, and nothing more: the referral's reference (the diagnosis's, chosen by the
 * referrer; null when none) and slip number, the offer's name, the status, the refusal reason when refused, and
 * the link to the inbox. Built from ids, so that no note, diagnosis id or person's fact can reach a mail.
 */
public record Notice(NotificationKind kind, UUID referralId, String offerName, String reference, ReferralStatus status,
                     String reason, String inboxLink) {

    /** The slip number: the first 8 hex digits of the referral id, upper case (as the slip page shows it). */
    public String slipNumber() {
        return slipNumber(referralId);
    }

    public static String slipNumber(UUID referralId) {
        return referralId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        // The reason is free text written by a partner: never printed (nor logged).
        return "Notice[" + kind + ", " + referralId + "]";
    }
}
