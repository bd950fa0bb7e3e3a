package be.brussels.pan.examples.population;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link PopulationDiff} as text (aligned columns) or Markdown (to paste into docs/rules.md). Every
 * row and column is in a fixed order and nothing depends on time or on the order of the files' lines, so the
 * report of the same two files is the same bytes and can be committed and diffed.
 */
public final class DiffReport {

    public enum Format { TEXT, MARKDOWN }

    private final Format format;
    private final StringBuilder out = new StringBuilder();

    private DiffReport(Format format) {
        this.format = format;
    }

    public static String of(PopulationDiff diff, Format format) {
        return new DiffReport(format).write(diff);
    }

    private String write(PopulationDiff diff) {
        Counts all = diff.all();
        heading(1, "Policy diff");
        items("before: " + diff.beforeFile() + " (rule base " + String.join(", ", diff.ruleBaseVersionsBefore()) + ")",
                "after:  " + diff.afterFile() + " (rule base " + String.join(", ", diff.ruleBaseVersionsAfter()) + ")",
                "people: " + all.people() + ", of whom " + all.changedAny() + " (" + percent(all.changedAny(), all.people())
                        + ") have at least one outcome changed");

        heading(2, "Changes");
        List<List<String>> rows = new ArrayList<>();
        for (Change change : Change.values()) {
            rows.add(List.of(change.label(), Integer.toString(all.changed(change)), percent(all.changed(change), all.people())));
        }
        rows.add(List.of("any of the above", Integer.toString(all.changedAny()), percent(all.changedAny(), all.people())));
        table(List.of("outcome", "people changed", "share"), rows);
        paragraph("Start Digital: now proposed to " + people(diff.startDigitalGained()) + " who did not have it, no longer to "
                        + people(diff.startDigitalLost()) + " who had it.",
                "\"top-3 offers, in order\" counts every change of the first three offers or of their order; "
                        + "\"as a set\" only a change of which offers they are.");

        heading(2, "By target group");
        paragraph("A person counts under each target group they are in before or after the change (so under several); "
                + "joined: in the group after and not before; left: the reverse.");
        breakdown("target group", diff.byTargetGroup(), true);

        heading(2, "By commune");
        paragraph("The commune of the request's postcode (NIS code); a person without a profile has no postcode.");
        breakdown("commune", diff.byPlace(), false);

        transitions("fragility level", diff.level());
        transitions("urgency", diff.urgency());
        transitions("persona", diff.persona());

        heading(2, "Examples");
        for (Change change : Change.values()) {
            List<Example> examples = diff.examples(change);
            int changed = all.changed(change);
            heading(3, change.label() + " (" + examplesOf(examples.size(), changed) + ")");
            List<String> lines = new ArrayList<>();
            for (Example example : examples) {
                lines.add("id " + example.id() + ": " + example.before() + " → " + example.after()
                        + " (" + example.summary() + ")");
            }
            if (!lines.isEmpty()) {
                items(lines.toArray(String[]::new));
            }
        }
        return out.toString();
    }

    private <K> void breakdown(String name, Map<K, Counts> rows, boolean groups) {
        List<String> header = new ArrayList<>(List.of(name));
        if (!groups) {
            header.add("NIS");
        }
        header.addAll(List.of("people", "changed", "share"));
        for (Change change : Change.values()) {
            header.add(change.label());
        }
        if (groups) {
            header.addAll(List.of("joined", "left"));
        }
        List<List<String>> lines = new ArrayList<>();
        for (Map.Entry<K, Counts> row : rows.entrySet()) {
            Counts counts = row.getValue();
            List<String> line = new ArrayList<>();
            if (row.getKey() instanceof Place place) {
                line.add(place.name());
                line.add(place.nis());
            } else {
                line.add(row.getKey().toString());
            }
            line.addAll(List.of(Integer.toString(counts.people()), Integer.toString(counts.changedAny()),
                    percent(counts.changedAny(), counts.people())));
            for (Change change : Change.values()) {
                line.add(Integer.toString(counts.changed(change)));
            }
            if (groups) {
                line.addAll(List.of(Integer.toString(counts.joinedCount()), Integer.toString(counts.leftCount())));
            }
            lines.add(line);
        }
        table(header, lines);
    }

    private void transitions(String name, Transitions transitions) {
        heading(2, "Transitions: " + name);
        paragraph("Rows: before the change; columns: after. The diagonal is the people whose " + name + " stayed.");
        List<String> values = transitions.values();
        List<String> header = new ArrayList<>(List.of("before \\ after"));
        header.addAll(values);
        List<List<String>> rows = new ArrayList<>();
        for (String from : values) {
            List<String> row = new ArrayList<>(List.of(from));
            for (String to : values) {
                row.add(Integer.toString(transitions.count(from, to)));
            }
            rows.add(row);
        }
        table(header, rows);
    }

    private static String examplesOf(int shown, int changed) {
        if (changed == 0) {
            return "no change";
        }
        if (shown == 0) {
            return people(changed) + " changed; no example asked";
        }
        return (shown == changed ? (changed == 1 ? "the one" : "all " + changed) : "the first " + shown + " of " + changed)
                + ", by id";
    }

    private static String people(int count) {
        return count + (count == 1 ? " person" : " people");
    }

    static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }

    private void heading(int level, String title) {
        if (format == Format.MARKDOWN) {
            // Level 3 and down: the report goes under a section of docs/rules.md.
            out.append("#".repeat(level + 2)).append(' ').append(title).append("\n\n");
        } else {
            out.append(title).append('\n').append((level == 1 ? "=" : level == 2 ? "-" : "~").repeat(title.length()))
                    .append("\n\n");
        }
    }

    /** Lines that must stay lines: a list in Markdown (which would join them into one paragraph). */
    private void items(String... lines) {
        for (String line : lines) {
            out.append(format == Format.MARKDOWN ? "- " : "").append(line).append('\n');
        }
        out.append('\n');
    }

    private void paragraph(String... lines) {
        for (String line : lines) {
            out.append(line).append('\n');
        }
        out.append('\n');
    }

    private void table(List<String> header, List<List<String>> rows) {
        if (format == Format.MARKDOWN) {
            out.append(markdownRow(header));
            List<String> rule = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                rule.add(i == 0 ? "---" : "---:");
            }
            out.append("|").append(String.join("|", rule)).append("|\n");
            rows.forEach(row -> out.append(markdownRow(row)));
        } else {
            int[] widths = new int[header.size()];
            List<List<String>> lines = new ArrayList<>();
            lines.add(header);
            lines.addAll(rows);
            for (List<String> line : lines) {
                for (int i = 0; i < line.size(); i++) {
                    widths[i] = Math.max(widths[i], line.get(i).length());
                }
            }
            for (List<String> line : lines) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < line.size(); i++) {
                    String cell = line.get(i);
                    String pad = String.join("", Collections.nCopies(widths[i] - cell.length(), " "));
                    text.append(i == 0 ? cell + pad : "  " + pad + cell);
                }
                out.append(text.toString().stripTrailing()).append('\n');
            }
        }
        out.append('\n');
    }

    private static String markdownRow(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }
}
