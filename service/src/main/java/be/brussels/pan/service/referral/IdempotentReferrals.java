package be.brussels.pan.service.referral;

import be.brussels.pan.service.idempotency.FirstAnswer;
import be.brussels.pan.service.idempotency.IdempotencyKey;
import be.brussels.pan.service.idempotency.IdempotencyStore;
import be.brussels.pan.service.idempotency.IdempotentRequest;
import be.brussels.pan.service.idempotency.Operation;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.NotFoundException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * {@code POST /api/v1/referrals} under an {@code Idempotency-Key} (issue 15). A key the user sent within
 * {@code pan.idempotency.keep} with the same body answers the referral it created, as it is now, and stores and books
 * nothing; with another body it is a 409. A new key is claimed first in the creation's own transaction
 * ({@link ReferralService#create(ReferralRequests.ValidCreate, PanUser, java.util.function.Consumer)}), before the seat
 * is booked: a second request with the key waits on the claim for the first's commit (both H2 and PostgreSQL wait on
 * the primary key), is then rolled back with nothing booked, and answers the first's referral. Only one that waits
 * longer than the database's lock timeout is told to send it again (409).
 */
@Component
public class IdempotentReferrals {

    private final ReferralService referrals;
    private final IdempotencyStore keys;

    public IdempotentReferrals(ReferralService referrals, IdempotencyStore keys) {
        this.referrals = referrals;
        this.keys = keys;
    }

    /** A referral created, or the first answer to its key given again. */
    public record Created(Referral referral, boolean replayed) {
    }

    /**
     * Creates the referral, or answers the first answer to {@code key} (null: no key, always a new referral).
     *
     * @throws ConflictException (field Idempotency-Key) the key was sent with another body, is still held by a request
     *                           in progress, or its referral is not there any more
     */
    public Created create(ReferralRequests.ValidCreate request, PanUser user, byte[] body, IdempotencyKey key) {
        if (key == null) {
            return new Created(referrals.create(request, user), false);
        }
        IdempotentRequest keyed = IdempotentRequest.of(user.username(), key, Operation.REFERRALS, body);
        Optional<FirstAnswer> first = keys.firstAnswerTo(keyed);
        if (first.isPresent()) {
            return replay(first.get(), user);
        }
        try {
            return new Created(referrals.create(request, user, id -> claim(keyed, id)), false);
        } catch (KeyTaken taken) {
            return replay(keys.firstAnswerTo(keyed).orElseThrow(() -> new ConflictException(IdempotencyKey.HEADER,
                    "a request with this key is still being processed; send it again in a moment")), user);
        }
    }

    private void claim(IdempotentRequest keyed, java.util.UUID id) {
        try {
            keys.insert(List.of(keyed.claim(List.of(id), Instant.now().truncatedTo(ChronoUnit.MICROS))));
        } catch (DuplicateKeyException | ConcurrencyFailureException taken) {
            throw new KeyTaken(taken);
        }
    }

    /** The referral a key created, as the caller may see it now (its history may have moved on since). */
    private Created replay(FirstAnswer first, PanUser user) {
        try {
            return new Created(referrals.find(first.ids().get(0), user), true);
        } catch (NotFoundException gone) {
            throw new ConflictException(IdempotencyKey.HEADER, "the referral created under this key at " + first.at()
                    + " is not there any more; send the request with a new key");
        }
    }

    /** The key was claimed by another transaction first: this creation is rolled back, and the first answer read. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super("idempotency key taken", cause, false, false);
        }
    }
}
