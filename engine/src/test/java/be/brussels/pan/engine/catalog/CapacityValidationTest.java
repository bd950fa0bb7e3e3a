package be.brussels.pan.engine.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.contract.catalog.Capacity;
import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/** A service's declared capacity, which the seat rules read, is checked with the catalogue, naming the service and the field. */
class CapacityValidationTest {

    private static final Catalog DEFAULT = CatalogJson.defaultCatalog();

    static Stream<Arguments> capacities() {
        return Stream.of(
                Arguments.of(new Capacity(10, 3, "2026-11-01"), null),
                Arguments.of(new Capacity(10, null, null), null),
                Arguments.of(new Capacity(10, 11, "2026-11-01"), "capacity.available must be between 0 and capacity.seats"),
                Arguments.of(new Capacity(10, -1, "2026-11-01"), "capacity.available must be between 0 and capacity.seats"),
                Arguments.of(new Capacity(-1, null, null), "capacity.seats must not be negative"),
                Arguments.of(new Capacity(10, 3, null), "capacity.updated is required with capacity.available"),
                Arguments.of(new Capacity(10, 3, "1/11/2026"), "capacity.updated must be an ISO date"));
    }

    @ParameterizedTest
    @MethodSource("capacities")
    void aCapacityIsValidOrNamedInTheError(Capacity capacity, String error) {
        Catalog catalog = withCapacity(capacity);
        if (error == null) {
            assertThatCode(() -> CatalogValidator.validate(catalog)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CatalogValidator.validate(catalog)).isInstanceOf(InvalidCatalogException.class)
                    .hasMessageStartingWith("service epn-01-access: ").hasMessageContaining(error);
        }
    }

    private static Catalog withCapacity(Capacity capacity) {
        List<Service> services = new ArrayList<>();
        for (Service s : DEFAULT.services()) {
            services.add(!s.id().equals("epn-01-access") ? s : new Service(s.id(), s.structureId(), s.name(), s.kind(),
                    s.description(), s.targetGroups(), s.publics(), s.personae(), s.needs(), s.languages(), s.minimumAge(),
                    s.maximumAge(), s.eligibility(), s.conditions(), s.fee(), s.schedule(), capacity, s.digcompLevels(),
                    s.provenance()));
        }
        return new Catalog(DEFAULT.version(), DEFAULT.description(), DEFAULT.structures(), services);
    }
}
