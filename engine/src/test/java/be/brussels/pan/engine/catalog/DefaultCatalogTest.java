package be.brussels.pan.engine.catalog;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Fee;
import be.brussels.pan.contract.catalog.Provenance;
import be.brussels.pan.contract.catalog.ProvenanceSource;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.ServiceKind;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.catalog.StructureKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.engine.DiagnosisEngine;
import be.brussels.pan.rules.geo.Csv;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default catalogue shipped in the JAR, built from shared/data, and loading another one. */
class DefaultCatalogTest {

    private final Catalog catalog = CatalogJson.defaultCatalog();

    @Test
    void itHoldsTheSeedsOffers() {
        Map<StructureKind, Long> kinds = catalog.structures().stream()
                .collect(Collectors.groupingBy(Structure::kind, Collectors.counting()));

        assertThat(kinds).containsEntry(StructureKind.EPN, 20L).containsEntry(StructureKind.PARTNER, 33L)
                .containsEntry(StructureKind.REFURBISHER, 4L).containsEntry(StructureKind.CPAS, 19L)
                .containsEntry(StructureKind.TRAINING_OPERATOR, 1L);
        assertThat(catalog.structures().stream().filter(Structure::isLabelledEpn)).hasSize(20);
        assertThat(catalog.services()).filteredOn(s -> s.kind() == ServiceKind.START_DIGITAL).isNotEmpty()
                .allSatisfy(s -> assertThat(s.provenance().source()).isEqualTo(ProvenanceSource.ILLUSTRATIVE));
        assertThat(catalog.structures()).filteredOn(s -> s.kind() == StructureKind.CPAS)
                .extracting(Structure::communeCode).doesNotHaveDuplicates().hasSize(19);
    }

    @Test
    void everyRecordCarriesItsProvenance() {
        assertThat(catalog.structures()).allSatisfy(s -> {
            assertThat(s.provenance().source()).isNotNull();
            if (s.provenance().source() == ProvenanceSource.SEED) {
                assertThat(s.provenance().seedLines()).as(s.id()).isNotBlank();
            }
        });
        assertThat(catalog.services()).allSatisfy(s -> assertThat(s.provenance().source()).isNotNull());
        assertThat(catalog.structures()).filteredOn(s -> s.openingHours() != null)
                .allSatisfy(s -> assertThat(s.provenance().illustrativeFields()).as(s.id()).contains("openingHours"));
    }

    @Test
    void theEpnSitesHaveTheCorrectedPostcodesOfTheDataSheet() throws Exception {
        Path epnCsv = Path.of("..", "..", "shared", "data", "epn.csv");
        if (!Files.exists(epnCsv)) {
            epnCsv = Path.of("..", "shared", "data", "epn.csv");
        }
        List<List<String>> rows;
        if (Files.exists(epnCsv)) {
            try (BufferedReader reader = Files.newBufferedReader(epnCsv, StandardCharsets.UTF_8)) {
                rows = Csv.read(reader);
            }
        } else {
            // The JAR's own copy of the commune sheet is always there; the EPN sheet lives in shared/data.
            throw new IllegalStateException("shared/data/epn.csv not found next to the checkout");
        }
        int id = rows.get(0).indexOf("epn_id");
        int postcode = rows.get(0).indexOf("postcode_corrected");
        Map<String, Structure> byId = catalog.structures().stream()
                .collect(Collectors.toMap(Structure::id, Function.identity()));
        for (List<String> row : rows.subList(1, rows.size())) {
            String structureId = "epn-" + row.get(id).substring(3);
            assertThat(byId).containsKey(structureId);
            assertThat(byId.get(structureId).postcode()).as(structureId).isEqualTo(row.get(postcode));
        }
        assertThat(byId.get("epn-20").communeCode()).isEqualTo("21014");
    }

    @Test
    void anotherCatalogueCanBeLoadedFromAFile(@TempDir Path dir) throws Exception {
        Provenance illustrative = new Provenance(ProvenanceSource.ILLUSTRATIVE, null, "test", List.of());
        Structure epn = new Structure("test-epn", "Test EPN", StructureKind.EPN, null, "1080", "21012", null, null,
                null, null, null, null, null, true, List.of("fr"), List.of(Structure.EPN_LABEL), false, false, illustrative);
        Service access = new Service("test-epn-access", "test-epn", "Open access", ServiceKind.FREE_ACCESS, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, List.of(), Fee.FREE, List.of(),
                null, List.of(), illustrative);
        Path file = dir.resolve("catalog.json");
        Files.writeString(file, CatalogJson.write(new Catalog("test-1", "one EPN", List.of(epn), List.of(access))));

        DiagnosisEngine engine = DiagnosisEngine.withCatalog(file);
        DiagnosisResponse response = engine.diagnose(new DiagnosisRequest(null, null, null,
                new Answers(Device.NONE, Internet.NONE, Ability.CANNOT, Ability.CANNOT),
                Profile.builder().age(40).postcode("1080").build(), null));

        assertThat(response.orientations()).extracting(DiagnosisResponse.Orientation::offerId).containsExactly("test-epn-access");
    }

