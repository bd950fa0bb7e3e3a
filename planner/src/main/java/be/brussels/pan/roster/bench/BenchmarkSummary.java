package be.brussels.pan.roster.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;


/**
 * Condenses a benchmark directory into a Markdown table: final best score, time to the first feasible best
 * solution, and mean score-calculation speed, read from the Benchmarker's BEST_SCORE and
 * SCORE_CALCULATION_SPEED statistics. Problem_i is {@code RosterBenchmark.INSTANCES.get(i)}.
 */
public final class BenchmarkSummary {

    public record Line(String problem, String solver, HardMediumSoftLongScore best, long firstFeasibleMillis,
                       long bestMediumMillis, long bestMillis, long scoreCalculationSpeed) {
    }

    private BenchmarkSummary() {
    }

    public static List<Line> read(File benchmarkDirectory) {
        List<Line> lines = new ArrayList<>();
        List<RosterBenchmark.Instance> instances = RosterBenchmark.INSTANCES;
        for (int p = 0; p < instances.size(); p++) {
            Path problemDir = benchmarkDirectory.toPath().resolve("Problem_" + p);
            if (!Files.isDirectory(problemDir)) {
                continue;
            }
            try (Stream<Path> solvers = Files.list(problemDir)) {
                for (Path solverDir : solvers.filter(Files::isDirectory).sorted().toList()) {
                    lines.add(line(instances.get(p).label(), solverDir));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static Line line(String problem, Path solverDir) throws IOException {
        List<String[]> best = rows(solverDir.resolve("sub0/BEST_SCORE.csv"));
        long firstFeasible = -1;
        HardMediumSoftLongScore last = null;
        long lastMillis = 0;
        long bestMediumMillis = 0;
        for (String[] row : best) {
            HardMediumSoftLongScore score = HardMediumSoftLongScore.parseScore(row[1]);
            long millis = Long.parseLong(row[0]);
            if (firstFeasible < 0 && score.isFeasible()) {
                firstFeasible = millis;
            }
            if (last == null || score.mediumScore() > last.mediumScore()) {
                bestMediumMillis = millis;
            }
            last = score;
            lastMillis = millis;
        }
        Path speedFile = solverDir.resolve("sub0/SCORE_CALCULATION_SPEED.csv");
        long speed = -1;
        if (Files.exists(speedFile)) {
            speed = Math.round(rows(speedFile).stream().mapToDouble(r -> Double.parseDouble(r[1])).average()
                    .orElse(-1));
        }
        return new Line(problem, solverDir.getFileName().toString(), last, firstFeasible, bestMediumMillis, lastMillis,
                speed);
    }

    private static List<String[]> rows(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.replace("\"", "").split(",")).toList();
    }

    public static String markdown(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("| instance | solver | best score | first feasible (ms) | final medium reached (ms) "
                + "| best found (ms) | score calc/s |\n");
        sb.append("|---|---|---|---|---|---|---|\n");
        for (Line l : lines) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %s |%n", l.problem(), l.solver(),
                    l.best(), l.firstFeasibleMillis(), l.bestMediumMillis(), l.bestMillis(),
                    l.scoreCalculationSpeed() < 0 ? "n/a" : String.format(Locale.ROOT, "%,d",
                            l.scoreCalculationSpeed())));
        }
        return sb.toString();
    }
}
