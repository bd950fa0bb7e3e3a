package be.brussels.pan.service.referral;

import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.service.diagnosis.DiagnosisAccess;
import be.brussels.pan.service.diagnosis.DiagnosisFacts;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.metrics.PanMetrics;
import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The referral use cases: create, read, list, transition, expire. Checks in this order: the body (400), the
 * referral is visible to the caller (404), the caller's role may do the transition (403), the lifecycle allows
 * it from the current state and no other transition came first (409).
 */
@org.springframework.stereotype.Service
public class ReferralService {

    /** The actor of the transitions the service makes by itself (expiry). */
    public static final String SYSTEM = "system";

    private final ReferralStore store;
    private final DiagnosisStore diagnoses;
    private final OfferCatalog offers;
    private final PanMetrics metrics;
    private final Clock clock;
    private final ReferralConfig.ReferralExpiry expiry;
    private final ApplicationEventPublisher events;
    private final Bookings bookings;
    /** Each expiry is its own transaction, so that one conflict does not undo the others. */
    private final TransactionTemplate eachExpiry;

    public ReferralService(ReferralStore store, DiagnosisStore diagnoses, OfferCatalog offers, PanMetrics metrics,
                           @Qualifier("referralClock") Clock clock, ReferralConfig.ReferralExpiry expiry,
                           ApplicationEventPublisher events, PlatformTransactionManager transactions,
                           Bookings bookings) {
        this.store = store;
        this.bookings = bookings;
        this.events = events;
        this.eachExpiry = new TransactionTemplate(transactions);
        this.diagnoses = diagnoses;
        this.offers = offers;
        this.metrics = metrics;
        this.clock = clock;
        this.expiry = expiry;
    }

    /** How long a SENT referral may go unanswered ({@code pan.referrals.expiry-days}). */
    public java.time.Duration expiry() {
        return expiry.after();
    }

    /**
     * Stores a SENT referral and publishes {@link ReferralEvent.Created}, in one transaction. The diagnosis must be one
     * the caller may refer from ({@link DiagnosisAccess#mayRefer}: its own organisation's), else 400 naming
     * {@code diagnosisId}, as for an unknown id. An offer that the
     * diagnosis excluded is refused (422 naming the rule, nothing stored) unless the request gives an
     * {@code overrideReason}; then the referral records the override. A diagnosis stored before exclusions were
     * kept (V13) was never assessed: nothing is refused. With a {@code sessionId}, books a seat of that session in
     * the same transaction ({@link Bookings#book}), after the eligibility check so that a 422 books nothing.
     */
    @Transactional
    public Referral create(ReferralRequests.ValidCreate request, PanUser user) {
        return create(request, user, id -> { });
    }

    /**
     * {@link #create(ReferralRequests.ValidCreate, PanUser)}, calling {@code claim} with the new referral's id first
     * in the transaction, before anything is read or booked: {@link IdempotentReferrals} claims the request's
     * {@code Idempotency-Key} there, so that a second request with the key waits for this one's commit, fails on the
     * key, and books no seat. What {@code claim} throws rolls the creation back.
     */
    @Transactional
    public Referral create(ReferralRequests.ValidCreate request, PanUser user, java.util.function.Consumer<UUID> claim) {
        ReferralAccess.checkCreate(user);
        UUID id = UUID.randomUUID();
        claim.accept(id);
        // Another organisation's diagnosis gets the very answer of an id that names nothing (issue 15): the 400
        // neither confirms that it exists nor says whose it is, and it comes before any other check of the body.
        DiagnosisFacts diagnosis = diagnoses.facts(request.diagnosisId())
                .filter(d -> DiagnosisAccess.mayRefer(user, d.organisation()))
                .orElseThrow(() -> new BadInputException("diagnosisId", "no diagnosis " + request.diagnosisId()));
        Service offer = offers.service(request.offerId())
                .orElseThrow(() -> new BadInputException("offerId", "no offer " + Echo.of(request.offerId())
                        + " in the current catalogue"));
        String rule = diagnosis.exclusions() == null ? null : diagnosis.exclusions().get(offer.id());
        ReferralOverride override = null;
        if (rule != null) {
            if (request.overrideReason() == null) {
                throw new IneligibleException(rule, "the diagnosis excluded offer " + Echo.of(offer.id())
                        + " by rule " + rule + "; to refer anyway, give an overrideReason");
            }
            override = new ReferralOverride(rule, request.overrideReason());
        }
        Instant now = now();
        if (request.sessionId() != null) {
            bookings.book(request.sessionId(), offer.id(), now);
        }
        Referral created = bookings.withSession(store.create(id, diagnosis, offer.id(), offer.structureId(),
                request.note(), override, user, now, request.sessionId()));
        events.publishEvent(new ReferralEvent.Created(created.id()));
        metrics.transition(ReferralStatus.NEW, ReferralStatus.SENT.name());
        return created;
    }

    /** The referral, if the caller may see it; 404 otherwise, so that another organisation's ids do not leak. */
    public Referral find(UUID id, PanUser user) {
        return store.find(id).filter(r -> ReferralAccess.canSee(user, r)).map(bookings::withSession)
                .orElseThrow(() -> new NotFoundException("referral", id));
    }

    /** The page of the referrals the caller may see ({@link ReferralAccess}) that match the query. */
    public ReferralPage list(ReferralQuery query, PanUser user) {
        ReferralAccess.Scope scope = ReferralAccess.scope(user);
        ReferralPage page = scope.none() ? new ReferralPage(List.of(), 0)
                : store.list(query, scope.organisation(), scope.structureId());
        return new ReferralPage(bookings.withSessions(page.referrals()), page.total());
    }

