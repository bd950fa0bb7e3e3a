package be.brussels.pan.examples;

import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.engine.DiagnosisEngine;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** In-process diagnoses per second, single thread, cycling over a mix of 1,000 requests. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiagnoseBenchmark {

    /** The seed of the benchmark mix, shared with the service's load test ({@code requests 1000}). */
    public static final long SEED = 20261126L;

    private DiagnosisEngine engine;
    private List<DiagnosisRequest> requests;
    private int next;

    @Setup
    public void setUp() {
        engine = DiagnosisEngine.withDefaultCatalog();
        requests = RequestMix.of(1000, SEED);
    }

    @Benchmark
    public DiagnosisResponse diagnose() {
        DiagnosisRequest request = requests.get(next);
        next = next + 1 == requests.size() ? 0 : next + 1;
        return engine.diagnose(request);
    }
}
