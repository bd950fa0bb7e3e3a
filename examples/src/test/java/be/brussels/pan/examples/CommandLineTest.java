package be.brussels.pan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnose command: JSON out on success; on bad input an error naming the field, nothing out, status 2. */
class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int diagnose(InputStream stdin, String... args) {
        return DiagnoseCommand.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aFileIsDiagnosed() {
        int status = diagnose(InputStream.nullInputStream(), "requests/esteban.json");

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"code\" : \"ESTEBAN\"");
        assertThat(err.size()).isZero();
    }

    @Test
    void standardInputTakesABatch() throws Exception {
        String batch = "[" + Files.readString(Path.of("requests/anne.json")) + ","
                + Files.readString(Path.of("requests/benoit.json")) + "]";

        int status = diagnose(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)), "-");

        assertThat(status).isZero();
        String printed = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(printed).startsWith("[");
        assertThat(printed.indexOf("\"ANNE\"")).isLessThan(printed.indexOf("\"BENOIT\""));
    }

    @Test
    void aContractViolationNamesTheFieldPrintsNothingAndExitsWith2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"MAYBE\",\"onlineProcedures\":\"CANNOT\"}}");

        int status = diagnose(InputStream.nullInputStream(), bad.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("answers.email");
    }

    @Test
    void aBodyOver64KibIsRefused() {
        byte[] huge = new byte[70 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');

        int status = diagnose(new ByteArrayInputStream(huge), "-");

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("64 KiB");
    }

    @Test
    void aFileNameThatCannotBeAPathIsBadInputNotAFailure() {
        // Path.of refuses a NUL character on every system (and non-ASCII names under a C locale): it used to
        // end as an unexpected error with status 1.
        int status = diagnose(InputStream.nullInputStream(), "bad\u0000name.json");

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("not a file name: bad");
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(diagnose(InputStream.nullInputStream(), "requests/nobody.json")).isEqualTo(2);
        assertThat(out.size()).isZero();
    }

    @Test
    void theEmbeddingExampleRuns() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EmbedEngine.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("persona ESTEBAN").contains("1. ");
    }
}
