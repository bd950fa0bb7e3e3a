package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.Skill;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The animators: who can run a session, where they start from, in which languages, when. */
final class AnimatorType extends EntryType<AnimatorEntry> {

    /** ISO 639-1 codes and their ISO 639-2 forms, lower case: the languages an animator may speak. */
    static final Set<String> LANGUAGES = Set.copyOf(Stream.of(Locale.getISOLanguages())
            .flatMap(code -> Stream.of(code, Locale.forLanguageTag(code).getISO3Language()))
            .filter(code -> code.matches("[a-z]{2,3}")).toList());
    /** More would be a typing error: ten years of single days. */
    static final int MAX_ABSENCES = 3_650;

    AnimatorType() {
        super("animator", "animators", AnimatorEntry.class, List.of("name", "home_commune", "languages", "skills",
                "max_sessions", "available", "absences"));
    }

    @Override
    Map<String, Object> fields(AnimatorEntry a) {
        return map("id", a.id(), "name", a.name(), "homeCommune", a.homeCommune(), "languages", a.languages(),
                "skills", a.skills(), "maxSessions", a.maxSessions(), "available", a.available(),
                "absences", a.absences() == null ? null : a.absences().stream().map(AnimatorType::period).toList());
    }

    /** An animator's home commune and absences are personal data: the audit keeps neither (only that they changed). */
    @Override
    Map<String, Object> audited(AnimatorEntry a) {
        Map<String, Object> fields = new LinkedHashMap<>(fields(a));
        fields.remove("homeCommune");
        fields.remove("absences");
        return fields;
    }

    @Override
    Set<String> optionalCsvColumns() {
        return Set.of("provenance", "absences");
    }

    /** {@code 2026-12-01} for one day, {@code 2026-12-01..2026-12-03} for more. */
    static String period(AnimatorEntry.Absence a) {
        return a.from() != null && a.from().equals(a.to()) ? a.from().toString() : a.from() + ".." + a.to();
    }

    @Override
    AnimatorEntry example() {
        return new AnimatorEntry(null, null, null, List.of(), List.of(), null, List.of(), List.of(), null, null, null);
    }

    @Override
    AnimatorEntry read(ResultSet row) throws SQLException {
        List<AnimatorEntry.Absence> absences = stored(row.getString("absences")).stream().map(period -> {
            String[] days = period.split("\\.\\.");
            return new AnimatorEntry.Absence(LocalDate.parse(days[0]), LocalDate.parse(days[days.length - 1]));
        }).toList();
        return new AnimatorEntry(row.getString("id"), row.getString("name"), row.getString("home_commune"),
                stored(row.getString("languages")), stored(row.getString("skills")).stream().map(Skill::valueOf).toList(),
                row.getInt("max_sessions"), stored(row.getString("available")), absences, row.getLong("version"),
                provenance(row), retired(row));
    }

    @Override
    AnimatorEntry parse(Cells cells, Provenance provenance) {
        List<AnimatorEntry.Absence> absences = cells.absences("absences");
        return new AnimatorEntry(cells.text("id"), cells.text("name"), cells.text("homeCommune"),
                cells.list("languages"), cells.enumList("skills", Skill.class), cells.integer("maxSessions"),
                cells.list("available"), absences == null ? List.of() : absences, null, provenance, null);
    }

    @Override
    AnimatorEntry normalised(AnimatorEntry a) {
        List<String> languages = a.languages() == null ? null
                : a.languages().stream().map(l -> l == null ? null : l.trim().toLowerCase(Locale.ROOT)).toList();
        return new AnimatorEntry(a.id(), a.name() == null ? null : a.name().trim(), a.homeCommune(), languages,
                a.skills(), a.maxSessions(), a.available(), a.absences() == null ? List.of() : a.absences(),
                a.version() == null ? 0 : a.version(), a.provenance() == null ? Provenance.ENTERED : a.provenance(),
                Boolean.TRUE.equals(a.retired()));
    }

    @Override
    AnimatorEntry withId(AnimatorEntry a, String id) {
        return new AnimatorEntry(id, a.name(), a.homeCommune(), a.languages(), a.skills(), a.maxSessions(),
                a.available(), a.absences(), a.version(), a.provenance(), a.retired());
    }

    @Override
    AnimatorEntry with(AnimatorEntry a, long version, Provenance provenance, boolean retired) {
        return new AnimatorEntry(a.id(), a.name(), a.homeCommune(), a.languages(), a.skills(), a.maxSessions(),
                a.available(), a.absences(), version, provenance, retired);
    }

    @Override
    void check(AnimatorEntry a, Known known, Problems problems) {
        checkId(a.id(), problems);
        checkName(a.name(), problems);
        checkCommune(a.homeCommune(), "homeCommune", known, problems);
        if (problems.require(a.languages() != null && !a.languages().isEmpty(), "languages",
                "must list at least one language (ISO 639 codes such as fr, nl, ar)")) {
            Set<String> seen = new HashSet<>();
            for (String language : a.languages()) {
                if (language == null || !LANGUAGES.contains(language)) {
                    problems.add("languages", Cells.quoted(String.valueOf(language)) + " is not an ISO 639 language code");
                } else if (!seen.add(language)) {
                    problems.add("languages", "names " + Cells.quoted(language) + " twice");
                }
            }
        }
        if (problems.require(a.skills() != null, "skills", "is required (an empty list is written [] in JSON, blank in CSV)")) {
            problems.require(!a.skills().contains(null), "skills", "has a null");
            problems.require(new HashSet<>(a.skills()).size() == a.skills().size(), "skills", "names a skill twice");
        }
        checkCount(a.maxSessions(), "maxSessions", 0, problems);
        checkReferences(a.available(), "available", "timeslot", known.timeslots(), problems);
        problems.require(a.absences().size() <= MAX_ABSENCES, "absences", "has over " + MAX_ABSENCES + " periods");
        for (AnimatorEntry.Absence absence : a.absences()) {
            if (absence == null || absence.from() == null || absence.to() == null) {
                problems.add("absences", "each absence needs its from and to days");
            } else if (absence.to().isBefore(absence.from())) {
                problems.add("absences", "the absence " + period(absence) + " ends before it starts");
            }
        }
    }

    @Override
    List<String> references(AnimatorEntry a, EntryType<?> other) {
        return other == TIMESLOTS ? orEmpty(a.available()) : List.of();
    }
}
