package be.brussels.pan.service.retention;

/**
 * What a retention run or an erasure removed: counts only, never which (no id, no reference), so that it can be
 * logged, counted in the metrics and audited.
 *
 * @param notifications mails of the outbox (sent or not)
 * @param seatsFreed    seats of published sessions that removed referrals held
 */
public record Removed(int diagnoses, int referrals, int transitions, int notifications, int seatsFreed) {

    public static final Removed NOTHING = new Removed(0, 0, 0, 0, 0);

    public Removed plus(Removed other) {
        return new Removed(diagnoses + other.diagnoses, referrals + other.referrals, transitions + other.transitions,
                notifications + other.notifications, seatsFreed + other.seatsFreed);
    }

    public boolean isEmpty() {
        return equals(NOTHING);
    }
}
