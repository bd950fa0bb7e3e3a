package be.brussels.pan.roster.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The per-session rules H4–H11 on their own; the constraint tests check that each one is penalised. */
class FeasibilityTest {

    private final Commune ixelles = new Commune("21009", "Ixelles", 50.8333, 4.3667);
    private final Timeslot mon = new Timeslot("MON-1", Day.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 30));
    private final Timeslot tue = new Timeslot("TUE-1", Day.TUESDAY, LocalTime.of(9, 0), LocalTime.of(10, 30));
    /** 4 seats, not accessible, no Start Digital label, open on Monday only. */
    private final Venue partner = new Venue("partner", "Partner", VenueKind.PARTNER_SITE, ixelles, 4, 1, false, false,
            Set.of(mon));
    /** 10 seats, accessible, Start Digital, open on Monday only. */
    private final Venue epn = new Venue("epn", "EPN", VenueKind.EPN, ixelles, 10, 1, true, true, Set.of(mon));
    private final Kit laptops = new Kit("laptops", "Laptops", epn, 6, false);
    private final Kit braille = new Kit("braille", "Braille", epn, 2, true);
    private final Animator anna = new Animator("anna", "Anna", ixelles, Set.of("fr", "ar"), Set.of(Skill.SENIORS), 3,
            Set.of(mon));

    private static Session session(SessionKind kind, String language, Set<Skill> skills, int participants,
                                   boolean mobile, boolean accessible, boolean braille) {
        return new Session("s", kind, language, "SENIORS", skills, participants, null, mobile, accessible, braille,
                Period.ANY, 2);
    }

    private static Session workshop(int participants) {
        return session(SessionKind.WORKSHOP, "fr", Set.of(), participants, false, false, false);
    }

    @Test
    void h4ToH7AskTheAnimatorAndTheVenue() {
        Session seniorsInArabic = session(SessionKind.WORKSHOP, "ar", Set.of(Skill.SENIORS), 6, false, false, false);
        Session youthInDutch = session(SessionKind.WORKSHOP, "nl", Set.of(Skill.YOUTH), 6, false, false, false);

        assertThat(Feasibility.animatorIsAvailable(anna, mon)).isTrue();
        assertThat(Feasibility.animatorIsAvailable(anna, tue)).isFalse();
        assertThat(Feasibility.animatorSpeaksLanguage(seniorsInArabic, anna)).isTrue();
        assertThat(Feasibility.animatorSpeaksLanguage(youthInDutch, anna)).isFalse();
        assertThat(Feasibility.animatorHasSkills(seniorsInArabic, anna)).isTrue();
        assertThat(Feasibility.animatorHasSkills(youthInDutch, anna)).isFalse();
        assertThat(Feasibility.venueIsOpen(epn, mon)).isTrue();
        assertThat(Feasibility.venueIsOpen(epn, tue)).isFalse();
    }

    @Test
    void h8CountsTheVenueSeatsAndTheKitDevices() {
        assertThat(Feasibility.seatsSuffice(workshop(4), partner, null)).isTrue();
        assertThat(Feasibility.seatsSuffice(workshop(5), partner, null)).isFalse();
        assertThat(Feasibility.seatsSuffice(workshop(10), partner, laptops)).isTrue();
        assertThat(Feasibility.seatsSuffice(workshop(11), partner, laptops)).isFalse();
    }

    @Test
    void h9ToH11HoldForASessionWithoutTheNeed() {
        Session plain = workshop(4);
        assertThat(Feasibility.mobileSessionIsAtPartnerSiteWithKit(plain, epn, null)).isTrue();
        assertThat(Feasibility.venueIsAccessibleIfRequired(plain, partner)).isTrue();
        assertThat(Feasibility.kitHasBrailleIfNeeded(plain, null)).isTrue();
        assertThat(Feasibility.startDigitalSessionIsAtStartDigitalVenue(plain, partner)).isTrue();
        assertThat(Feasibility.venueAndKitSuit(plain, partner, null)).isTrue();
        assertThat(Feasibility.needsKit(plain, partner)).isFalse();
    }

    @Test
    void h9ToH11AskWhatTheSessionNeeds() {
        Session mobile = session(SessionKind.OUTREACH, "fr", Set.of(), 4, true, false, false);
        assertThat(Feasibility.mobileSessionIsAtPartnerSiteWithKit(mobile, partner, laptops)).isTrue();
        assertThat(Feasibility.mobileSessionIsAtPartnerSiteWithKit(mobile, partner, null)).isFalse();
        assertThat(Feasibility.mobileSessionIsAtPartnerSiteWithKit(mobile, epn, laptops)).isFalse();

        Session accessible = session(SessionKind.WORKSHOP, "fr", Set.of(), 4, false, true, false);
        assertThat(Feasibility.venueIsAccessibleIfRequired(accessible, epn)).isTrue();
        assertThat(Feasibility.venueIsAccessibleIfRequired(accessible, partner)).isFalse();

        Session needsBraille = session(SessionKind.WORKSHOP, "fr", Set.of(), 4, false, false, true);
        assertThat(Feasibility.kitHasBrailleIfNeeded(needsBraille, braille)).isTrue();
        assertThat(Feasibility.kitHasBrailleIfNeeded(needsBraille, laptops)).isFalse();
        assertThat(Feasibility.kitHasBrailleIfNeeded(needsBraille, null)).isFalse();

        Session startDigital = session(SessionKind.START_DIGITAL, "fr", Set.of(), 4, false, false, false);
        assertThat(Feasibility.needsStartDigitalVenue(startDigital)).isTrue();
        assertThat(Feasibility.startDigitalSessionIsAtStartDigitalVenue(startDigital, epn)).isTrue();
        assertThat(Feasibility.startDigitalSessionIsAtStartDigitalVenue(startDigital, partner)).isFalse();
    }

    @Test
    void aKitIsNeededExactlyWhenOneCanMendH8H9OrH10() {
        assertThat(Feasibility.needsKit(workshop(5), partner)).isTrue(); // 4 seats
        assertThat(Feasibility.needsKit(session(SessionKind.OUTREACH, "fr", Set.of(), 2, true, false, false), partner))
                .isTrue();
        assertThat(Feasibility.needsKit(session(SessionKind.WORKSHOP, "fr", Set.of(), 2, false, false, true), epn))
                .isTrue();
        // A kit cannot make a venue accessible or Start Digital: those venues are unsuitable, not short of a kit.
        assertThat(Feasibility.needsKit(session(SessionKind.START_DIGITAL, "fr", Set.of(), 2, false, true, false),
                partner)).isFalse();
        assertThat(Feasibility.venueAndKitSuit(session(SessionKind.START_DIGITAL, "fr", Set.of(), 2, false, true,
                false), partner, laptops)).isFalse();
    }
}
