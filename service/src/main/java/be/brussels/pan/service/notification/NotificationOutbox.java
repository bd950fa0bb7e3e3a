package be.brussels.pan.service.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_outbox} table (V14). Rows are added in the caller's transaction; the sender claims a
 * row with one conditional UPDATE ({@link #claim}), so that two senders (two instances on one PostgreSQL, or a
 * scheduled run and a run after a commit) never both send it, without any lock held while the SMTP server talks.
 */
@Repository
public class NotificationOutbox {

    /** A mail waiting to be sent. The recipient's address is personal data: never print it. */
    public record Pending(UUID id, UUID referralId, String recipient, String subject, String body, int attempts) {
        @Override
        public String toString() {
            return "Pending[" + id + ", referral " + referralId + ", attempt " + attempts + "]";
        }
    }

    private final JdbcClient jdbc;

    public NotificationOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a mail to send now, in the current transaction (or on its own, without one). */
    public void add(UUID referralId, NotificationKind kind, String recipient, Mail mail, Instant now) {
        jdbc.sql("insert into notification_outbox (id, referral_id, kind, recipient, subject, body, created_at, attempts, "
                        + "next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?)")
                .params(UUID.randomUUID(), referralId, kind.name(), recipient, mail.subject(), mail.body(), utc(now),
                        utc(now))
                .update();
    }

    /**
     * Up to {@code limit} ids of mails due at {@code now}: not sent, not given up, their next attempt come, and
     * not claimed (or claimed before {@code staleBefore}, by a sender that did not finish). Oldest first.
     */
    public List<UUID> due(Instant now, Instant staleBefore, int limit) {
        return jdbc.sql("select id from notification_outbox where sent_at is null and gave_up_at is null "
                        + "and next_attempt_at <= ? and (claimed_at is null or claimed_at < ?) "
                        + "order by next_attempt_at, created_at limit ?")
                .params(utc(now), utc(staleBefore), limit).query(UUID.class).list();
    }

    /**
     * Claims a due mail for this sender and counts the attempt; false when another sender claimed it first (or it
     * was sent meanwhile). The WHERE repeats what {@link #due} read, so the UPDATE alone decides.
     */
    public boolean claim(UUID id, Instant now, Instant staleBefore) {
        return jdbc.sql("update notification_outbox set claimed_at = ?, attempts = attempts + 1 "
                        + "where id = ? and sent_at is null and gave_up_at is null and next_attempt_at <= ? "
                        + "and (claimed_at is null or claimed_at < ?)")
                .params(utc(now), id, utc(now), utc(staleBefore)).update() == 1;
    }

    /** The claimed mail, to send; empty when it was removed since the claim (an erasure, issue 15). */
    public java.util.Optional<Pending> pending(UUID id) {
        return jdbc.sql("select id, referral_id, recipient, subject, body, attempts from notification_outbox where id = ?")
                .param(id)
                .query((rs, n) -> new Pending(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6)))
                .optional();
    }

    /**
     * Deletes the mails about these referrals, sent or not (issue 15: the referrals are being erased or removed by the
     * retention job, in the caller's transaction; a mail not sent yet is not sent). Returns how many.
     */
    public int deleteForReferrals(java.util.Collection<UUID> referralIds) {
        int deleted = 0;
        List<UUID> ids = List.copyOf(referralIds);
        for (int from = 0; from < ids.size(); from += 500) {
            deleted += jdbc.sql("delete from notification_outbox where referral_id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500))).update();
        }
        return deleted;
    }

    /**
     * Deletes up to {@code limit} of the mails written before {@code before}, oldest first (issue 15: a mail carries
     * a reference and a refusal's reason, and is kept no longer than the referral it told about). Returns how many.
     */
    public int deleteWrittenBefore(Instant before, int limit) {
        return jdbc.sql("delete from notification_outbox where id in (select id from notification_outbox"
                        + " where created_at < ? order by created_at limit ?)")
                .params(utc(before), limit).update();
    }

    public void sent(UUID id, Instant now) {
        jdbc.sql("update notification_outbox set sent_at = ?, claimed_at = null, last_error = null where id = ?")
                .params(utc(now), id).update();
    }

    /** Records a failed attempt: tried again at {@code next}, or given up (kept, with the time) when {@code giveUp}. */
    public void failed(UUID id, Instant now, Instant next, boolean giveUp, String error) {
        jdbc.sql("update notification_outbox set claimed_at = null, next_attempt_at = ?, gave_up_at = ?, last_error = ? "
                        + "where id = ?")
                .params(utc(next), giveUp ? utc(now) : null, error.length() > 200 ? error.substring(0, 200) : error, id)
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
