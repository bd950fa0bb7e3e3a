package be.brussels.pan.service.session;

/** A published session is held as published (perhaps moved since) or was dropped by a re-plan (never deleted). */
public enum SessionStatus {
    PUBLISHED, DROPPED
}
