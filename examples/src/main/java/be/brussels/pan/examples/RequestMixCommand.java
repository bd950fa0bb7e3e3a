package be.brussels.pan.examples;

import be.brussels.pan.diagnosis.DiagnosisJson;
import be.brussels.pan.diagnosis.DiagnosisRequest;
import java.io.PrintStream;

/**
 * {@code requests N [SEED]}: prints N requests of the benchmark mix ({@link RequestMix}), one JSON object
 * per line. The service's load test posts them in turn, so it measures the same mix as the engine's JMH
 * benchmark rather than one request repeated.
 */
final class RequestMixCommand {

    private RequestMixCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: requests N [SEED]   (N from 1 to 100000)");
            return 2;
        }
        int size;
        long seed;
        try {
            size = Integer.parseInt(args[0]);
            seed = args.length == 2 ? Long.parseLong(args[1]) : DiagnoseBenchmark.SEED;
        } catch (NumberFormatException e) {
            err.println("N and SEED must be whole numbers: " + e.getMessage());
            return 2;
        }
        if (size < 1 || size > 100_000) {
            err.println("N must be from 1 to 100000, not " + size);
            return 2;
        }
        for (DiagnosisRequest request : RequestMix.of(size, seed)) {
            out.println(DiagnosisJson.write(request));
        }
        return 0;
    }
}
