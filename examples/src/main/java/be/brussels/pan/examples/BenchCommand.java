package be.brussels.pan.examples;

import java.io.PrintStream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code bench diagnose}: runs the JMH benchmarks; one line per case (with and without a seat snapshot of 500
 * sessions, diagnose alone and with exclusions), the last line still {@code diagnose: <N> ops/s} without a snapshot.
 */
final class BenchCommand {

    private BenchCommand() {
    }

    private static double score(java.util.Map<String, RunResult> byCase, String key) {
        RunResult result = byCase.get(key);
        if (result == null) {
            throw new IllegalStateException("the benchmark gave no result for " + key);
        }
        return result.getPrimaryResult().getScore();
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean isDiagnose = args.length >= 1 && "diagnose".equals(args[0]);
        boolean quick = args.length == 2 && "--quick".equals(args[1]);
        if (!isDiagnose || args.length > 2 || (args.length == 2 && !quick)) {
            // A typo such as --quik must not start the ten-minute full run.
            err.println("usage: bench diagnose [--quick]   or   bench roster [--quick] [--out DIR]");
            return 2;
        }
        try {
            Options ready = new OptionsBuilder()
                    .include(EngineStartupBenchmark.class.getSimpleName())
                    .forks(quick ? 2 : 10)
                    .build();
            RunResult startup = new Runner(ready).run().iterator().next();
            Options throughput = new OptionsBuilder()
                    .include(DiagnoseBenchmark.class.getSimpleName())
                    .forks(1)
                    .warmupIterations(quick ? 2 : 5).warmupTime(org.openjdk.jmh.runner.options.TimeValue.seconds(quick ? 2 : 5))
                    .measurementIterations(quick ? 3 : 10).measurementTime(org.openjdk.jmh.runner.options.TimeValue.seconds(quick ? 2 : 5))
                    .threads(1)
                    .build();
            java.util.Map<String, RunResult> byCase = new java.util.TreeMap<>();
            for (RunResult result : new Runner(throughput).run()) {
                String method = result.getParams().getBenchmark();
                byCase.put(method.substring(method.lastIndexOf('.') + 1) + "/" + result.getParams().getParam("sessions"),
                        result);
            }
            out.printf("engine ready: %.0f ms (mean of %d cold JVMs)%n",
                    startup.getPrimaryResult().getScore(), quick ? 2 : 10);
            double without = score(byCase, "diagnose/0");
            out.printf("assess (diagnose and exclusions), no snapshot: %.0f ops/s%n", score(byCase, "assess/0"));
            out.printf("assess (diagnose and exclusions), 500 sessions: %.0f ops/s%n", score(byCase, "assess/500"));
            out.printf("diagnose with a snapshot of 500 sessions: %.0f ops/s (%.0f %% of without)%n",
                    score(byCase, "diagnose/500"), 100 * score(byCase, "diagnose/500") / without);
            out.printf("diagnose: %.0f ops/s%n", without);
            return 0;
        } catch (RunnerException e) {
            err.println("benchmark failed: " + e.getMessage());
            return 1;
        }
    }
}
