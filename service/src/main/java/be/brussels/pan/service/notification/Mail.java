package be.brussels.pan.service.notification;

/** A rendered notification: its subject and plain-text body, in French, Dutch and English. */
public record Mail(String subject, String body) {
}
