package be.brussels.pan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's own rules: unknown commands, and output that cannot be written. */
class MainTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(OutputStream out, String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void outputThatCannotBeWrittenIsAFailureNotASuccess() {
        // Like `> /dev/full`: a PrintStream swallows the error, so the command would otherwise exit 0.
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThat(run(full, "requests", "3")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("error: the output could not be written");
    }

    @Test
    void aWrittenOutputIsASuccess() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(run(out, "requests", "3")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
        assertThat(err.size()).isZero();
    }

    @Test
    void aRosterExportedAsCsvIsASuccess(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // CsvExport used to close the caller's stream: the CSV was written, then the check of the output said it
        // was not (status 1).
        ByteArrayOutputStream problem = new ByteArrayOutputStream();
        assertThat(run(problem, "generate", "--sessions", "10", "--seed", "1", "--feasible")).isZero();
        java.nio.file.Path problemFile = java.nio.file.Files.write(dir.resolve("problem.json"), problem.toByteArray());
        ByteArrayOutputStream solution = new ByteArrayOutputStream();
        assertThat(run(solution, "roster", problemFile.toString(), "--seconds", "1")).isZero();
        java.nio.file.Path solutionFile = java.nio.file.Files.write(dir.resolve("solution.json"), solution.toByteArray());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(csv, true, StandardCharsets.UTF_8);
        int status = Main.run(new String[] {"export", "csv", solutionFile.toString(), problemFile.toString()}, out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(csv.toString(StandardCharsets.UTF_8).lines()).hasSize(11).first().asString().startsWith("session,status");
        out.println("still open");
        assertThat(out.checkError()).isFalse();
    }

    @Test
    void benchRefusesArgumentsItDoesNotKnowInsteadOfStartingTheFullRun() {
        assertThat(run(new ByteArrayOutputStream(), "bench", "diagnose", "--quik")).isEqualTo(2);
        assertThat(run(new ByteArrayOutputStream(), "bench", "diagnose", "--quick", "extra")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: bench diagnose [--quick]")
                .contains("bench roster");
    }

    @Test
    void anUnknownCommandIsBadInput() {
        assertThat(run(new ByteArrayOutputStream(), "diagnoze")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown command 'diagnoze'");
    }
}
