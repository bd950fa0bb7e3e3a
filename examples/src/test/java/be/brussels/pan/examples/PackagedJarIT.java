package be.brussels.pan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded {@code examples/target/pan-examples.jar} run with {@code java -jar}, as a user runs it: the
 * rule base must be found inside the fat JAR, and the exit codes must be those the README promises.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "pan-examples.jar");

    private record Run(int status, String out, String err) {
    }

    private static Run java(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile("pan-out", ".txt");
        Path err = Files.createTempFile("pan-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        Process process = builder.start();
        if (stdin != null) {
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theJarDiagnosesAPersonaFile() throws Exception {
        Run run = java(null, "diagnose", "requests/louis.json");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("\"code\" : \"LOUIS\"").contains("\"ruleBaseVersion\"");
    }

    @Test
    void theJarRejectsAContractViolationWithStatus2AndNothingOnStandardOutput() throws Exception {
        Run run = java("{\"answers\":{\"device\":\"NONE\"}}", "diagnose", "-");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("answers.internet");
    }

    @Test
    void twoRunsOfThePopulationAreTheSameBytesAndTheirDiffHasNoChange(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path before = dir.resolve("before.jsonl");
        Path after = dir.resolve("after.jsonl");

        assertThat(java(null, "population", "--size", "200", "--out", before.toString()).status()).isZero();
        assertThat(java(null, "population", "--size", "200", "--out", after.toString()).status()).isZero();
        Run diff = java(null, "diff-population", before.toString(), after.toString(), "--format", "markdown");

        assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
        assertThat(diff.status()).as(diff.err()).isZero();
        assertThat(diff.out()).contains("- people: 200, of whom 0 (0.0 %) have at least one outcome changed");
    }

    @Test
    void aDiffOfPopulationsOfDifferentSizesIsBadInput(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path small = dir.resolve("small.jsonl");
        Path large = dir.resolve("large.jsonl");
        assertThat(java(null, "population", "--size", "3", "--out", small.toString()).status()).isZero();
        assertThat(java(null, "population", "--size", "4", "--out", large.toString()).status()).isZero();

        Run diff = java(null, "diff-population", small.toString(), large.toString());

        assertThat(diff.status()).isEqualTo(2);
        assertThat(diff.out()).isEmpty();
        assertThat(diff.err()).contains("different sizes");
    }

    @Test
    void anUnknownCommandIsBadInput() throws Exception {
        Run run = java(null, "frobnicate");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("unknown command");
    }
}
