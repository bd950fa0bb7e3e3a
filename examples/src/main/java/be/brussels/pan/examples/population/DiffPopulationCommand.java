package be.brussels.pan.examples.population;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code diff-population BEFORE.jsonl AFTER.jsonl [--examples N] [--format text|markdown]}: what a change of
 * the rules did to the same population ({@link PopulationDiff}, written by {@link DiffReport}). Exit 0 with
 * the report, 2 with an error on bad input (a file, a line, two populations that are not the same).
 */
public final class DiffPopulationCommand {

    static final String USAGE = "usage: diff-population BEFORE.jsonl AFTER.jsonl [--examples N] [--format text|markdown]"
            + "   (N from 0 to 100, default 5)";

    private DiffPopulationCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        int examples;
        DiffReport.Format format;
        try {
            options = Options.parse(args, Set.of("--examples", "--format"));
            if (options.positional().size() != 2) {
                throw new BadInputException("two files are needed, BEFORE and AFTER; " + options.positional().size() + " given");
            }
            examples = (int) options.whole("--examples", 5, 0, 100);
            format = switch (options.text("--format", "text")) {
                case "text" -> DiffReport.Format.TEXT;
                case "markdown" -> DiffReport.Format.MARKDOWN;
                default -> throw new BadInputException("--format must be text or markdown, not '"
                        + options.text("--format", "") + "'");
            };
        } catch (BadInputException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        PopulationDiff diff;
        try {
            diff = PopulationDiff.compare(options.positional().get(0), options.positional().get(1), examples);
        } catch (BadInputException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        // UTF-8 whatever the platform's charset: the report is committed, and its arrows must survive a C locale.
        out.writeBytes(DiffReport.of(diff, format).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
