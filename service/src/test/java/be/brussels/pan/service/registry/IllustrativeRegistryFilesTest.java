package be.brussels.pan.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The illustrative registry files in the service's resources are the generator's output as
 * {@link IllustrativeRegistryFiles} writes it (with {@code -Dpan.registry.write-illustrative=true} this test writes
 * them first), and every line says ILLUSTRATIVE.
 */
class IllustrativeRegistryFilesTest {

    @Test
    void theIllustrativeFilesAreTheGeneratorsMWeekLabelledIllustrative() throws Exception {
        if (Boolean.getBoolean("pan.registry.write-illustrative")) {
            IllustrativeRegistryFiles.write(Path.of("src/main/resources/registry/illustrative"));
        }
        IllustrativeRegistryFiles.generate().forEach((type, expected) -> {
            byte[] stored = IllustrativeRegistry.file(type);
            assertThat(stored).as(type.plural()).isEqualTo(expected);
            String[] lines = new String(stored, java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines.length).as(type.plural()).isGreaterThan(1);
            for (int i = 1; i < lines.length; i++) {
                assertThat(lines[i]).as(type.plural() + " line " + (i + 1)).endsWith(",ILLUSTRATIVE");
            }
        });
    }

    /** Issue 14: the generator's EPN and partner sites name the default catalogue's structure of the same number. */
    @Test
    void eachEpnAndPartnerSiteNamesItsStructureOfTheDefaultCatalogue() {
        java.util.Set<String> structures = be.brussels.pan.engine.DiagnosisEngine.withDefaultCatalog().catalog()
                .structures().stream().map(be.brussels.pan.contract.catalog.Structure::id)
                .collect(java.util.stream.Collectors.toSet());
        var venues = be.brussels.pan.roster.generator.ProblemGenerator.generate(IllustrativeRegistryFiles.SIZE,
                IllustrativeRegistryFiles.SEED).venues();
        assertThat(venues).isNotEmpty();
        for (var v : venues) {
            String structure = IllustrativeRegistryFiles.structureOf(v.id());
            if (v.id().startsWith("site-community-")) {
                assertThat(structure).as(v.id()).isNull();
            } else {
                assertThat(structure).as(v.id()).isNotNull().isIn(structures);
            }
        }
        assertThat(IllustrativeRegistryFiles.structureOf("epn-13")).isEqualTo("epn-13");
        assertThat(IllustrativeRegistryFiles.structureOf("site-db07")).isEqualTo("db-07");
        assertThat(IllustrativeRegistryFiles.structureOf("site-mde02")).isEqualTo("mde-02");
    }
}