    @Test
    void theDefaultCatalogueSurvivesItsJson() {
        assertThat(CatalogJson.read(CatalogJson.write(catalog))).isEqualTo(catalog);
    }

    @Test
    void anInvalidCatalogueIsRejectedNamingTheRecord() {
        Provenance p = new Provenance(ProvenanceSource.SEED, "1", null, null);
        Structure s = new Structure("s1", "S", StructureKind.PARTNER, null, "1000", "21004", null, null, null, null,
                null, null, null, null, null, null, false, false, p);
        Service dangling = new Service("x1", "nowhere", "X", ServiceKind.WORKSHOP, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, p);
        assertThatThrownBy(() -> CatalogValidator.validate(new Catalog("v", null, List.of(s), List.of(dangling))))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.where()).isEqualTo("service x1"));

        Structure badCommune = new Structure("s2", "S", StructureKind.PARTNER, null, "1000", "99999", null, null, null,
                null, null, null, null, null, null, null, false, false, p);
        assertThatThrownBy(() -> CatalogValidator.validate(new Catalog("v", null, List.of(badCommune), List.of())))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.where()).isEqualTo("structure s2"));

        Structure noProvenance = new Structure("s3", "S", StructureKind.PARTNER, null, "1000", "21004", null, null,
                null, null, null, null, null, null, null, null, false, false, null);
        assertThatThrownBy(() -> CatalogValidator.validate(new Catalog("v", null, List.of(noProvenance), List.of())))
                .hasMessageContaining("provenance");

        assertThatThrownBy(() -> CatalogJson.read("{\"version\":\"v\",\"structures\":[],\"services\":[],\"extra\":1}"))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.where()).isEqualTo("extra"));
    }

    @Test
    void theCatalogueReaderIsAsStrictAsTheRequestReader() {
        String catalogue = CatalogJson.write(CatalogJson.defaultCatalog());
        assertThatThrownBy(() -> CatalogJson.read(catalogue.replaceFirst("\"version\" :", "\"version\" : \"x\", \"version\" :")))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> CatalogJson.read(catalogue + " {}"))
                .isInstanceOf(InvalidCatalogException.class);
        assertThatThrownBy(() -> CatalogJson.read(catalogue.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : 12")))
                .isInstanceOf(InvalidCatalogException.class);
        assertThatThrownBy(() -> CatalogJson.read(catalogue.replaceFirst("\"communeCode\" :", "\"lat\" : 500, \"lon\" : 4.3, \"communeCode\" :")))
                .isInstanceOf(InvalidCatalogException.class).hasMessageContaining("lat must be within");
    }

    @Test
    void aStructurePostcodeIsABelgianPostcode() {
        String catalogue = CatalogJson.write(CatalogJson.defaultCatalog());
        for (String bad : new String[] {"ABCD", "0999", "10800", ""}) {
            assertThatThrownBy(() -> CatalogJson.read(catalogue.replaceFirst("\"postcode\" : \"[0-9]{4}\"", "\"postcode\" : \"" + bad + "\"")))
                    .as(bad).isInstanceOf(InvalidCatalogException.class).hasMessageContaining("postcode must be a Belgian postcode");
        }
    }

    @Test
    void anEnumIsNamedNeverNumberedAndErrorsNameNoJavaClass() {
        String catalogue = CatalogJson.write(CatalogJson.defaultCatalog());
        // Jackson reads 0 as an enum's first constant unless told not to.
        assertThatThrownBy(() -> CatalogJson.read(catalogue.replaceFirst("\"kind\" : \"[A-Z_]+\"", "\"kind\" : 0")))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> {
                    assertThat(e.where()).isEqualTo("structures[0].kind");
                    assertThat(e.getMessage()).contains("unknown value '0', expected one of [");
                });
        assertThatThrownBy(() -> CatalogJson.read(catalogue.replaceFirst("\"name\" : \"[^\"]*\"", "\"name\" : 12")))
                .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.getMessage())
                        .contains("wrong type: expected text").doesNotContain("be.brussels").doesNotContain("`"));
    }

    @Test
    void aNullInAListIsRejectedNamingItsPlace() {
        assertThatThrownBy(() -> CatalogJson.read("{\"version\":\"v\",\"structures\":[null],\"services\":[]}"))
                .isInstanceOfSatisfying(InvalidCatalogException.class,
                        e -> assertThat(e.where()).isEqualTo("structures[0]"));
        String withNullLanguage = CatalogJson.write(CatalogJson.defaultCatalog())
                .replaceFirst("\"languages\" : \\[", "\"languages\" : [ null,");
        assertThatThrownBy(() -> CatalogJson.read(withNullLanguage))
                .isInstanceOfSatisfying(InvalidCatalogException.class,
                        e -> assertThat(e.where()).isEqualTo("structures[0].languages[0]"));
    }
}
