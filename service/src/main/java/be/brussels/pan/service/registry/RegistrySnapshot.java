package be.brussels.pan.service.registry;

import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry's active records as one week's roster problem sees them ({@link RegistryProblems#forWeek}): the
 * contract's facts (each venue with its postal address, the contract's optional field of version 1.1), each
 * animator's availability without the timeslots of that week on which they are absent, and what the contract has
 * no field for: the absences themselves, the week's dates and whether the records are made up.
 *
 * @param monday       the Monday of the week (Brussels time)
 * @param absent       by animator id, the timeslots taken out of their availability that week (absences)
 * @param illustrative whether any record used is ILLUSTRATIVE (made up): a roster on it must say so
 */
public record RegistrySnapshot(LocalDate monday, List<CommuneJson> communes, List<TimeslotJson> timeslots,
                               List<VenueJson> venues, List<AnimatorJson> animators, List<KitJson> kits,
                               Map<String, List<String>> absent, boolean illustrative) {

    /** The roster problem of these facts and these sessions. */
    public ProblemJson problem(String id, List<SessionJson> sessions) {
        return new ProblemJson(id, communes, timeslots, venues, animators, kits, sessions);
    }

    /** A venue's postal address, when the registry has one. */
    public Optional<String> address(String venueId) {
        return venues.stream().filter(v -> v.id().equals(venueId)).findFirst().map(VenueJson::address);
    }

    /** The date a timeslot of this week falls on. */
    public LocalDate date(TimeslotJson timeslot) {
        return monday.plusDays(timeslot.day().ordinal());
    }
}
