import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.examples.BenchSeats;
import be.brussels.pan.examples.DiagnoseBenchmark;
import be.brussels.pan.examples.RequestMix;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The cost of a seat snapshot (or of the exclusions) measured on a shared, loaded machine, where JMH's runs one
 * after the other see different loads: alternates blocks of diagnoses without and with it (ABBA order), so that
 * both see the same load, and gives the rates per wall-clock second and per CPU-second of the diagnosing thread
 * (the latter barely moved by other processes). The requests and the 500-session snapshot are those of
 * DiagnoseBenchmark (bench diagnose).
 *
 *   java -cp examples/target/pan-examples.jar tools/bench/PairedSeats.java [rounds] [millisPerBlock]
 *   java -Dassess=true -cp … tools/bench/PairedSeats.java      # assessAll (with exclusions) instead of a snapshot
 */
public class PairedSeats {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        long block = args.length > 1 ? Long.parseLong(args[1]) : 500;
        boolean assess = Boolean.getBoolean("assess");
        String other = assess ? "assessAll (exclusions), no snapshot" : "a snapshot of 500 sessions";
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
        List<DiagnosisRequest> requests = RequestMix.of(1000, DiagnoseBenchmark.SEED);
        SeatSnapshot seats = BenchSeats.of(engine.catalog(), 500, DiagnoseBenchmark.AS_OF, DiagnoseBenchmark.SEED);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int next = 0;
        long sink = 0;
        long warm = System.nanoTime() + Long.getLong("warmupSeconds", 30) * 1_000_000_000L;
        while (System.nanoTime() < warm) {
            DiagnosisRequest r = requests.get(next++ % requests.size());
            sink += engine.diagnose(r).orientations().size() + engine.diagnose(r, seats).orientations().size()
                    + engine.assessAll(List.of(r), null).size();
        }
        long[] counts = new long[2];
        long[] nanos = new long[2];
        long[] cpuNanos = new long[2];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < 2; i++) {
                int v = round % 2 == 0 ? i : 1 - i;
                long cpuStart = cpu.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                long stop = start + block * 1_000_000L;
                long n = 0;
                long now;
                do {
                    DiagnosisRequest r = requests.get(next++ % requests.size());
                    sink += v == 0 ? engine.diagnose(r).orientations().size()
                            : assess ? engine.assessAll(List.of(r), null).get(0).exclusions().size()
                            : engine.diagnose(r, seats).orientations().size();
                    n++;
                } while ((now = System.nanoTime()) < stop);
                counts[v] += n;
                nanos[v] += now - start;
                cpuNanos[v] += cpu.getCurrentThreadCpuTime() - cpuStart;
            }
        }
        System.out.printf("per wall-clock second: without %.0f, with %s %.0f: %.1f %%%n", rate(counts[0], nanos[0]),
                other, rate(counts[1], nanos[1]), 100 * rate(counts[1], nanos[1]) / rate(counts[0], nanos[0]));
        System.out.printf("per CPU-second of the diagnosing thread: without %.0f, with %s %.0f: %.1f %%%n",
                rate(counts[0], cpuNanos[0]), other, rate(counts[1], cpuNanos[1]),
                100 * rate(counts[1], cpuNanos[1]) / rate(counts[0], cpuNanos[0]));
        System.out.printf("(%d rounds of two %d ms blocks; %d)%n", rounds, block, sink % 10);
    }

    private static double rate(long count, long nanos) {
        return count * 1e9 / nanos;
    }
}
