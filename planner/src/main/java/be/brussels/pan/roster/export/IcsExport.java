package be.brussels.pan.roster.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import be.brussels.pan.roster.export.RosterRows.Row;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/** One iCalendar file per animator ({@code <animator-id>.ics}), built with ical4j, for a given week. */
public final class IcsExport {

    private static final String TZ_UPDATE = "net.fortuna.ical4j.timezone.update.enabled";

    static {
        // ical4j may fetch newer time-zone definitions from tzurl.org; the bundled Europe/Brussels is enough and
        // an export must not make (or wait for) an outbound call. An operator can still set the property.
        if (System.getProperty(TZ_UPDATE) == null) {
            System.setProperty(TZ_UPDATE, "false");
        }
    }

    private IcsExport() {
    }

    /** Writes the files and returns their paths; {@code monday} is the Monday of the week to place events in. */
    public static List<Path> write(ProblemJson problem, SolutionJson solution, Path dir, LocalDate monday) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        Map<String, Calendar> byAnimator = new LinkedHashMap<>();
        VTimeZone brussels = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(Week.ZONE.getId()).getVTimeZone();
        for (Row r : RosterRows.of(problem, solution).assigned()) {
            // RFC 5545: every TZID used by DTSTART/DTEND must be defined by a VTIMEZONE in the same calendar.
            Calendar calendar = byAnimator.computeIfAbsent(r.animator().id(), id -> new Calendar()
                    .withProdId("-//Brussels PAN//Weekly roster 1.0//EN").withDefaults()
                    .withComponent(brussels).getFluentTarget());
            calendar.withComponent(event(problem.id(), r, monday));
        }
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, Calendar> e : byAnimator.entrySet()) {
                Path file = dir.resolve(e.getKey().replaceAll("[^A-Za-z0-9._-]", "_") + ".ics");
                try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    new CalendarOutputter().output(e.getValue(), w);
                }
                files.add(file);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VEvent event(String problemId, Row r, LocalDate monday) {
        LocalDate date = monday.plusDays(r.timeslot().day().ordinal());
        ZonedDateTime start = ZonedDateTime.of(date, LocalTime.parse(r.timeslot().start()), Week.ZONE);
        ZonedDateTime end = ZonedDateTime.of(date, LocalTime.parse(r.timeslot().end()), Week.ZONE);
        String summary = r.session().kind() + " (" + r.session().language() + ", " + r.session().targetGroup()
                + ") – " + r.venue().name();
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(r.session().id() + "@" + problemId));
        event.add(new Location(r.venue().name() + ", commune " + r.venue().commune()));
        event.add(new Description("Session " + r.session().id() + ", " + r.session().participants()
                + " participants" + (r.kit() == null ? "" : ", mobile kit " + r.kit())));
        return event;
    }
}
