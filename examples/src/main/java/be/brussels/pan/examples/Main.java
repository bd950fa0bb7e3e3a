package be.brussels.pan.examples;

import be.brussels.pan.examples.population.DiffPopulationCommand;
import be.brussels.pan.examples.population.PopulationCommand;
import be.brussels.pan.roster.cli.RosterCli;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The examples command line: {@code java -jar examples/target/pan-examples.jar COMMAND …}.
 * Exit status 0 on success, 2 on bad input (contract violation, unknown command), 1 on an unexpected error or
 * when standard output could not be written.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int status = command(args, out, err);
        if (out.checkError()) {
            // A PrintStream swallows write errors (a full disk, a closed pipe): without this the command would
            // report success for output that was never written.
            err.println("error: the output could not be written");
            return status == 0 ? 1 : status;
        }
        return status;
    }

    private static int command(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "diagnose" -> DiagnoseCommand.run(rest, System.in, out, err);
                case "bench" -> rest.length > 0 && "roster".equals(rest[0])
                        ? RosterCli.run(args, System.in, out, err)
                        : BenchCommand.run(rest, out, err);
                case "requests" -> RequestMixCommand.run(rest, out, err);
                case "population" -> PopulationCommand.run(rest, out, err);
                case "diff-population" -> DiffPopulationCommand.run(rest, out, err);
                case "roster", "generate", "export", "check" -> RosterCli.run(args, System.in, out, err);
                case "help", "--help", "-h" -> {
                    usage(out);
                    yield 0;
                }
                default -> {
                    err.println("unknown command '" + args[0] + "'");
                    usage(err);
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            err.println("error: " + e);
            return 1;
        }
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar pan-examples.jar COMMAND");
        out.println("  diagnose FILE|-      diagnose the request(s) in FILE (or standard input); prints the response JSON");
        out.println("  bench diagnose       JMH: single-thread diagnoses per second and time to a ready engine");
        out.println("  requests N [SEED]    print N requests of the benchmark mix, one JSON per line (for load tests)");
        out.println("  population [--size N] [--seed S] [--out FILE]   diagnose a seeded synthetic population, one JSON line a person");
        out.println("  diff-population BEFORE AFTER [--examples N] [--format text|markdown]   what a rule change did to it");
        out.println("  roster PROBLEM.json [--seconds N]   solve a weekly roster; prints the solution JSON");
        out.println("  generate --size S|M|L|--sessions N --seed K [--feasible]   print an illustrative roster problem");
        out.println("  export csv|ics …                    export a roster (CSV, one iCalendar file per animator)");
        out.println("  check PROBLEM.json SOLUTION.json    independent check of a roster's hard constraints H1-H13");
        out.println("  bench roster         OptaPlanner Benchmarker over five instances (S, M, L, 300 feasible, M default)");
        out.println("  bench roster search  best score of generated weeks at budgets of score calculations (default S 1-20)");
    }
}
