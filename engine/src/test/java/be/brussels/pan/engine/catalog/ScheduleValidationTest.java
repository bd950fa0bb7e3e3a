package be.brussels.pan.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.FieldFact;
import be.brussels.pan.contract.catalog.Provenance;
import be.brussels.pan.contract.catalog.ProvenanceSource;
import be.brussels.pan.contract.catalog.ScheduleSlot;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: a service's weekly schedule and the catalogue's dates are checked, naming the offer and the field. A
 * schedule of weekday "FUNDAY" opening at "25:99" used to be accepted and shown as opening hours.
 */
class ScheduleValidationTest {

    private static final Catalog DEFAULT = CatalogJson.defaultCatalog();
    private static final String OFFER = "epn-01-access";

    static Stream<Arguments> slots() {
        return Stream.of(
                Arguments.of(new ScheduleSlot("MONDAY", "09:00", "12:00"), null),
                Arguments.of(new ScheduleSlot("SUNDAY", "00:00", "23:59"), null),
                Arguments.of(new ScheduleSlot("FUNDAY", "09:00", "12:00"),
                        "schedule[1].weekday must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], not 'FUNDAY'"),
                Arguments.of(new ScheduleSlot("monday", "09:00", "12:00"), "schedule[1].weekday must be one of"),
                Arguments.of(new ScheduleSlot(" ", "09:00", "12:00"), "schedule[1].weekday must be one of"),
                Arguments.of(new ScheduleSlot(null, "09:00", "12:00"), "schedule[1].weekday must be one of"),
                Arguments.of(new ScheduleSlot("MONDAY", "25:99", "26:00"),
                        "schedule[1].opens must be a time HH:mm from 00:00 to 23:59, not '25:99'"),
                Arguments.of(new ScheduleSlot("MONDAY", "24:00", "12:00"), "schedule[1].opens must be a time HH:mm"),
                Arguments.of(new ScheduleSlot("MONDAY", "9:00", "12:00"), "schedule[1].opens must be a time HH:mm"),
                Arguments.of(new ScheduleSlot("MONDAY", "09:00", "12:60"), "schedule[1].closes must be a time HH:mm"),
                Arguments.of(new ScheduleSlot("MONDAY", "09:00", null), "schedule[1].closes must be a time HH:mm"),
                Arguments.of(new ScheduleSlot("MONDAY", "12:00", "09:00"),
                        "schedule[1].closes must be after opens (12:00), not '09:00'"),
                Arguments.of(new ScheduleSlot("MONDAY", "12:00", "12:00"), "schedule[1].closes must be after opens"));
    }

    @ParameterizedTest
    @MethodSource("slots")
    void aSlotIsValidOrNamedInTheError(ScheduleSlot slot, String error) {
        Catalog catalog = withSecondSlot(slot);
        if (error == null) {
            assertThatCode(() -> CatalogValidator.validate(catalog)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CatalogValidator.validate(catalog)).isInstanceOf(InvalidCatalogException.class)
                    .hasMessageStartingWith("service " + OFFER + ": ").hasMessageContaining(error)
                    .satisfies(e -> assertThat(((InvalidCatalogException) e).where()).isEqualTo("service " + OFFER));
        }
    }

    @Test
    void theIssuesScheduleIsRefusedWhenUploadedAsJson() {
        String json = CatalogJson.write(withSecondSlot(new ScheduleSlot("FUNDAY", "25:99", "26:00")));

        assertThatThrownBy(() -> CatalogJson.read(json)).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining("service " + OFFER + ": schedule[1].weekday");
    }

    @Test
    void everyScheduleOfTheDefaultCatalogueIsValid() {
        assertThat(DEFAULT.services()).flatExtracting(Service::schedule).isNotEmpty();
        assertThatCode(() -> CatalogValidator.validate(DEFAULT)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026-13-01", "2026-02-30", "2026-00", "2026-1", "26"})
    void aFactsDateMustBeARealYearMonthOrDay(String date) {
        assertThatThrownBy(() -> CatalogValidator.validate(withFactDate(date))).isInstanceOf(InvalidCatalogException.class)
                .hasMessageContaining(".date must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + date + "'");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2026", "2026-02", "2024-02-29"})
    void aRealYearMonthOrDayIsAFactsDate(String date) {
        assertThatCode(() -> CatalogValidator.validate(withFactDate(date))).doesNotThrowAnyException();
    }

    private static Catalog withSecondSlot(ScheduleSlot slot) {
        List<Service> services = new ArrayList<>();
        for (Service s : DEFAULT.services()) {
            if (!s.id().equals(OFFER)) {
                services.add(s);
                continue;
            }
            List<ScheduleSlot> schedule = new ArrayList<>(List.of(new ScheduleSlot("TUESDAY", "10:00", "12:00")));
            schedule.add(slot);
            services.add(new Service(s.id(), s.structureId(), s.name(), s.kind(), s.description(), s.targetGroups(),
                    s.publics(), s.personae(), s.needs(), s.languages(), s.minimumAge(), s.maximumAge(), s.eligibility(),
                    s.conditions(), s.fee(), schedule, s.capacity(), s.digcompLevels(), s.provenance()));
        }
        return new Catalog(DEFAULT.version(), DEFAULT.description(), DEFAULT.structures(), services);
    }

    /** The first structure with a phone number backed by a public page dated {@code date}. */
    private static Catalog withFactDate(String date) {
        List<Structure> structures = new ArrayList<>(DEFAULT.structures());
        Structure s = structures.get(0);
        Provenance p = s.provenance();
        List<FieldFact> facts = new ArrayList<>(p.facts());
        facts.add(new FieldFact(List.of("phone"), ProvenanceSource.PUBLIC_SOURCE, null, "https://example.be/contact", date,
                "the page gives the number"));
        structures.set(0, new Structure(s.id(), s.name(), s.kind(), s.description(), s.postcode(), s.communeCode(),
                s.address(), s.lat(), s.lon(), "02 000 00 00", s.email(), s.website(), s.openingHours(), s.accessible(),
                s.accessibility(), s.languages(), s.labels(), s.mobile(), s.atHome(),
                new Provenance(p.source(), p.seedLines(), p.note(), p.illustrativeFields().stream()
                        .filter(f -> !f.equals("phone")).toList(), facts)));
        return new Catalog(DEFAULT.version(), DEFAULT.description(), structures, DEFAULT.services());
    }
}
