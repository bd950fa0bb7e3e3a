package be.brussels.pan.roster.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the Benchmarker's CSV statistics (a hand-made directory here; the Benchmarker never runs in verify). */
class BenchmarkSummaryTest {

    @TempDir
    Path dir;

    private void write(String problem, String solver, String file, String content) throws Exception {
        Path sub = dir.resolve(problem).resolve(solver).resolve("sub0");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve(file), content);
    }

    @Test
    void summarisesFirstFeasibleBestMediumAndSpeed() throws Exception {
        write("Problem_1", "Tabu Search", "BEST_SCORE.csv", """
                "timeMillisSpent","score"
                12,-2hard/-9medium/-500soft
                40,0hard/-3medium/-700soft
                900,0hard/0medium/-650soft
                5000,0hard/0medium/-300soft
                """);
        write("Problem_1", "Tabu Search", "SCORE_CALCULATION_SPEED.csv", """
                "timeMillisSpent","scoreCalculationSpeed"
                1000,200000
                2000,300000
                """);

        List<BenchmarkSummary.Line> lines = BenchmarkSummary.read(dir.toFile());

        assertThat(lines).singleElement().satisfies(l -> {
            assertThat(l.problem()).isEqualTo(RosterBenchmark.INSTANCES.get(1).label());
            assertThat(l.best().toString()).isEqualTo("0hard/0medium/-300soft");
            assertThat(l.firstFeasibleMillis()).isEqualTo(40);
            assertThat(l.bestMediumMillis()).isEqualTo(900);
            assertThat(l.bestMillis()).isEqualTo(5000);
            assertThat(l.scoreCalculationSpeed()).isEqualTo(250000);
        });
        assertThat(BenchmarkSummary.markdown(lines)).contains("| M feasible (200) | Tabu Search | 0hard/0medium/-300soft "
                + "| 40 | 900 | 5000 | 250,000 |");
    }

    @Test
    void latestRunIsTheNewestReportDirectory() throws Exception {
        Path older = Files.createDirectories(dir.resolve("2026-01-01_000000"));
        Path newer = Files.createDirectories(dir.resolve("2026-01-02_000000"));
        Files.writeString(older.resolve("index.html"), "old");
        Files.writeString(newer.resolve("index.html"), "new");
        older.toFile().setLastModified(1_000_000L);
        newer.toFile().setLastModified(2_000_000L);

        assertThat(RosterBenchmark.latestRun(dir.toFile())).isEqualTo(newer.toFile());
    }
}
