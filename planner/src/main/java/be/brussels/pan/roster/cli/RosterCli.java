package be.brussels.pan.roster.cli;

import be.brussels.pan.roster.check.CheckReport;
import be.brussels.pan.roster.check.FeasibilityChecker;

import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import be.brussels.pan.roster.bench.BenchmarkSummary;
import be.brussels.pan.roster.bench.ReplanBenchmark;
import be.brussels.pan.roster.bench.RosterBenchmark;
import be.brussels.pan.roster.bench.SearchTrace;
import be.brussels.pan.roster.check.ProblemValidator;
import be.brussels.pan.roster.check.Violation;
import be.brussels.pan.roster.domain.Day;
import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.roster.export.CsvExport;
import be.brussels.pan.roster.export.IcsExport;
import be.brussels.pan.roster.generator.Absence;
import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.PublishedWeek;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.roster.json.SolutionJson;
import be.brussels.pan.roster.solver.RosterSolution;
import be.brussels.pan.roster.solver.RosterSolver;

/**
 * Command line of the planner; the examples module's main delegates to {@link #run}. Exit status: 0 success,
 * 2 bad input or usage (message on stderr, nothing on stdout), 1 unexpected failure.
 */
public final class RosterCli {

    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    static final String USAGE = String.join("\n",
            "usage:",
            "  roster PROBLEM.json|- [--seconds N] [--reproducible] [--seed K]",
            "                                                   solve for N s (1-" + RosterCli.MAX_SECONDS + ", default 30); solution JSON on stdout;",
            "                                                   --reproducible (seed K, default 0): the same roster every run",
            "  roster replan PROBLEM.json|- --published SOLUTION.json [--lock all|none|ID,ID...] [--seconds N]",
            "               [--reproducible] [--seed K]        re-plan a published week (default --lock none);",
            "                                                   the solution reports KEPT/MOVED/DROPPED/ADDED",
            "  generate --size S|M|L --seed K [--feasible]     print an illustrative problem JSON",
            "  generate --sessions N --seed K [--feasible]     the same with N sessions",
            "  generate --from PROBLEM.json|- --absent ANIMATOR:DAY|busiest [--published SOLUTION.json]",
            "                                                   the problem with one animator absent on one day;",
            "                                                   busiest: the one with most published sessions a day",
            "  bench roster [--quick] [--out DIR]               OptaPlanner Benchmarker (S, M, L and two more)",
            "  bench roster replan [--seeds N] [--seconds N]    re-planning after an absence on M weeks 1..N (default 5,",
            "                                                   10 s per solve): Markdown table on stdout",
            "  bench roster search [--size S|M|L] [--from K] [--to K] [--budgets N,N...]",
            "                                                   best score of generated seeds K..K (default S 1..20) at",
            "                                                   budgets of score calculations (default 1M,6M: 10 s, 60 s)",
            "  export csv SOLUTION.json PROBLEM.json            roster as CSV on stdout",
            "  export ics PROBLEM.json SOLUTION.json --out DIR [--week YYYY-Www]",
            "                                                   one iCalendar file per animator",
            "  check PROBLEM.json SOLUTION.json                 independent check of H1-H13 (status 1 if broken)");

