package be.brussels.pan.rules.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CommunesTest {

    private final Communes communes = Communes.brussels();

    @Test
    void theRegionHasNineteenCommunes() {
        assertThat(communes.all()).hasSize(19);
        assertThat(communes.all().stream().mapToInt(Commune::population).sum()).isEqualTo(1_218_255);
    }

    @Test
    void postcodesMapToTheirCommune() {
        assertThat(communes.byPostcode("1080")).map(Commune::code).contains("21012");
        assertThat(communes.byPostcode("1020")).map(Commune::code).contains("21004");
        assertThat(communes.byPostcode("1130")).map(Commune::code).contains("21004");
        assertThat(communes.byPostcode("1040")).map(Commune::code).contains("21005");
        assertThat(communes.byPostcode("1210")).map(c -> c.name("nl")).contains("Sint-Joost-ten-Node");
        assertThat(communes.byPostcode("4000")).isEmpty();
    }

    @Test
    void distancesAreGreatCircleKilometres() {
        Commune molenbeek = communes.byCode("21012").orElseThrow();
        Commune boitsfort = communes.byCode("21017").orElseThrow();
        assertThat(Communes.distanceKm(molenbeek.lat(), molenbeek.lon(), molenbeek.lat(), molenbeek.lon())).isZero();
        assertThat(Communes.distanceKm(molenbeek.lat(), molenbeek.lon(), boitsfort.lat(), boitsfort.lon()))
                .isCloseTo(8.5, within(1.5));
        // One degree of latitude is about 111 km.
        assertThat(Communes.distanceKm(50, 4, 51, 4)).isCloseTo(111.2, within(0.2));
    }
}
