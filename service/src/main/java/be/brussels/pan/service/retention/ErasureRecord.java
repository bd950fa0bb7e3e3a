package be.brussels.pan.service.retention;

import java.time.Instant;

/**
 * One erasure as audited (table {@code erasures}, V17): when, by whom, and how much it erased. Never the reference.
 *
 * @param seq           the audit row's number, in the order of the erasures
 * @param notifications mails of the outbox erased (sent or not)
 * @param seatsFreed    seats of published sessions the erased referrals held, given back
 */
public record ErasureRecord(long seq, Instant erasedAt, String actor, int diagnoses, int referrals, int transitions,
                            int notifications, int seatsFreed) {

    static ErasureRecord of(long seq, Instant erasedAt, String actor, Removed removed) {
        return new ErasureRecord(seq, erasedAt, actor, removed.diagnoses(), removed.referrals(), removed.transitions(),
                removed.notifications(), removed.seatsFreed());
    }
}
