package be.brussels.pan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.DiagnosisJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The requests command: the load test's bodies are valid contract requests, reproducible from the seed. */
class RequestMixCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return RequestMixCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyLineIsAValidRequestTheEngineDiagnoses() {
        assertThat(run("60")).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(60).doesNotHaveDuplicates();
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
        for (String line : lines) {
            DiagnosisJson.Body body = DiagnosisJson.parse(line);
            assertThat(body.isBatch()).isFalse();
            assertThat(engine.diagnose(body.requests().get(0)).persona()).isNotNull();
        }
        // The mix's thirds: answers only, with a profile, with a profile and the extended answers.
        assertThat(lines.stream().filter(l -> l.contains("\"profile\":null"))).hasSize(20);
        assertThat(lines.stream().filter(l -> !l.contains("\"extended\":null"))).hasSize(20);
        assertThat(err.size()).isZero();
    }

    @Test
    void theSameSeedGivesTheSameRequests() {
        run("25", "7");
        String first = out.toString(StandardCharsets.UTF_8);
        out.reset();
        run("25", "7");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void aBadCountIsRefusedWithNothingPrinted() {
        assertThat(run("many")).isEqualTo(2);
        assertThat(run("0")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("N must be from 1 to 100000, not 0");
    }

    @Test
    void theErrorSaysWhetherNOrSeedIsWrong() {
        assertThat(run("99999999999")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("N must be from 1 to 100000, not 99999999999");
        err.reset();
        assertThat(run("1", "x")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("SEED must be a whole number, not 'x'");
        err.reset();
        assertThat(run("1", "99999999999999999999")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("SEED must be a whole number from");
        err.reset();
        // Java's parser reads other scripts' digits too: \u0663 is an Arabic-Indic 3.
        assertThat(run("\u0663")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("N must be a whole number from 1 to 100000");
        assertThat(out.size()).isZero();
    }
}
