package be.brussels.pan.roster.export;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import be.brussels.pan.roster.export.RosterRows.Row;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.SolutionJson.UnassignedJson;
import be.brussels.pan.roster.json.SolutionJson;

/** The roster as RFC 4180 CSV: one row per session, assigned ones by day and time, then the unassigned. */
public final class CsvExport {

    static final String[] HEADER = {"session", "status", "day", "start", "end", "timeslot", "venue", "venue_name",
            "venue_commune", "animator", "animator_name", "kit", "kind", "language", "target_group", "participants",
            "demand_commune", "priority", "reasons"};

    private CsvExport() {
    }

    private static void print(CSVPrinter csv, Object... cells) throws IOException {
        for (int i = 0; i < cells.length; i++) { // the varargs array is this call's own
            cells[i] = cell(cells[i]);
        }
        csv.printRecord(cells);
    }

    /**
     * A text cell a spreadsheet will not run: names and reasons come from the problem file, and a cell such as
     * {@code =HYPERLINK(...)} would be a formula when the CSV is opened (OWASP's "CSV injection"). Such text gets a
     * leading apostrophe, which spreadsheets show as text. Numbers are written as they are.
     */
    static Object cell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** The columns of {@link #writeDated}, as keys of {@link Wording#column}. */
    public static final java.util.List<String> DATED_COLUMNS = java.util.List.of("date", "day", "start", "end",
            "commune", "venue", "address", "kind", "language", "public", "participants", "animator", "kit", "status",
            "reasons", "session");

    /**
     * The roster as a planner reads it: one row per session, with its date in the week of {@code monday}
     * (Brussels), and the names of its commune, kind, language and public in {@code words}; the unassigned ones
     * last, with their reasons. The column titles are {@link #DATED_COLUMNS} in {@code words}.
     */
    public static void writeDated(ProblemJson problem, SolutionJson solution, java.time.LocalDate monday,
                                  Wording words, Appendable out) {
        RosterRows rows = RosterRows.of(problem, solution);
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                    .setHeader(DATED_COLUMNS.stream().map(words::column).toArray(String[]::new)).build());
            for (Row r : rows.assigned()) {
                var s = r.session();
                var kit = r.kit() == null ? null : rows.index().kits.get(r.kit());
                print(csv, monday.plusDays(r.timeslot().day().ordinal()).toString(), words.day(r.timeslot().day()),
                        r.timeslot().start(), r.timeslot().end(), words.commune(r.venue().commune()), r.venue().name(),
                        r.venue().address() == null ? "" : r.venue().address(), words.kind(s.kind()),
                        words.language(s.language()), words.targetGroup(s.targetGroup()), s.participants(),
                        r.animator().name(), kit == null ? (r.kit() == null ? "" : r.kit()) : kit.name(),
                        words.column("assigned"), "", s.id());
            }
            for (UnassignedJson u : solution.unassigned()) {
                var s = rows.index().sessions.get(u.session());
                print(csv, "", "", "", "", s == null ? "" : words.commune(s.commune()), "", "",
                        s == null ? "" : words.kind(s.kind()), s == null ? "" : words.language(s.language()),
                        s == null ? "" : words.targetGroup(s.targetGroup()), s == null ? "" : s.participants(), "", "",
                        words.column("unassigned"), String.join(" | ", u.reasons()), u.session());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(ProblemJson problem, SolutionJson solution, Appendable out) {
        // Resolved before the header is printed: an unknown id fails with nothing written.
        RosterRows rows = RosterRows.of(problem, solution);
        try {
            // Flushed, not closed: the Appendable is the caller's (standard output for the CLI), and closing it made
            // every later write - and the CLI's check that the output was written - fail.
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build());
            for (Row r : rows.assigned()) {
                print(csv, r.session().id(), "assigned", r.timeslot().day(), r.timeslot().start(),
                        r.timeslot().end(), r.timeslot().id(), r.venue().id(), r.venue().name(), r.venue().commune(),
                        r.animator().id(), r.animator().name(), r.kit(), r.session().kind(), r.session().language(),
                        r.session().targetGroup(), r.session().participants(), r.session().commune(),
                        r.session().priority(), "");
            }
            for (UnassignedJson u : solution.unassigned()) {
                var s = rows.index().sessions.get(u.session());
                print(csv, u.session(), "unassigned", "", "", "", "", "", "", "", "", "", "",
                        s == null ? "" : s.kind(), s == null ? "" : s.language(), s == null ? "" : s.targetGroup(),
                        s == null ? "" : s.participants(), s == null ? "" : s.commune(),
                        s == null ? "" : s.priority(), String.join(" | ", u.reasons()));
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
