package be.brussels.pan.roster.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

import be.brussels.pan.roster.domain.Commune;
import be.brussels.pan.roster.domain.Feasibility;
import be.brussels.pan.roster.domain.PublishedAssignment;
import be.brussels.pan.roster.domain.Session;

/**
 * Constraints of roster-contract.md, numbered as there (H1–H13, medium, S1–S6), plus "Partial assignment" and the
 * re-planning cost S7 (contract version 1.1, docs/roster.md).
 *
 * <p>Every stream starts from {@code forEachIncludingNullVars}: {@code forEach} would silently drop every
 * session whose nullable kit is null, i.e. most assigned sessions. Hard constraints only look at assigned
 * sessions (timeslot, venue and animator set); a partially assigned one is caught by "Partial assignment".
 * Weights are documented next to each constraint and in docs/roster.md. The per-session rules H4–H11 are
 * {@link Feasibility}'s predicates, shared with the moves' candidate lists and the unassigned reasons.
 */
public final class RosterConstraintProvider implements ConstraintProvider {

    public static final String PARTIAL = "Partial assignment";
    public static final String H1 = "H1 animator one session per timeslot";
    public static final String H2 = "H2 venue rooms per timeslot";
    public static final String H3 = "H3 kit one session per timeslot";
    public static final String H4 = "H4 animator available";
    public static final String H5 = "H5 animator speaks language";
    public static final String H6 = "H6 animator has required skills";
    public static final String H7 = "H7 venue open";
    public static final String H8 = "H8 enough seats and devices";
    public static final String H9 = "H9 mobile session at partner site with kit";
    public static final String H10 = "H10 accessibility and braille";
    public static final String H11 = "H11 Start Digital venue";
    public static final String H12 = "H12 animator maxSessions";
    public static final String H13 = "H13 pinned assignment kept";
    public static final String MEDIUM_UNASSIGNED = "M unassigned session priority";
    public static final String S1 = "S1 demand commune to venue distance";
    public static final String S2 = "S2 animator home to venue distance";
    public static final String S3 = "S3 kit travelling between communes on a day";
    public static final String S4 = "S4 outside preferred period";
    public static final String S5 = "S5 animator load balance";
    public static final String S6 = "S6 commune with demand but no session";
    public static final String S7 = "S7 published assignment changed";

