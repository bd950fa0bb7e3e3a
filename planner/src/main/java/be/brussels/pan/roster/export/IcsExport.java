package be.brussels.pan.roster.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.export.RosterRows.Row;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * One iCalendar file per animator ({@code <animator-id>.ics}, see {@link #fileName}), built with ical4j, for a
 * given week. Two animators whose ids give the same file name are refused. The calendars are staged first, so a
 * failure while writing them, or a directory or other non-file where one should go, leaves the directory as it
 * was; only the final moves into an existing directory are not atomic as a whole (see {@link #writeAll}).
 */
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

    private static final String PROD_ID = "-//Brussels PAN//Weekly roster 1.0//EN";

    /** A calendar without events, as an animator with no session of the week gets it. */
    private static final String EMPTY = "BEGIN:VCALENDAR\r\nPRODID:" + PROD_ID + "\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n"
            + "END:VCALENDAR\r\n";

    /** Writes the files and returns their paths; {@code monday} is the Monday of the week to place events in. */
    public static List<Path> write(ProblemJson problem, SolutionJson solution, Path dir, LocalDate monday) {
        Map<String, Calendar> byAnimator = calendars(problem, solution, monday, animator -> true, Wording.CODES);
        Map<String, Calendar> byFile = new LinkedHashMap<>();
        Map<String, String> animatorByFile = new LinkedHashMap<>();
        byAnimator.forEach((animator, calendar) -> {
            String name = fileName(animator);
            String other = animatorByFile.putIfAbsent(name, animator);
            if (other != null) {
                throw new IllegalArgumentException("animators '" + other + "' and '" + animator
                        + "' would both be written to " + name);
            }
            byFile.put(name, calendar);
        });
        try {
            return writeAll(byFile, dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calendars into " + dir + ": " + describe(e), e);
        }
    }

    /**
     * One animator's calendar as iCalendar text, built in memory (for a download: no file is written): their
     * sessions of the week, or a calendar without events when they have none.
     */
    public static String calendarOf(ProblemJson problem, SolutionJson solution, String animatorId, LocalDate monday) {
        return calendarOf(problem, solution, animatorId, monday, Wording.CODES);
    }

    /** {@link #calendarOf(ProblemJson, SolutionJson, String, LocalDate)} with summaries and locations in words. */
    public static String calendarOf(ProblemJson problem, SolutionJson solution, String animatorId, LocalDate monday,
                                    Wording words) {
        Calendar calendar = calendars(problem, solution, monday, animatorId::equals, words).get(animatorId);
        if (calendar == null) {
            return EMPTY;
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The calendars of the animators the filter keeps, by animator id, in the order of the roster's rows. */
    private static Map<String, Calendar> calendars(ProblemJson problem, SolutionJson solution, LocalDate monday,
                                                   java.util.function.Predicate<String> animators,
                                                   Wording words) {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(monday + " is not a Monday");
        }
        Map<String, Calendar> byAnimator = new LinkedHashMap<>();
        VTimeZone brussels = TimeZoneRegistryFactory.getInstance().createRegistry()
                .getTimeZone(Week.ZONE.getId()).getVTimeZone();
        for (Row r : RosterRows.of(problem, solution).assigned()) {
            if (!animators.test(r.animator().id())) {
                continue;
            }
            // RFC 5545: every TZID used by DTSTART/DTEND must be defined by a VTIMEZONE in the same calendar.
            Calendar calendar = byAnimator.computeIfAbsent(r.animator().id(), id -> new Calendar()
                    .withProdId(PROD_ID).withDefaults().withComponent(brussels).getFluentTarget());
            calendar.withComponent(event(problem.id(), r, monday, words));
        }
        return byAnimator;
    }

    /** {@code <animator-id>.ics}, every character other than A-Z a-z 0-9 . _ - replaced by '_'. */
    public static String fileName(String animatorId) {
        return animatorId.replaceAll("[^A-Za-z0-9._-]", "_") + ".ics";
    }

    /**
     * The calendars are written into a temporary directory next to {@code dir}, then that directory is renamed to
     * {@code dir} (when it does not exist: all or nothing) or its files moved into it one by one, after checking
     * that none would replace anything but a regular file. A failure before the moves leaves {@code dir} as it
     * was; one during the moves into an existing directory (a full disk, say) leaves the files moved so far.
     * Either way the temporary directory and any parent directory created for it are removed.
     */
    private static List<Path> writeAll(Map<String, Calendar> byFile, Path dir) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotDirectoryException(dir.toString());
        }
        Path parent = target.getParent() == null ? target : target.getParent();
        List<Path> createdParents = createMissing(parent);
        Path staging = null;
        boolean done = false;
        try {
            staging = Files.createTempDirectory(parent, ".ics-");
            for (Map.Entry<String, Calendar> e : byFile.entrySet()) {
                try (Writer w = Files.newBufferedWriter(staging.resolve(e.getKey()), StandardCharsets.UTF_8)) {
                    new CalendarOutputter().output(e.getValue(), w);
                }
            }
            if (!Files.exists(target)) {
                move(staging, target);
                staging = null;
            } else {
                for (String name : byFile.keySet()) {
                    Path existing = target.resolve(name);
                    if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)
                            && !Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
                        throw new FileSystemException(dir.resolve(name).toString(), null,
                                "exists and is not a regular file");
                    }
                }
                for (String name : byFile.keySet()) {
                    move(staging.resolve(name), target.resolve(name));
                }
            }
            done = true;
            return byFile.keySet().stream().map(dir::resolve).toList();
        } finally {
            if (staging != null) {
                deleteTree(staging);
            }
            if (!done) {
                for (int i = createdParents.size() - 1; i >= 0; i--) {
                    Files.deleteIfExists(createdParents.get(i));
                }
            }
        }
    }

    /** Creates the missing directories of {@code dir}; returns them, outermost first. */
    private static List<Path> createMissing(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        for (Path p : missing) {
            Files.createDirectory(p);
        }
        return missing;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: only the hidden temporary directory can be left
        }
    }

    /** An I/O failure in words, without Java class names. */
    private static String describe(IOException e) {
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " exists and is not a directory";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists";
        }
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be written" : f.getReason());
        }
        return e.getMessage() == null ? "input/output error" : e.getMessage();
    }

    /**
     * An event: summary "kind (language, public) – venue" and location "venue, address" (the commune when the venue
     * has no address), in {@code words}.
     */
    private static VEvent event(String problemId, Row r, LocalDate monday, Wording words) {
        LocalDate date = monday.plusDays(r.timeslot().day().ordinal());
        ZonedDateTime start = ZonedDateTime.of(date, LocalTime.parse(r.timeslot().start()), Week.ZONE);
        ZonedDateTime end = ZonedDateTime.of(date, LocalTime.parse(r.timeslot().end()), Week.ZONE);
        String summary = words.kind(r.session().kind()) + " (" + words.language(r.session().language()) + ", "
                + words.targetGroup(r.session().targetGroup()) + ") – " + r.venue().name();
        VEvent event = new VEvent(start, end, summary);
        event.add(new Uid(r.session().id() + "@" + problemId));
        event.add(new Location(r.venue().name() + ", " + (r.venue().address() != null ? r.venue().address()
                : words.commune(r.venue().commune()))));
        event.add(new Description("Session " + r.session().id() + ", " + r.session().participants()
                + " participants" + (r.kit() == null ? "" : ", mobile kit " + r.kit())));
        return event;
    }
}
