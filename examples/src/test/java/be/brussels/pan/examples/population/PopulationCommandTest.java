package be.brussels.pan.examples.population;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.DiagnosisJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The population command: one line a person, the request as sent and the engine's response, the same bytes twice. */
class PopulationCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PopulationCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void twoRunsWriteTheSameBytes(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");

        assertThat(run("--size", "120", "--seed", "7", "--out", first.toString())).isZero();
        assertThat(run("--size", "120", "--seed", "7", "--out", second.toString())).isZero();

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(first)).hasSize(120);
        assertThat(out.size()).as("nothing on standard output when writing a file").isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("population: 120 people (seed 7, rule base");
        assertThat(dir.toFile().list()).as("no partial file left").containsExactlyInAnyOrder("first.jsonl", "second.jsonl");
    }

    @Test
    void eachLineIsTheIdTheRequestAsSentAndTheEnginesResponse() throws Exception {
        assertThat(run("--size", "30", "--seed", "11")).isZero();

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(30);
        Population population = new Population(11);
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = DiagnosisJson.mapper().readTree(lines.get(i));
            Person person = population.person(i + 1);
            assertThat(line.fieldNames()).toIterable().containsExactly("id", "request", "response");
            assertThat(line.get("id").asLong()).isEqualTo(i + 1);
            assertThat(line.get("request").toString()).isEqualTo(person.requestJson());
            assertThat(line.get("response"))
                    .isEqualTo(DiagnosisJson.mapper().readTree(DiagnosisJson.write(engine.diagnose(person.request()))));
        }
    }

    @Test
    void theDefaultsAreTenThousandPeopleOfSeed2021() {
        assertThat(Population.DEFAULT_SIZE).isEqualTo(10_000);
        assertThat(Population.DEFAULT_SEED).isEqualTo(2021);
        assertThat(PopulationCommand.USAGE).contains("default 10000").contains("default 2021");
    }

    @Test
    void badArgumentsAreNamedAndNothingIsWritten(@TempDir Path dir) {
        String file = dir.resolve("p.jsonl").toString();
        assertThat(run("--size", "0", "--out", file)).isEqualTo(2);
        assertThat(run("--size", "many", "--out", file)).isEqualTo(2);
        assertThat(run("--size", "\u0663", "--out", file)).isEqualTo(2);
        assertThat(run("--seed", "x", "--out", file)).isEqualTo(2);
        assertThat(run("--sise", "10", "--out", file)).isEqualTo(2);
        assertThat(run("--size")).isEqualTo(2);
        assertThat(run("--size", "1", "--size", "2")).isEqualTo(2);
        assertThat(run("10")).isEqualTo(2);
        assertThat(run("--size", "1", "--out", dir.resolve("missing").resolve("p.jsonl").toString())).isEqualTo(2);
        assertThat(run("--size", "1", "--out", dir.toString())).isEqualTo(2);

        assertThat(out.size()).isZero();
        assertThat(dir.resolve("p.jsonl")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("--size must be from 1 to 1000000, not 0")
                .contains("--size must be a whole number from 1 to 1000000, not 'many'")
                .contains("--seed must be a whole number")
                .contains("unknown option --sise")
                .contains("--size needs a value")
                .contains("--size is given twice")
                .contains("unexpected argument '10'")
                .contains("no such directory")
                .contains("is a directory");
    }

    @Test
    void anySeedOfJavaIsAccepted() {
        assertThat(run("--size", "2", "--seed", "9223372036854775807")).isZero();
        assertThat(run("--size", "2", "--seed", "-9223372036854775808")).isZero();
        assertThat(run("--size", "2", "--seed", "9223372036854775808")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--seed must be from -9223372036854775808 to "
                + "9223372036854775807, not 9223372036854775808");
    }

    @Test
    void theSmallestPopulationIsOnePerson() {
        assertThat(run("--size", "1")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(1).first().asString().startsWith("{\"id\":1,");
    }
}
