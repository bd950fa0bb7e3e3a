package be.brussels.pan.examples;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.seats.SeatSnapshot;
import be.brussels.pan.engine.Assessment;
import be.brussels.pan.engine.DiagnosisEngine;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * In-process diagnoses per second, single thread, cycling over a mix of 1,000 requests; without a seat snapshot
 * ({@code sessions = 0}: {@code diagnose(request)}, as before issue 14) and with one of 500 upcoming sessions
 * ({@code diagnose(request, seats)}, the same snapshot object for every call, as the service hands the engine
 * its briefly cached snapshot). {@code assess} is {@code assessAll} of one request: the response and every
 * offer's exclusion, as the service stores them with a diagnosis.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiagnoseBenchmark {

    /** The seed of the benchmark mix, shared with the service's load test ({@code requests 1000}). */
    public static final long SEED = 20261126L;
    /** The snapshot's date: its sessions fill the four weeks after it. */
    public static final Instant AS_OF = Instant.parse("2026-12-01T07:00:00Z");

    @Param({"0", "500"})
    public int sessions;

    private DiagnosisEngine engine;
    private List<DiagnosisRequest> requests;
    private SeatSnapshot seats;
    private int next;

    @Setup
    public void setUp() {
        engine = DiagnosisEngine.withDefaultCatalog();
        requests = RequestMix.of(1000, SEED);
        seats = sessions == 0 ? null : BenchSeats.of(engine.catalog(), sessions, AS_OF, SEED);
    }

    @Benchmark
    public DiagnosisResponse diagnose() {
        return seats == null ? engine.diagnose(nextRequest()) : engine.diagnose(nextRequest(), seats);
    }

    @Benchmark
    public Assessment assess() {
        return engine.assessAll(List.of(nextRequest()), seats).get(0);
    }

    private DiagnosisRequest nextRequest() {
        DiagnosisRequest request = requests.get(next);
        next = next + 1 == requests.size() ? 0 : next + 1;
        return request;
    }
}
