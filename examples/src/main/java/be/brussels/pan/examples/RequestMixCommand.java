package be.brussels.pan.examples;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.engine.DiagnosisJson;
import java.io.PrintStream;
import java.util.regex.Pattern;

/**
 * {@code requests N [SEED]}: prints N requests of the benchmark mix ({@link RequestMix}), one JSON object
 * per line. The service's load test posts them in turn, so it measures the same mix as the engine's JMH
 * benchmark rather than one request repeated.
 */
final class RequestMixCommand {

    /** ASCII digits only: Java's parsers would also take other scripts' digits (٣ for 3). */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

    private RequestMixCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: requests N [SEED]   (N from 1 to 100000)");
            return 2;
        }
        if (!WHOLE_NUMBER.matcher(args[0]).matches()) {
            err.println("N must be a whole number from 1 to 100000, not '" + args[0] + "'");
            return 2;
        }
        if (args.length == 2 && !WHOLE_NUMBER.matcher(args[1]).matches()) {
            err.println("SEED must be a whole number, not '" + args[1] + "'");
            return 2;
        }
        long size;
        long seed;
        try {
            size = Long.parseLong(args[0]);
        } catch (NumberFormatException tooLong) {
            size = Long.MAX_VALUE; // reported as out of range below
        }
        if (size < 1 || size > 100_000) {
            err.println("N must be from 1 to 100000, not " + args[0]);
            return 2;
        }
        try {
            seed = args.length == 2 ? Long.parseLong(args[1]) : DiagnoseBenchmark.SEED;
        } catch (NumberFormatException e) {
            err.println("SEED must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not " + args[1]);
            return 2;
        }
        for (DiagnosisRequest request : RequestMix.of((int) size, seed)) {
            out.println(DiagnosisJson.write(request));
        }
        return 0;
    }
}