    /** The longest solve the CLI accepts: one day (the service caps a solve at 600 s). */
    static final long MAX_SECONDS = 86_400;

    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    private RosterCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        logToStderrUnlessConfigured();
        try {
            Args a = new Args(args);
            String command = a.next("a command");
            return switch (command) {
                case "roster" -> roster(a, in, out, err);
                case "generate" -> generate(a, in, out);
                case "bench" -> bench(a, out, err);
                case "export" -> export(a, out);
                case "check" -> check(a, out);
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + command + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return BAD_INPUT;
        } catch (InvalidProblemException e) {
            err.println("invalid input: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("unexpected failure: " + e);
            e.printStackTrace(err);
            return FAILURE;
        }
    }

    /**
     * Stdout carries JSON, so solver logs must go to stderr. Logback's default would print them on stdout; unless
     * the embedding application configured logging itself, point Logback at the CLI configuration before the
     * first logger is created.
     */
    private static void logToStderrUnlessConfigured() {
        ClassLoader loader = RosterCli.class.getClassLoader();
        if (System.getProperty(LOGBACK_CONFIG) == null && loader.getResource("logback.xml") == null
                && loader.getResource("logback-test.xml") == null) {
            System.setProperty(LOGBACK_CONFIG, "be/brussels/pan/roster/cli/logback-cli.xml");
        }
    }

    private static int roster(Args a, InputStream in, PrintStream out, PrintStream err) {
        boolean replan = a.nextIs("replan");
        String source = a.next("PROBLEM.json (or - for stdin)");
        String publishedFile = replan ? a.option("--published", null) : null;
        String lock = replan ? a.option("--lock", "none") : null;
        long seconds = a.longOption("--seconds", 30);
        boolean reproducible = a.flag("--reproducible");
        Long seed = a.longOption("--seed");
        a.done();
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new UsageException("--seconds must be between 1 and " + MAX_SECONDS + " (one day), not " + seconds);
        }
        if (seed != null && !reproducible) {
            throw new UsageException("--seed is the seed of a reproducible solve: give --reproducible with it");
        }
        if (replan && publishedFile == null) {
            throw new UsageException("roster replan needs --published SOLUTION.json (a problem whose sessions carry "
                    + "their published assignments is re-planned by 'roster PROBLEM.json' itself)");
        }
        ProblemJson problem = source.equals("-") ? RosterJson.readProblem(in)
                : RosterJson.read(existing(source), ProblemJson.class);
        if (replan) {
            SolutionJson published;
            try {
                published = RosterJson.read(existing(publishedFile), SolutionJson.class);
            } catch (InvalidProblemException e) {
                throw e.inFile(publishedFile);
            }
            problem = PublishedWeek.apply(problem, published, lockRule(lock, problem));
        }
        RosterSolution solution;
        try (RosterSolver<String> solver = new RosterSolver<>(1, Duration.ofSeconds(MAX_SECONDS))) {
            RosterSolver<String>.SolveBuilder solve = solver.solveBuilder()
                    .withProblemId(problem.id())
                    .withProblem(problem)
                    .withTimeLimit(Duration.ofSeconds(seconds))
                    .withExceptionHandler((id, e) -> { }); // the failure is reported by run() below, once
            if (reproducible) {
                solve.withReproducibleSeed(seed == null ? 0 : seed);
            }
            solution = awaitEnd(solve.run());
        }
        out.println(RosterJson.write(solution.json()));
        if (reproducible && !solution.reproducible()) {
            err.println("warning: the time limit (--seconds " + seconds + ") ended the solve before its budget of "
                    + "score calculations: another run may give another roster (the machine calculated slower than "
                    + String.format(Locale.ROOT, "%,d", RosterSolver.REPRODUCIBLE_CALCULATIONS_PER_SECOND) + " per second)");
        }
        return OK;
    }