    /** S1: per 0.1 km between demand commune and venue commune; participants travel, so it counts double S2. */
    public static final long S1_PER_HM = 2;
    /** S2: per 0.1 km between the animator's home commune and the venue's commune. */
    public static final long S2_PER_HM = 1;
    /** S3: per pair of same-day sessions of one kit in two different communes (≈ a 2.5 km detour for participants). */
    public static final long S3_PER_PAIR = 50;
    /** S4: per session outside its preferred period (≈ 1.5 km of participant travel). */
    public static final long S4_PER_SESSION = 30;
    /** S5: per squared session of each animator; the marginal cost of a k-th session is 5·(2k−1). */
    public static final long S5_PER_SQUARED_SESSION = 5;
    /** S6: per commune with demand that hosts none of the assigned sessions (≈ 10 km of travel). */
    public static final long S6_PER_COMMUNE = 200;
    /**
     * S7 (re-planning): a published session given another timeslot. Every participant and the animator must be told,
     * and some can no longer come: it costs like 20 km of participant travel, more than crossing the Region, so the
     * solver never moves a published session to save travel, balance loads or cover a commune (S1–S6) alone.
     */
    public static final long S7_TIMESLOT = 400;
    /** S7: a published session held at another venue: told to everyone too, hence as costly as another time. */
    public static final long S7_VENUE = 400;
    /** S7: another animator: only the animators need telling; the cheapest way to mend an absence. */
    public static final long S7_ANIMATOR = 200;
    /** S7: another kit (or a kit added or taken away): logistics only, no participant notices; as two S3 trips. */
    public static final long S7_KIT = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                partialAssignment(factory),
                animatorConflict(factory),
                venueRooms(factory),
                kitConflict(factory),
                animatorAvailable(factory),
                animatorLanguage(factory),
                animatorSkills(factory),
                venueOpen(factory),
                seats(factory),
                mobileSession(factory),
                accessibilityAndBraille(factory),
                startDigitalVenue(factory),
                animatorMaxSessions(factory),
                pinnedKept(factory),
                unassigned(factory),
                demandDistance(factory),
                animatorDistance(factory),
                kitTravel(factory),
                preferredPeriod(factory),
                loadBalance(factory),
                communeWithoutSession(factory),
                publishedChanged(factory)
        };
    }

    private static UniConstraintStream<Session> assigned(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Session.class).filter(Session::isAssigned);
    }

    // ---- hard: every violation costs 1 hard, except H2/H12 which cost 1 per session over the limit.

    /** Hard 1 per session with some but not all of timeslot/venue/animator (or only a kit) set. */
    Constraint partialAssignment(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Session.class)
                .filter(Session::isPartiallyAssigned)
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(PARTIAL);
    }

    /** H1: hard 1 per pair of sessions sharing an animator and a timeslot. */
    Constraint animatorConflict(ConstraintFactory factory) {
        return assigned(factory)
                .join(assigned(factory), equal(Session::getTimeslot), equal(Session::getAnimator),
                        lessThan(Session::getId))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H1);
    }

    /** H2: hard 1 per session beyond the venue's rooms in a timeslot. */
    Constraint venueRooms(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(Session::getVenue, Session::getTimeslot, count())
                .filter((venue, slot, n) -> n > venue.getRooms())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (venue, slot, n) -> n - venue.getRooms())
                .asConstraint(H2);
    }

    /** H3: hard 1 per pair of sessions sharing a kit in a timeslot. */
    Constraint kitConflict(ConstraintFactory factory) {
        UniConstraintStream<Session> withKit = assigned(factory).filter(s -> s.getKit() != null);
        return withKit
                .join(assigned(factory).filter(s -> s.getKit() != null),
                        equal(Session::getTimeslot), equal(Session::getKit), lessThan(Session::getId))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H3);
    }

    /** H4: hard 1 per session whose animator is not available in its timeslot. */
    Constraint animatorAvailable(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.animatorIsAvailable(s.getAnimator(), s.getTimeslot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H4);
    }

    /** H5: hard 1 per session whose animator does not speak its language. */
    Constraint animatorLanguage(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.animatorSpeaksLanguage(s, s.getAnimator()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H5);
    }

    /** H6: hard 1 per session whose animator lacks a required skill. */
    Constraint animatorSkills(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.animatorHasSkills(s, s.getAnimator()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H6);
    }

    /** H7: hard 1 per session at a venue closed in its timeslot. */
    Constraint venueOpen(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.venueIsOpen(s.getVenue(), s.getTimeslot()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H7);
    }

    /** H8: hard 1 per session with more participants than venue seats plus kit devices. */
    Constraint seats(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.seatsSuffice(s, s.getVenue(), s.getKit()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H8);
    }

    /** H9: hard 1 per mobile session not at a partner site or without a kit. */
    Constraint mobileSession(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.mobileSessionIsAtPartnerSiteWithKit(s, s.getVenue(), s.getKit()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H9);
    }

    /** H10: hard 1 per session needing an accessible venue or a braille kit and not getting it. */
    Constraint accessibilityAndBraille(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.venueIsAccessibleIfRequired(s, s.getVenue())
                        || !Feasibility.kitHasBrailleIfNeeded(s, s.getKit()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H10);
    }

    /** H11: hard 1 per Start Digital session at a venue without startDigital. */
    Constraint startDigitalVenue(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !Feasibility.startDigitalSessionIsAtStartDigitalVenue(s, s.getVenue()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H11);
    }

    /** H12: hard 1 per session beyond an animator's maxSessions. */
    Constraint animatorMaxSessions(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(Session::getAnimator, count())
                .filter((animator, n) -> n > animator.getMaxSessions())
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD, (animator, n) -> n - animator.getMaxSessions())
                .asConstraint(H12);
    }

    /**
     * H13: hard 1 per pinned session that differs from its pinned assignment. {@code @PlanningPin} already
     * stops the solver from moving it; this catches a hand-edited or wrongly mapped solution.
     */
    Constraint pinnedKept(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Session.class)
                .filter(s -> s.getPinnedAssignment() != null
                        && (s.getTimeslot() != s.getPinnedAssignment().timeslot()
                        || s.getVenue() != s.getPinnedAssignment().venue()
                        || s.getAnimator() != s.getPinnedAssignment().animator()
                        || s.getKit() != s.getPinnedAssignment().kit()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(H13);
    }

    // ---- medium

    /** Medium: each session not (fully) assigned costs its priority (1..3). */
    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Session.class)
                .filter(s -> !s.isAssigned())
                .penalizeLong(HardMediumSoftLongScore.ONE_MEDIUM, Session::getPriority)
                .asConstraint(MEDIUM_UNASSIGNED);
    }

    // ---- soft (weights: see the constants above)

    /** S1: {@value #S1_PER_HM} soft per 0.1 km from the demand commune to the venue's commune. */
    Constraint demandDistance(ConstraintFactory factory) {
        return assigned(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        s -> S1_PER_HM * s.getCommune().distanceHm(s.getVenue().getCommune()))
                .asConstraint(S1);
    }

    /** S2: {@value #S2_PER_HM} soft per 0.1 km from the animator's home commune to the venue's commune. */
    Constraint animatorDistance(ConstraintFactory factory) {
        return assigned(factory)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT,
                        s -> S2_PER_HM * s.getAnimator().getHomeCommune().distanceHm(s.getVenue().getCommune()))
                .asConstraint(S2);
    }

    /** S3: {@value #S3_PER_PAIR} soft per pair of same-day sessions of one kit held in different communes. */
    Constraint kitTravel(ConstraintFactory factory) {
        return assigned(factory).filter(s -> s.getKit() != null)
                .join(assigned(factory).filter(s -> s.getKit() != null),
                        equal(Session::getKit), equal(s -> s.getTimeslot().getDay()), lessThan(Session::getId))
                .filter((a, b) -> a.getVenue().getCommune() != b.getVenue().getCommune())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (a, b) -> S3_PER_PAIR)
                .asConstraint(S3);
    }

    /** S4: {@value #S4_PER_SESSION} soft per session outside its preferred period. */
    Constraint preferredPeriod(ConstraintFactory factory) {
        return assigned(factory)
                .filter(s -> !s.getPreferredPeriod().contains(s.getTimeslot()))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, s -> S4_PER_SESSION)
                .asConstraint(S4);
    }

    /** S5: {@value #S5_PER_SQUARED_SESSION} soft per squared session count of each animator. */
    Constraint loadBalance(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(Session::getAnimator, count())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, (animator, n) -> S5_PER_SQUARED_SESSION * n * n)
                .asConstraint(S5);
    }

    /** S6: {@value #S6_PER_COMMUNE} soft per commune with demand where no assigned session is held. */
    Constraint communeWithoutSession(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Session.class)
                .groupBy(Session::getCommune)
                .ifNotExistsIncludingNullVars(Session.class,
                        Joiners.equal((Commune c) -> c, RosterConstraintProvider::heldInCommune))
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, c -> S6_PER_COMMUNE)
                .asConstraint(S6);
    }

    /**
     * S7 (re-planning, contract 1.1): each published session costs the weight of every part of its assignment that
     * is no longer as published (timeslot {@value #S7_TIMESLOT}, venue {@value #S7_VENUE}, animator
     * {@value #S7_ANIMATOR}, kit {@value #S7_KIT}), so a re-plan changes as little as it can. An unassigned published
     * session (dropped) counts every part; it also costs its priority at the medium level, which dominates.
     * Sessions that were not published cost nothing here.
     */
    Constraint publishedChanged(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Session.class)
                .filter(s -> s.getPublished() != null && !s.isKeptAsPublished())
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, RosterConstraintProvider::changeCost)
                .asConstraint(S7);
    }

    private static long changeCost(Session s) {
        PublishedAssignment p = s.getPublished();
        return (p.sameTimeslot(s.getTimeslot()) ? 0 : S7_TIMESLOT)
                + (p.sameVenue(s.getVenue()) ? 0 : S7_VENUE)
                + (p.sameAnimator(s.getAnimator()) ? 0 : S7_ANIMATOR)
                + (p.sameKit(s.getKit()) ? 0 : S7_KIT);
    }

    /** The commune a session is held in, or null when it is not assigned (null never equals a commune key). */
    private static Commune heldInCommune(Session s) {
        return s.isAssigned() ? s.getVenue().getCommune() : null;
    }
}
