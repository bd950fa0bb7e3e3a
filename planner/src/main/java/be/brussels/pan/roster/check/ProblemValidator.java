package be.brussels.pan.roster.check;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import be.brussels.pan.contract.json.PlainTexts;
import be.brussels.pan.roster.json.AssignmentJson;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemIndex;
import be.brussels.pan.roster.json.ProblemJson.AnimatorJson;
import be.brussels.pan.roster.json.ProblemJson.CommuneJson;
import be.brussels.pan.roster.json.ProblemJson.KitJson;
import be.brussels.pan.roster.json.ProblemJson.SessionJson;
import be.brussels.pan.roster.json.ProblemJson.TimeslotJson;
import be.brussels.pan.roster.json.ProblemJson.VenueJson;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.json.SolutionJson;

/**
 * Rejects a problem before any solve: text that is not plain text (a control character, a lone surrogate), missing
 * or empty lists, blank/duplicate/dangling ids, out-of-range
 * numbers, malformed times, and pinned assignments that break a hard constraint. Unknown fields and enum
 * values are already rejected while reading the JSON ({@link be.brussels.pan.roster.json.RosterJson}).
 * The first problem found is thrown, naming the offending id and field.
 */
public final class ProblemValidator {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private ProblemValidator() {
    }

    public static void validate(ProblemJson p) {
        // First, as for every text the service takes: a NUL or a lone surrogate in a name or an address is refused by
        // PostgreSQL when the roster is stored or published (issue 15), so it is refused here, naming its path.
        PlainTexts.firstNonText(p).ifPresent(t -> {
            throw new InvalidProblemException(t.path(), t.problem());
        });
        require(p.id() != null && !p.id().isBlank(), "id", "the problem id is missing");
        nonEmpty(p.communes(), "communes");
        nonEmpty(p.timeslots(), "timeslots");
        nonEmpty(p.venues(), "venues");
        nonEmpty(p.animators(), "animators");
        // kits may be empty: a week without mobile, braille or over-full sessions needs none.
        require(p.kits() != null, "kits", "the list is missing (use [] for none)");
        nonEmpty(p.sessions(), "sessions");

        uniqueIds(p.communes(), CommuneJson::code, "communes", "code");
        uniqueIds(p.timeslots(), TimeslotJson::id, "timeslots", "id");
        uniqueIds(p.venues(), VenueJson::id, "venues", "id");
        uniqueIds(p.animators(), AnimatorJson::id, "animators", "id");
        uniqueIds(p.kits(), KitJson::id, "kits", "id");
        uniqueIds(p.sessions(), SessionJson::id, "sessions", "id");

        ProblemIndex ix = new ProblemIndex(p);
        p.communes().forEach(ProblemValidator::commune);
        p.timeslots().forEach(ProblemValidator::timeslot);
        p.venues().forEach(v -> venue(v, ix));
        p.animators().forEach(a -> animator(a, ix));
        p.kits().forEach(k -> kit(k, ix));
        p.sessions().forEach(s -> session(s, ix));
        pinnedAssignmentsFeasible(p);
    }

    private static void commune(CommuneJson c) {
        String at = "commune " + c.code();
        require(c.lat() != null && c.lat() >= -90 && c.lat() <= 90, at + " lat", "must be a latitude in degrees");
        require(c.lon() != null && c.lon() >= -180 && c.lon() <= 180, at + " lon", "must be a longitude in degrees");
    }

    private static void timeslot(TimeslotJson t) {
        String at = "timeslot " + t.id();
        require(t.day() != null, at + " day", "is missing");
        LocalTime start = time(t.start(), at + " start");
        LocalTime end = time(t.end(), at + " end");
        require(start.isBefore(end), at + " end", "must be after start " + t.start());
    }

