package be.brussels.pan.examples;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.engine.DiagnosisEngine;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time from a cold JVM to an engine that has answered its first diagnosis: one shot per forked JVM, no
 * warm-up, so class loading and the rule base's start are all counted.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class EngineStartupBenchmark {

    @Benchmark
    public DiagnosisResponse readyEngine() {
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
        return engine.diagnose(DiagnosisRequest.of(
                new Answers(Device.SMARTPHONE_ONLY, Internet.NONE, Ability.CANNOT, Ability.CANNOT)));
    }
}
