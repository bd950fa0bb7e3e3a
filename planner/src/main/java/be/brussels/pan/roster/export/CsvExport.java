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
