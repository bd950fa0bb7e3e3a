package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.Echo;
import java.time.LocalDate;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The registry as the facts of a week's roster problem: its active timeslots, venues, kits and animators, mapped
 * field for field to the roster contract, with each animator's absences of that week taken out of their
 * availability. A reference to a record no longer active (possible only if two instances wrote at once) is left
 * out rather than refused: a venue's closed timeslot, an animator's, a kit whose home venue is retired.
 */
@Component
public class RegistryProblems {

    private final RegistryStore store;
    private final BrusselsCommunes communes;

    public RegistryProblems(RegistryStore store, BrusselsCommunes communes) {
        this.store = store;
        this.communes = communes;
    }

    /** The registry for the ISO week {@code 2026-W49}; a 400 naming {@code week} if it is not one. */
    public RegistrySnapshot forWeek(String week) {
        try {
            return forWeek(Week.monday(week));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("week", Echo.of(week) + " " + e.getMessage());
        }
    }

    /** The registry for the week of this Monday. */
    public RegistrySnapshot forWeek(LocalDate monday) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        List<TimeslotEntry> timeslots = active(EntryType.TIMESLOTS);
        List<VenueEntry> venues = active(EntryType.VENUES);
        List<KitEntry> kits = active(EntryType.KITS);
        List<AnimatorEntry> animators = active(EntryType.ANIMATORS);

        Map<String, TimeslotEntry> slotById = new LinkedHashMap<>();
        timeslots.forEach(t -> slotById.put(t.id(), t));
        Set<String> venueIds = venues.stream().map(VenueEntry::id).collect(Collectors.toSet());

        List<VenueJson> venueFacts = new ArrayList<>();
        for (VenueEntry v : venues) {
            // The address goes in the problem (contract 1.1): published sessions and calendars show it.
            venueFacts.add(new VenueJson(v.id(), v.name(), v.kind(), v.commune(), v.seats(), v.rooms(), v.accessible(),
                    v.startDigital(), v.open().stream().filter(slotById::containsKey).toList(), v.address()));
        }
        Map<String, List<String>> absent = new LinkedHashMap<>();
        List<AnimatorJson> animatorFacts = new ArrayList<>();
        for (AnimatorEntry a : animators) {
            List<String> available = new ArrayList<>();
            List<String> away = new ArrayList<>();
            for (String slot : a.available()) {
                TimeslotEntry t = slotById.get(slot);
                if (t == null) {
                    continue;
                }
                LocalDate day = monday.plusDays(t.day().ordinal());
                (a.absences().stream().anyMatch(absence -> absence.covers(day)) ? away : available).add(slot);
            }
            if (!away.isEmpty()) {
                absent.put(a.id(), List.copyOf(away));
            }
            animatorFacts.add(new AnimatorJson(a.id(), a.name(), a.homeCommune(), a.languages(), a.skills(),
                    a.maxSessions(), available));
        }
        List<KitJson> kitFacts = kits.stream().filter(k -> venueIds.contains(k.homeVenue()))
                .map(k -> new KitJson(k.id(), k.name(), k.homeVenue(), k.devices(), k.braille())).toList();
        boolean illustrative = Stream.of(timeslots, venues, kits, animators).flatMap(List::stream)
                .anyMatch(e -> e.provenance() == Provenance.ILLUSTRATIVE);
        return new RegistrySnapshot(monday, communes.all(),
                timeslots.stream().map(t -> new TimeslotJson(t.id(), t.day(), t.start(), t.end())).toList(),
                venueFacts, animatorFacts, kitFacts, absent, illustrative);
    }

    private <T extends RegistryEntry> List<T> active(EntryType<T> type) {
        return store.all(type).stream().filter(e -> !e.retired()).toList();
    }
}