    /** {@code --lock}: all, none, or a comma-separated list of session ids of the problem. */
    private static java.util.function.Predicate<String> lockRule(String lock, ProblemJson problem) {
        if (lock.equals("all")) {
            return id -> true;
        }
        if (lock.equals("none")) {
            return id -> false;
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        problem.sessions().forEach(s -> ids.add(s.id()));
        java.util.Set<String> locked = new java.util.LinkedHashSet<>();
        for (String id : lock.split(",", -1)) {
            if (!ids.contains(id)) {
                throw new UsageException("--lock: '" + id + "' is not a session of the problem (all, none, or "
                        + "session ids separated by commas)");
            }
            locked.add(id);
        }
        return locked::contains;
    }

    /** The solve's final solution; a failure is rethrown as it was thrown, for {@link #run} to report. */
    private static RosterSolution awaitEnd(CompletableFuture<RosterSolution> end) {
        try {
            return end.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static int generate(Args a, InputStream in, PrintStream out) {
        String from = a.option("--from", null);
        String absent = a.option("--absent", null);
        if (from != null || absent != null) {
            return absence(a, in, out, from, absent, a.option("--published", null));
        }
        String size = a.option("--size", null);
        Long sessions = a.longOption("--sessions");
        Long seed = a.longOption("--seed");
        boolean feasible = a.flag("--feasible");
        a.done();
        // Absent is null: every value given is checked, and no value (-1, Long.MIN_VALUE) means "not given".
        Dimensions dimensions = null;
        if (size != null) {
            try {
                dimensions = Size.valueOf(size.toUpperCase(Locale.ROOT)).dimensions;
            } catch (IllegalArgumentException e) {
                throw new UsageException("--size must be S, M or L, not '" + size + "'");
            }
        }
        if (sessions != null && (sessions < 1 || sessions > 5000)) {
            throw new UsageException("--sessions must be between 1 and 5000, not " + sessions);
        }
        if (size != null && sessions != null) {
            throw new UsageException("give one of --size S|M|L or --sessions N, not both");
        }
        if (size == null && sessions == null) {
            throw new UsageException("generate needs --size S|M|L or --sessions N");
        }
        if (seed == null) {
            throw new UsageException("generate needs --seed K");
        }
        if (dimensions == null) {
            dimensions = Dimensions.forSessions(sessions.intValue());
        }
        out.println(RosterJson.write(ProblemGenerator.generate(dimensions, seed, feasible).problem()));
        return OK;
    }

    /** {@code generate --from PROBLEM --absent ANIMATOR:DAY|busiest}: a re-planning variant of a problem. */
    private static int absence(Args a, InputStream in, PrintStream out, String from, String absent,
                               String publishedFile) {
        a.done(); // --size, --seed... are left over here, and refused by name
        if (from == null || absent == null) {
            throw new UsageException("give both --from PROBLEM.json and --absent ANIMATOR:DAY (or busiest)");
        }
        ProblemJson problem;
        try {
            problem = from.equals("-") ? RosterJson.readProblem(in) : RosterJson.read(existing(from), ProblemJson.class);
            ProblemValidator.validate(problem);
        } catch (InvalidProblemException e) {
            throw from.equals("-") ? e : e.inFile(from);
        }
        Absence.Of absence;
        if (absent.equals("busiest")) {
            // Counted on the published sessions: in the problem, or in the solution published for it.
            ProblemJson published = problem;
            if (publishedFile != null) {
                try {
                    published = PublishedWeek.apply(problem, RosterJson.read(existing(publishedFile),
                            SolutionJson.class), id -> true);
                } catch (InvalidProblemException e) {
                    throw e.inFile(publishedFile);
                }
            }
            absence = Absence.hardest(published);
            if (absence == null) {
                throw new UsageException("--absent busiest needs published sessions: in the problem, or "
                        + "--published SOLUTION.json");
            }
        } else {
            if (publishedFile != null) {
                throw new UsageException("--published is only read to find the busiest animator (--absent busiest)");
            }
            int colon = absent.lastIndexOf(':');
            if (colon <= 0) {
                throw new UsageException("--absent must be ANIMATOR:DAY (e.g. anim-003:TUESDAY) or busiest, not '"
                        + absent + "'");
            }
            try {
                absence = new Absence.Of(absent.substring(0, colon),
                        Day.valueOf(absent.substring(colon + 1).toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--absent: '" + absent.substring(colon + 1) + "' is not a day "
                        + java.util.Arrays.toString(Day.values()));
            }
        }
        out.println(RosterJson.write(Absence.apply(problem, absence)));
        return OK;
    }

    private static int bench(Args a, PrintStream out, PrintStream err) {
        String what = a.next("what to benchmark (roster)");
        if (!what.equals("roster")) {
            throw new UsageException("only 'bench roster' exists");
        }
        if (a.nextIs("replan")) {
            long seeds = a.longOption("--seeds", 5);
            long seconds = a.longOption("--seconds", 10);
            a.done();
            if (seeds < 1 || seeds > 100) {
                throw new UsageException("--seeds must be between 1 and 100, not " + seeds);
            }
            if (seconds < 1 || seconds > 600) {
                throw new UsageException("--seconds must be between 1 and 600, not " + seconds);
            }
            Duration limit = Duration.ofSeconds(seconds);
            out.print(ReplanBenchmark.markdown(ReplanBenchmark.run((int) seeds, limit, limit)));
            return OK;
        }
        if (a.nextIs("search")) {
            return searchTrace(a, out, err);
        }
        boolean quick = a.flag("--quick");
        String dir = a.option("--out", null);
        a.done();
        Path outDir = dir == null ? null : outDir(dir);
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            // Checked before minutes of solving: the Benchmarker would only fail on it at the end, with a stack trace.
            throw new UsageException("--out: '" + dir + "' exists and is not a directory");
        }
        File result = RosterBenchmark.run(quick, outDir == null ? null : outDir.toFile());
        out.println("benchmark report: " + new File(result, "index.html").getPath());
        out.print(BenchmarkSummary.markdown(BenchmarkSummary.read(result)));
        return OK;
    }

    /**
     * {@code bench roster search}: the best score of generated instances at budgets of score calculations
     * ({@link SearchTrace}), one reproducible solve per instance and budget.
     */
    private static int searchTrace(Args a, PrintStream out, PrintStream err) {
        String sizeName = a.option("--size", "S");
        long from = a.longOption("--from", 1);
        long to = a.longOption("--to", 20);
        String budgetList = a.option("--budgets", "1000000,6000000");
        a.done();
        Size size;
        try {
            size = Size.valueOf(sizeName);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--size must be S, M or L, not '" + sizeName + "'");
        }
        if (from < 0 || to < from || to - from >= 1000) {
            throw new UsageException("--from and --to: 0 <= from <= to, at most 1000 seeds; not " + from + ".." + to);
        }
        long[] budgets;
        try {
            budgets = java.util.Arrays.stream(budgetList.split(",")).mapToLong(x -> Long.parseLong(x.trim())).toArray();
        } catch (NumberFormatException e) {
            throw new UsageException("--budgets: comma-separated counts of score calculations, not '" + budgetList + "'");
        }
        for (int i = 0; i < budgets.length; i++) {
            if (budgets[i] < 1000 || (i > 0 && budgets[i] <= budgets[i - 1])) {
                throw new UsageException("--budgets must increase, each at least 1000: '" + budgetList + "'");
            }
        }
        // A long run (minutes per instance) says how far it got on stderr; stdout carries only the table.
        out.print(SearchTrace.markdown(SearchTrace.run(size, from, to, budgets,
                row -> err.println("search trace: " + row)), budgets));
        return OK;
    }

    /**
     * {@code check PROBLEM.json SOLUTION.json}: the independent checker's verdict on a solution (H1–H13 and
     * every session exactly once); status 0 when feasible, 1 with one line per violation otherwise.
     */
    private static int check(Args a, PrintStream out) {
        // The arguments are checked before the files are read, parsed and validated.
        String problem = a.next("PROBLEM.json");
        String solution = a.next("SOLUTION.json");
        a.done();
        Inputs inputs = Inputs.read(problem, solution, false);
        CheckReport report = FeasibilityChecker.check(inputs.problem(), inputs.solution());
        long assigned = inputs.solution().assignments().size();
        out.printf("%s: %d violation(s); %d of %d sessions assigned%n", report.feasible() ? "feasible" : "INFEASIBLE",
                report.violations().size(), assigned, inputs.problem().sessions().size());
        report.violations().forEach(v -> out.println(v.line()));
        return report.feasible() ? OK : FAILURE;
    }

    private static int export(Args a, PrintStream out) {
        String format = a.next("csv or ics");
        switch (format) {
            case "csv" -> {
                String solution = a.next("SOLUTION.json");
                String problem = a.next("PROBLEM.json");
                a.done();
                Inputs inputs = Inputs.read(solution, problem, true);
                inputs.requireContract();
                CsvExport.write(inputs.problem(), inputs.solution(), out);
                out.flush();
            }
            case "ics" -> {
                String problem = a.next("PROBLEM.json");
                String solution = a.next("SOLUTION.json");
                String dir = a.option("--out", null);
                String week = a.option("--week", null);
                a.done();
                if (dir == null) {
                    throw new UsageException("export ics needs --out DIR");
                }
                Path outDir = outDir(dir);
                Inputs inputs = Inputs.read(problem, solution, false);
                inputs.requireContract();
                List<Path> files;
                try {
                    files = IcsExport.write(inputs.problem(), inputs.solution(), outDir,
                            monday(week, inputs.problem().id()));
                } catch (UncheckedIOException e) {
                    throw new IllegalArgumentException("--out: " + e.getMessage(), e);
                }
                files.forEach(f -> out.println(f));
            }
            default -> throw new UsageException("export format must be csv or ics, not '" + format + "'");
        }
        return OK;
    }

    /** The week to place events in: --week, else a YYYY-Www in the problem id, else the coming week (Brussels). */
    static LocalDate monday(String week, String problemId) {
        if (week != null) {
            try {
                return Week.monday(week);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--week: '" + week + "' " + e.getMessage());
            }
        }
        return Week.forProblem(problemId);
    }

    /** A non-blank, well-formed --out path; "" would mean the current directory. */
    private static Path outDir(String dir) {
        if (dir.isBlank()) {
            throw new UsageException("--out must name a directory, not be blank");
        }
        try {
            return Path.of(dir);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UsageException("--out: '" + dir + "' is not a valid path: " + e.getReason());
        }
    }

    private static Path existing(String file) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no such file: " + file);
        }
        return path;
    }

    /**
     * A problem and a solution; the two files are recognised by their top-level members (a solution has
     * {@code problemId}, {@code assignments} or {@code unassigned}), whatever their order; when neither file looks
     * like a solution, the command's documented order decides. Each file is read once, as strict UTF-8. Both are
     * checked before anything is written: the problem by {@link ProblemValidator}, the solution's lists by
     * {@link RosterJson} while reading, so bad input ends with status 2 and a message naming the field and the
     * file, not halfway.
     */
    private record Inputs(ProblemJson problem, SolutionJson solution, String solutionFile) {

        /**
         * Exports refuse a solution that breaks the contract's structure (the checker's COVERAGE, REFERENCE,
         * PARTIAL and REASONS) before writing anything; a roster that only breaks hard constraints is exported.
         */
        void requireContract() {
            List<Violation> breaks = FeasibilityChecker.check(problem, solution).contractBreaks();
            if (!breaks.isEmpty()) {
                Violation v = breaks.get(0);
                String more = breaks.size() == 1 ? "" : "; " + (breaks.size() - 1) + " more, 'check' lists them all";
                throw new InvalidProblemException(v.session() == null ? "solution" : "session " + v.session(),
                        v.detail() + " [" + v.constraint() + more + "]").inFile(solutionFile);
            }
        }

        static Inputs read(String first, String second, boolean solutionFirst) {
            String firstText = text(first);
            String secondText = text(second);
            boolean firstIsSolution = RosterJson.isSolution(firstText);
            boolean secondIsSolution = RosterJson.isSolution(secondText);
            if (firstIsSolution && secondIsSolution) {
                throw new IllegalArgumentException("both " + first + " and " + second + " are solutions (top-level "
                        + "problemId, assignments or unassigned); give one problem and one solution");
            }
            boolean solutionIsFirst = firstIsSolution || (!secondIsSolution && solutionFirst);
            String problemFile = solutionIsFirst ? second : first;
            String solutionFile = solutionIsFirst ? first : second;
            ProblemJson problem;
            try {
                problem = RosterJson.readProblem(solutionIsFirst ? secondText : firstText);
                ProblemValidator.validate(problem);
            } catch (InvalidProblemException e) {
                throw e.inFile(problemFile);
            }
            try {
                return new Inputs(problem, RosterJson.readSolution(solutionIsFirst ? firstText : secondText),
                        solutionFile);
            } catch (InvalidProblemException e) {
                throw e.inFile(solutionFile);
            }
        }

        /** The file's text, read once; not being UTF-8 is bad input naming the file (a leading BOM is dropped). */
        private static String text(String file) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(existing(file));
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new IllegalArgumentException(file + " is not UTF-8 text (JSON must be UTF-8)");
            }
        }
    }
}
