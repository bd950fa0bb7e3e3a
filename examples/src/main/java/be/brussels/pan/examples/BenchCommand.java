package be.brussels.pan.examples;

import java.io.PrintStream;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** {@code bench diagnose}: runs the JMH benchmarks; the last line is {@code diagnose: <N> ops/s}. */
final class BenchCommand {

    private BenchCommand() {
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
            RunResult diagnose = new Runner(throughput).run().iterator().next();
            out.printf("engine ready: %.0f ms (mean of %d cold JVMs)%n",
                    startup.getPrimaryResult().getScore(), quick ? 2 : 10);
            out.printf("diagnose: %.0f ops/s%n", diagnose.getPrimaryResult().getScore());
            return 0;
        } catch (RunnerException e) {
            err.println("benchmark failed: " + e.getMessage());
            return 1;
        }
    }
}
