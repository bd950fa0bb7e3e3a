package be.brussels.pan.service.notification;

/**
 * What a notification tells, and to whom: a new referral goes to the partner structure that receives it; the
 * others go to the referrer (the user who created the referral). The name keys the texts in
 * {@code notifications/mail_*.properties}.
 */
public enum NotificationKind {
    NEW_REFERRAL(Audience.PARTNER),
    ACCEPTED(Audience.REFERRER),
    REFUSED(Audience.REFERRER),
    SCHEDULED(Audience.REFERRER),
    SESSION_MOVED(Audience.REFERRER),
    SESSION_DROPPED(Audience.REFERRER);

    /** Who receives a kind of notification. */
    public enum Audience {
        /** The enabled PARTNER users of the referral's structure who have an address. */
        PARTNER,
        /** The referral's creator, if enabled and with an address. */
        REFERRER
    }

    private final Audience audience;

    NotificationKind(Audience audience) {
        this.audience = audience;
    }

    public Audience audience() {
        return audience;
    }
}