    /**
     * Moves the referral and publishes {@link ReferralEvent.Moved}, in one transaction. A referral that holds a
     * seat is scheduled as soon as it is ACCEPTED (its session sets the date): the history records ACCEPTED then
     * SCHEDULED, both by the partner.
     */
    @Transactional
    public Referral transition(UUID id, ReferralRequests.ValidTransition request, PanUser user) {
        Referral referral = find(id, user);
        ReferralAccess.checkTransition(user, referral, request.to());
        Appointment appointment = request.appointment();
        if (request.to() == ReferralStatus.SCHEDULED) {
            if (referral.sessionId() != null) {
                if (appointment != null) {
                    throw new BadInputException("appointment", "referral " + id + " booked session "
                            + referral.sessionId() + ": its appointment is that session's; send SCHEDULED without one");
                }
                // nothing stored: a booked referral's appointment is its session as it is now (Referral.withSession)
            } else if (appointment == null) {
                // a referral without a booked session learns its date from the partner, or not at all
                throw new BadInputException("appointment.at", "SCHEDULED needs the appointment's date and time:"
                        + " {\"appointment\": {\"at\": \"2026-12-08T09:00:00+01:00\"}}");
            }
        }
        move(referral, request.to(), request.reason(), user.username(), appointment);
        if (request.to() == ReferralStatus.ACCEPTED && referral.sessionId() != null) {
            Referral accepted = store.find(id).orElseThrow();
            var session = bookings.session(referral.sessionId()).placement();
            move(accepted, ReferralStatus.SCHEDULED, "session of " + session.start() + " at "
                    + (session.venueName() == null ? session.venueId() : session.venueName()), user.username());
        }
        return bookings.withSession(store.find(id).orElseThrow());
    }

    /**
     * Marks attendance for a whole session (issue 14), all or nothing: each listed referral must be SCHEDULED in
     * that session and visible to the caller; {@code attended} become ATTENDED, {@code noShow} NO_SHOW (which
     * frees their seats). Returns the moved referrals, in the order listed.
     *
     * @throws NotFoundException  a referral the caller may not see
     * @throws ConflictException  naming the first referral that cannot move (another session, not SCHEDULED,
     *                            changed meanwhile); nothing is moved
     */
    @Transactional
    public List<Referral> attendance(UUID sessionId, List<UUID> attended, List<UUID> noShow, PanUser user) {
        List<Referral> moved = new java.util.ArrayList<>();
        for (boolean came : new boolean[] {true, false}) {
            ReferralStatus to = came ? ReferralStatus.ATTENDED : ReferralStatus.NO_SHOW;
            for (UUID id : came ? attended : noShow) {
                Referral referral = find(id, user);
                ReferralAccess.checkTransition(user, referral, to);
                if (!sessionId.equals(referral.sessionId()) || referral.status() != ReferralStatus.SCHEDULED) {
                    throw new ConflictException("referral " + id + " cannot be marked " + to + ": it is "
                            + referral.status() + (sessionId.equals(referral.sessionId()) ? ""
                            : " and holds no seat in session " + sessionId) + "; nothing was marked");
                }
                move(referral, to, "attendance of session " + sessionId, user.username());
                moved.add(bookings.withSession(store.find(id).orElseThrow()));
            }
        }
        return moved;
    }

    /** Moves every SENT referral created more than {@link #expiry()} before now to EXPIRED; returns how many. */
    public int expireOverdue() {
        Instant now = now();
        int expired = 0;
        for (UUID id : store.sentBefore(now.minus(expiry.after()))) {
            Referral referral = store.find(id).orElse(null);
            if (referral == null || referral.status() != ReferralStatus.SENT) {
                continue;
            }
            try {
                eachExpiry.executeWithoutResult(tx -> move(referral, ReferralStatus.EXPIRED,
                        "no answer within " + expiry.after().toDays() + " days", SYSTEM));
                expired++;
            } catch (ConflictException e) {
                // answered (or cancelled) meanwhile: nothing to expire
            }
        }
        return expired;
    }

    private void move(Referral referral, ReferralStatus to, String reason, String actor) {
        move(referral, to, reason, actor, null);
    }

    private void move(Referral referral, ReferralStatus to, String reason, String actor, Appointment appointment) {
        ReferralStatus from = referral.status();
        if (!from.canMoveTo(to)) {
            throw new ConflictException("a " + from + " referral cannot become " + to
                    + (from.isFinal() ? " (" + from + " is final)" : "; allowed: " + from.next()));
        }
        boolean moved;
        try {
            moved = store.transition(referral.id(), referral.version(), from, to, reason, actor, now(), appointment);
        } catch (ConcurrencyFailureException | DuplicateKeyException e) {
            moved = false;
        }
        if (!moved) {
            throw new ConflictException("referral " + referral.id() + " changed meanwhile (it was " + from
                    + " at version " + referral.version() + "); read it again");
        }
        if (referral.sessionId() != null && ReferralStatus.HOLDING_SEAT.contains(from)
                && !ReferralStatus.HOLDING_SEAT.contains(to)) {
            bookings.free(referral.sessionId());
        }
        events.publishEvent(new ReferralEvent.Moved(referral.id(), from, to));
        metrics.transition(from.name(), to.name());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
