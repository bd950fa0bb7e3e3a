package be.brussels.pan.examples;

import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.DiagnosisJson;
import be.brussels.pan.engine.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code diagnose FILE|-}: prints the response JSON (an array for a batch). On a contract violation it
 * prints the error naming the field on standard error, nothing on standard output, and exits with 2.
 */
final class DiagnoseCommand {

    private DiagnoseCommand() {
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: diagnose FILE|-");
            return 2;
        }
        byte[] body;
        try {
            body = "-".equals(args[0]) ? readAtMost(stdin) : readAtMost(Files.newInputStream(Path.of(args[0])));
        } catch (InvalidPathException e) {
            err.println("not a file name: " + args[0] + " (" + e.getReason() + ")");
            return 2;
        } catch (NoSuchFileException e) {
            err.println("no such file: " + args[0]);
            return 2;
        } catch (IOException e) {
            err.println("cannot read " + args[0] + ": " + e.getMessage());
            return 2;
        }
        try {
            DiagnosisJson.Body parsed = DiagnosisJson.parse(body);
            DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
            Object result = parsed.isBatch() ? engine.diagnoseAll(parsed.requests()) : engine.diagnose(parsed.requests().get(0));
            out.println(DiagnosisJson.writePretty(result));
            return 0;
        } catch (InvalidRequestException e) {
            err.println("invalid request: " + e.field() + ": " + e.problem());
            return 2;
        }
    }

    /** Reads one byte more than the limit, so that an oversized body is rejected without reading it all. */
    private static byte[] readAtMost(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(DiagnosisJson.MAX_BODY_BYTES + 1);
            return bytes;
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
