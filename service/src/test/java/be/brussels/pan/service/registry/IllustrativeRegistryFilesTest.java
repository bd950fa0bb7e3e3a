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
}
