package be.brussels.pan.roster.json;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Period;
import be.brussels.pan.roster.domain.SessionKind;
import be.brussels.pan.roster.domain.Skill;
import be.brussels.pan.roster.domain.VenueKind;

/**
 * A roster problem exactly as in roster-contract.md. Numbers and booleans are boxed so that a missing value is
 * seen (and rejected or defaulted) by {@link be.brussels.pan.roster.check.ProblemValidator} instead of becoming
 * a silent 0/false.
 */
public record ProblemJson(String id, List<CommuneJson> communes, List<TimeslotJson> timeslots,
                          List<VenueJson> venues, List<AnimatorJson> animators, List<KitJson> kits,
                          List<SessionJson> sessions) {

    public record CommuneJson(String code, String name, Double lat, Double lon) {
    }

    /** {@code start}/{@code end} stay strings ("HH:mm") so that the validator can name a malformed one. */
    public record TimeslotJson(String id, Day day, String start, String end) {
    }

    /**
     * {@code rooms} defaults to 1 when absent (contract). {@code address} (contract version 1.1, optional) is the
     * venue's postal address, which the service shows on a published session; the solver does not read it. Not
     * written when absent, so a version 1 problem is written as it was read.
     */
    public record VenueJson(String id, String name, VenueKind kind, String commune, Integer seats, Integer rooms,
                            Boolean accessible, Boolean startDigital, List<String> open,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String address) {

        /** A version 1 venue: no address. */
        public VenueJson(String id, String name, VenueKind kind, String commune, Integer seats, Integer rooms,
                         Boolean accessible, Boolean startDigital, List<String> open) {
            this(id, name, kind, commune, seats, rooms, accessible, startDigital, open, null);
        }
    }

    public record AnimatorJson(String id, String name, String homeCommune, List<String> languages,
                               List<Skill> skills, Integer maxSessions, List<String> available) {
    }

    public record KitJson(String id, String name, String homeVenue, Integer devices, Boolean braille) {
    }

    /**
     * {@code published} and {@code locked} are the re-planning fields of contract version 1.1 (optional; absent in a
     * version 1 problem, see docs/roster.md): where the session stands in the week's published roster, and whether it
     * must stay there unless the problem makes that impossible. Not written when absent, so a version 1 problem is
     * written as it was read.
     */
    public record SessionJson(String id, SessionKind kind, String language, String targetGroup,
                              List<Skill> requiredSkills, Integer participants, String commune, Boolean mobile,
                              Boolean accessibleRequired, Boolean needsBraille, Period preferredPeriod,
                              Integer priority, AssignmentJson pinned,
                              @JsonInclude(JsonInclude.Include.NON_NULL) AssignmentJson published,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Boolean locked) {

        /** A version 1 session: not published. */
        public SessionJson(String id, SessionKind kind, String language, String targetGroup,
                           List<Skill> requiredSkills, Integer participants, String commune, Boolean mobile,
                           Boolean accessibleRequired, Boolean needsBraille, Period preferredPeriod,
                           Integer priority, AssignmentJson pinned) {
            this(id, kind, language, targetGroup, requiredSkills, participants, commune, mobile, accessibleRequired,
                    needsBraille, preferredPeriod, priority, pinned, null, null);
        }

        /** This session as published at {@code assignment}, locked or not (re-planning, version 1.1). */
        public SessionJson withPublished(AssignmentJson assignment, Boolean lock) {
            return new SessionJson(id, kind, language, targetGroup, requiredSkills, participants, commune, mobile,
                    accessibleRequired, needsBraille, preferredPeriod, priority, pinned, assignment, lock);
        }

        /** Whether the problem asks to keep this session where it was published. */
        public boolean hasLock() {
            return Boolean.TRUE.equals(locked);
        }
    }
}