    private static LocalTime time(String value, String at) {
        require(value != null, at, "is missing");
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            throw new InvalidProblemException(at, "'" + value + "' is not a time HH:mm");
        }
    }

    private static void venue(VenueJson v, ProblemIndex ix) {
        String at = "venue " + v.id();
        require(v.kind() != null, at + " kind", "is missing");
        ref(ix.communes, v.commune(), at + " commune");
        require(v.seats() != null && v.seats() >= 0, at + " seats", "must be ≥ 0, was " + v.seats());
        require(v.rooms() == null || v.rooms() >= 1, at + " rooms", "must be ≥ 1, was " + v.rooms());
        require(v.open() != null, at + " open", "is missing");
        v.open().forEach(slot -> ref(ix.timeslots, slot, at + " open"));
        require(v.address() == null || !v.address().isBlank(), at + " address", "is blank (leave it out when unknown)");
    }

    private static void animator(AnimatorJson a, ProblemIndex ix) {
        String at = "animator " + a.id();
        ref(ix.communes, a.homeCommune(), at + " homeCommune");
        require(a.languages() != null && !a.languages().isEmpty(), at + " languages", "must list at least one");
        a.languages().forEach(l -> language(l, at + " languages"));
        require(a.skills() != null && !hasNull(a.skills()), at + " skills", "is missing or has a null");
        require(a.maxSessions() != null && a.maxSessions() >= 0, at + " maxSessions",
                "must be ≥ 0, was " + a.maxSessions());
        require(a.available() != null, at + " available", "is missing");
        a.available().forEach(slot -> ref(ix.timeslots, slot, at + " available"));
    }

    private static void kit(KitJson k, ProblemIndex ix) {
        String at = "kit " + k.id();
        ref(ix.venues, k.homeVenue(), at + " homeVenue");
        require(k.devices() != null && k.devices() >= 0, at + " devices", "must be ≥ 0, was " + k.devices());
    }

    private static void session(SessionJson s, ProblemIndex ix) {
        String at = "session " + s.id();
        require(s.kind() != null, at + " kind", "is missing");
        language(s.language(), at + " language");
        require(s.targetGroup() != null && !s.targetGroup().isBlank(), at + " targetGroup", "is missing");
        require(s.requiredSkills() == null || !hasNull(s.requiredSkills()), at + " requiredSkills",
                "has a null");
        require(s.participants() != null && s.participants() >= 1, at + " participants",
                "must be ≥ 1, was " + s.participants());
        ref(ix.communes, s.commune(), at + " commune");
        require(s.priority() != null && s.priority() >= 1 && s.priority() <= 3, at + " priority",
                "must be 1, 2 or 3, was " + s.priority());
        AssignmentJson pin = s.pinned();
        if (pin != null) {
            require(pin.session() == null || pin.session().equals(s.id()), at + " pinned.session",
                    "names another session " + pin.session());
            ref(ix.timeslots, pin.timeslot(), at + " pinned.timeslot");
            ref(ix.venues, pin.venue(), at + " pinned.venue");
            ref(ix.animators, pin.animator(), at + " pinned.animator");
            if (pin.kit() != null) {
                ref(ix.kits, pin.kit(), at + " pinned.kit");
            }
        }
        published(s, at);
    }

    /**
     * The re-planning fields (version 1.1). A published assignment may name a timeslot, venue, animator or kit that
     * this problem no longer has (retired since it was published): the solver then reports the session as moved
     * or dropped, with that reason, so only its shape is checked here.
     */
    private static void published(SessionJson s, String at) {
        AssignmentJson published = s.published();
        if (published != null) {
            require(published.session() == null || published.session().equals(s.id()), at + " published.session",
                    "names another session " + published.session());
            present(published.timeslot(), at + " published.timeslot");
            present(published.venue(), at + " published.venue");
            present(published.animator(), at + " published.animator");
            require(published.kit() == null || !published.kit().isBlank(), at + " published.kit",
                    "is blank (null for no kit)");
        }
        if (s.hasLock()) {
            require(published != null, at + " locked", "a locked session needs its published assignment");
            require(s.pinned() == null, at + " locked",
                    "the session is pinned already (pinned is kept always, locked only while possible): give one");
        }
    }

    private static void present(String id, String at) {
        require(id != null && !id.isBlank(), at, "is missing or blank");
    }

    /** Runs the independent checker on the pinned assignments alone: they must already be feasible together. */
    private static void pinnedAssignmentsFeasible(ProblemJson p) {
        List<AssignmentJson> pinned = new ArrayList<>();
        List<UnassignedJson> rest = new ArrayList<>();
        for (SessionJson s : p.sessions()) {
            if (s.pinned() != null) {
                AssignmentJson pin = s.pinned();
                pinned.add(new AssignmentJson(s.id(), pin.timeslot(), pin.venue(), pin.animator(), pin.kit()));
            } else {
                rest.add(new UnassignedJson(s.id(), List.of("not checked")));
            }
        }
        if (pinned.isEmpty()) {
            return;
        }
        CheckReport report = FeasibilityChecker.check(p, new SolutionJson(p.id(), null, pinned, rest));
        report.violations().stream().findFirst().ifPresent(v -> {
            throw new InvalidProblemException("session " + v.session() + " pinned",
                    "the pinned assignment breaks " + v.constraint() + ": " + v.detail());
        });
    }

    /** Immutable lists throw on contains(null), hence a stream. */
    private static boolean hasNull(List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }

    private static void language(String code, String at) {
        require(code != null && LANGUAGE.matcher(code).matches(), at,
                "'" + code + "' is not a lower-case ISO 639 language code");
    }

    private static void nonEmpty(List<?> list, String field) {
        require(list != null, field, "the list is missing");
        require(!list.isEmpty(), field, "the list is empty");
        for (int i = 0; i < list.size(); i++) {
            require(list.get(i) != null, field + "[" + i + "]", "is null");
        }
    }

    private static <T> void uniqueIds(List<T> list, Function<T, String> id, String field, String idField) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            require(list.get(i) != null, field + "[" + i + "]", "is null");
            String value = id.apply(list.get(i));
            require(value != null && !value.isBlank(), field + "[" + i + "]." + idField, "is missing or blank");
            require(seen.add(value), field + "[" + i + "]." + idField, "duplicate id '" + value + "'");
        }
    }

    private static void ref(Map<String, ?> targets, String id, String at) {
        require(id != null, at, "is missing");
        require(targets.containsKey(id), at, "refers to unknown id '" + id + "'");
    }

    private static void require(boolean ok, String where, String message) {
        if (!ok) {
            throw new InvalidProblemException(where, message);
        }
    }
}
