package be.brussels.pan.examples.population;

import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.engine.DiagnosisJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/**
 * {@code population [--size N] [--seed S] [--out FILE]}: runs the synthetic population ({@link Population})
 * through the embedded rule base and writes one JSON line per person, {@code {"id":n,"request":…,"response":…}},
 * to FILE (or standard output). Each line is written as soon as the person is diagnosed: nothing is kept.
 * A FILE appears whole or not at all (written aside, then moved), so a failed run never leaves half a population
 * that a later diff would read as a shorter one.
 */
public final class PopulationCommand {

    static final String USAGE = "usage: population [--size N] [--seed S] [--out FILE.jsonl]   (N from 1 to "
            + "1000000, default " + Population.DEFAULT_SIZE + "; S default " + Population.DEFAULT_SEED + ")";
    private static final int MAX_SIZE = 1_000_000;

    private PopulationCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        int size;
        long seed;
        try {
            options = Options.parse(args, Set.of("--size", "--seed", "--out"));
            if (!options.positional().isEmpty()) {
                throw new BadInputException("unexpected argument '" + options.positional().get(0) + "'");
            }
            size = (int) options.whole("--size", Population.DEFAULT_SIZE, 1, MAX_SIZE);
            seed = options.whole("--seed", Population.DEFAULT_SEED, Long.MIN_VALUE, Long.MAX_VALUE);
        } catch (BadInputException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String file = options.text("--out", null);
        long start = System.nanoTime();
        DiagnosisEngine engine = DiagnosisEngine.withDefaultCatalog();
        try {
            if (file == null) {
                write(new Population(seed), size, engine, out);
                out.flush();
            } else {
                writeFile(new Population(seed), size, engine, file);
            }
        } catch (BadInputException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        err.printf(Locale.ROOT, "population: %d people (seed %d, rule base %s) diagnosed and written%s in %.1f s%n",
                size, seed, engine.ruleBaseVersion(), file == null ? "" : " to " + file,
                (System.nanoTime() - start) / 1e9);
        return 0;
    }

    private static void writeFile(Population population, int size, DiagnosisEngine engine, String file) throws IOException {
        Path target;
        try {
            target = Path.of(file).toAbsolutePath();
        } catch (InvalidPathException e) {
            throw new BadInputException("not a file name: " + file + " (" + e.getReason() + ")");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("--out " + file + " is a directory");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new BadInputException("--out " + file + ": no such directory " + target.getParent());
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                write(population, size, engine, stream);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static final byte[] ID = "{\"id\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] REQUEST = ",\"request\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RESPONSE = ",\"response\":".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "}\n".getBytes(StandardCharsets.UTF_8);

    /** The line is put together from the two documents' bytes: the response is never turned into a tree. */
    static void write(Population population, int size, DiagnosisEngine engine, OutputStream out) throws IOException {
        for (long id = 1; id <= size; id++) {
            Person person = population.person(id);
            out.write(ID);
            out.write(Long.toString(id).getBytes(StandardCharsets.US_ASCII));
            out.write(REQUEST);
            out.write(person.requestJson().getBytes(StandardCharsets.UTF_8));
            out.write(RESPONSE);
            out.write(DiagnosisJson.writeBytes(engine.diagnose(person.request())));
            out.write(END);
        }
    }
}
