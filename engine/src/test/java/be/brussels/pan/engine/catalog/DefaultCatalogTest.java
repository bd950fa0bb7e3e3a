package be.brussels.pan.engine.catalog;

import be.brussels.pan.contract.catalog.Accessibility;
import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.EquipmentStatus;
import be.brussels.pan.contract.catalog.Fee;
import be.brussels.pan.contract.catalog.FieldFact;
import be.brussels.pan.contract.catalog.Provenance;
import be.brussels.pan.contract.catalog.ProvenanceSource;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.ServiceKind;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.catalog.StructureKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Profile;
import be.brussels.pan.contract.diagnosis.TargetGroup;
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
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

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
        // Opening hours are either made up (and said so) or from a public page; never silently assumed.
        assertThat(catalog.structures()).filteredOn(s -> s.openingHours() != null)
                .allSatisfy(s -> assertThat(s.provenance().illustrativeFields().contains("openingHours")
                        || hasPublicSource(s.provenance(), "openingHours")).as(s.id()).isTrue());
        assertThat(catalog.structures()).filteredOn(s -> s.openingHours() != null)
                .filteredOn(s -> hasPublicSource(s.provenance(), "openingHours"))
                .extracting(Structure::id).containsExactlyInAnyOrder("cpas-21016", "cpas-21018", "cpas-21014");
    }

    @Test
    void everyAddressPhoneEmailWebsiteComesFromAPublicSourceWithItsUrl() {
        Map<String, Function<Structure, String>> contact = Map.of("address", Structure::address,
                "phone", Structure::phone, "email", Structure::email, "website", Structure::website);
        for (Structure s : catalog.structures()) {
            contact.forEach((field, value) -> {
                if (value.apply(s) != null) {
                    assertThat(s.provenance().factsFor(field)).as(s.id() + " " + field)
                            .anySatisfy(f -> {
                                assertThat(f.source()).isEqualTo(ProvenanceSource.PUBLIC_SOURCE);
                                assertThat(f.url()).startsWith("http");
                            });
                }
            });
            assertThat(s.lat()).as(s.id()).isNull();
        }
        // contacts.csv: a row's values, its page and its date (CPAS de Schaerbeek, official FAQ).
        Structure schaerbeek = structure("cpas-21015");
        assertThat(schaerbeek.address()).isEqualTo("Boulevard Auguste Reyers 70");
        assertThat(schaerbeek.phone()).isEqualTo("02 240 30 80");
        assertThat(schaerbeek.email()).isEqualTo("info@cpas-schaerbeek.brussels");
        assertThat(schaerbeek.provenance().factsFor("phone")).singleElement()
                .satisfies(f -> assertThat(f.url()).isEqualTo("https://www.cpas-schaerbeek.brussels/faq/"))
                .satisfies(f -> assertThat(f.note()).contains("call center"));
        assertThat(structure("cpas-21016").provenance().factsFor("address")).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo("2022-07-12"));
        // Rows sharing a structure (contacts.md): the partner and the CPAS or EPN hold the same facts.
        assertThat(structure("db-04").address()).isEqualTo(structure("cpas-21005").address()).isNotNull();
        assertThat(structure("db-20").address()).isEqualTo(structure("epn-16").address()).isNotNull();
    }

    @Test
    void anOperatorsOfficeIsNotGivenAsTheSitesAddress() {
        for (String maks : List.of("epn-10", "epn-12")) {
            Structure site = structure(maks);
            assertThat(site.address()).as(maks).isNull();
            assertThat(site.openingHours()).as(maks).isNull();
            assertThat(site.website()).isEqualTo("https://maksvzw.org");
            assertThat(site.provenance().factsFor("website")).singleElement()
                    .satisfies(f -> assertThat(f.note()).contains("Brogniezstraat 54").contains("operator's office"));
        }
        // The EPN12 site is in Molenbeek; the operator's office postcode (1070) is not taken.
        assertThat(structure("epn-12").postcode()).isEqualTo("1080");
    }

    @Test
    void aLanguageIsGivenOnlyWhereASourceStatesIt() {
        for (Structure s : catalog.structures()) {
            if (!s.languages().isEmpty()) {
                assertThat(s.provenance().factsFor("languages")).as(s.id()).isNotEmpty();
            }
            assertThat(s.provenance().illustrativeFields()).as(s.id()).doesNotContain("languages");
        }
        for (Service v : catalog.services()) {
            if (!v.languages().isEmpty()) {
                assertThat(v.provenance().factsFor("languages")).as(v.id()).isNotEmpty();
            }
            assertThat(v.provenance().illustrativeFields()).as(v.id()).doesNotContain("languages");
        }
        // Seed: TADA is bilingual (L827), Allo-Digiparcours serves FR and NL job seekers (L926), Bruxelles Formation
        // is French-speaking (L887); a public source: the CPAS, as Brussels local services, deal in French and Dutch.
        assertThat(catalog.structures()).filteredOn(s -> !s.languages().isEmpty()).extracting(Structure::id)
                .contains("db-27", "mde-01", "bruxelles-formation", "cpas-21004", "db-04", "db-06")
                .hasSize(3 + 19 + 2);
        assertThat(catalog.structures()).filteredOn(s -> s.kind() == StructureKind.EPN)
                .allSatisfy(s -> assertThat(s.languages()).as(s.id()).isEmpty());
        assertThat(structure("db-27").provenance().factsFor("languages")).singleElement()
                .satisfies(f -> assertThat(f.seedLines()).isEqualTo("827"));
    }

    @Test
    void accessibilityFactsCarryTheirSource() {
        for (Structure s : catalog.structures()) {
            Accessibility a = s.accessibility();
            // v1's accessible is accessibility.wheelchair: one fact.
            assertThat(s.accessible()).as(s.id()).isEqualTo(a == null ? null : a.wheelchair());
            if (a == null) {
                continue;
            }
            for (String part : List.of("wheelchair", "visual", "hearing", "intellectual", "equipment")) {
                boolean known = switch (part) {
                    case "wheelchair" -> a.wheelchair() != null;
                    case "visual" -> a.visual() != null;
                    case "hearing" -> a.hearing() != null;
                    case "intellectual" -> a.intellectual() != null;
                    default -> !a.equipment().isEmpty();
                };
                if (known) {
                    assertThat(s.provenance().factsFor("accessibility." + part)).as(s.id() + " " + part).isNotEmpty();
                }
            }
            // No source in the seed or contacts.csv speaks of deaf or hard-of-hearing people.
            assertThat(a.hearing()).as(s.id()).isNull();
        }
        // L477 funded braille keyboards and ergonomic mice for the 20 labelled EPN: funding, not presence.
        assertThat(catalog.structures()).filteredOn(Structure::isLabelledEpn).hasSize(20).allSatisfy(s -> {
            assertThat(s.accessibility().has("BRAILLE_KEYBOARD", EquipmentStatus.FUNDED)).as(s.id()).isTrue();
            assertThat(s.accessibility().has("BRAILLE_KEYBOARD", EquipmentStatus.PRESENT)).as(s.id()).isFalse();
            assertThat(s.accessibility().visual()).as(s.id()).isNull();
            assertThat(s.provenance().factsFor("accessibility.equipment")).singleElement()
                    .satisfies(f -> assertThat(f.seedLines()).contains("477"));
        });
        assertThat(structure("db-12").accessibility().visual()).isTrue();
        assertThat(structure("db-12").provenance().factsFor("accessibility.visual")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(ProvenanceSource.DERIVED))
                .satisfies(f -> assertThat(f.seedLines()).isEqualTo("671-679"));
        assertThat(structure("db-02").accessibility().intellectual()).isTrue();
        Structure etterbeek = structure("cpas-21005");
        assertThat(etterbeek.accessible()).isTrue();
        assertThat(etterbeek.provenance().factsFor("accessibility.wheelchair")).singleElement()
                .satisfies(f -> assertThat(f.source()).isEqualTo(ProvenanceSource.PUBLIC_SOURCE))
                .satisfies(f -> assertThat(f.note()).contains("would move"));
        assertThat(catalog.structures()).filteredOn(s -> s.accessible() != null).extracting(Structure::id)
                .containsExactlyInAnyOrder("cpas-21005", "db-04");
    }

    @Test
    void anOfferReservedToAPublicCarriesItsCode() {
        Map<String, Service> byId = catalog.services().stream()
                .collect(Collectors.toMap(Service::id, Function.identity()));
        assertThat(byId.get("db-13-project").publics()).containsExactly("PARENTS_OF_SCHOOL_CHILDREN");   // L683
        assertThat(byId.get("db-30-project").publics()).containsExactly("SOCIAL_HOUSING_TENANTS");        // L857
        assertThat(byId.get("db-30-laptops").publics()).containsExactly("SOCIAL_HOUSING_TENANTS");        // L857
        assertThat(byId.get("db-17-project").publics()).containsExactly("FAMILIES");                      // L722
        assertThat(byId.get("db-23-project").publics()).containsExactly("FAMILIES");                      // L787
        for (String women : List.of("db-08-project", "db-08-equipment", "db-21-project")) {
            assertThat(byId.get(women).publics()).as(women).contains("WOMEN_ONLY");                       // L633, L767
        }
        assertThat(byId.get("db-26-project").publics()).containsExactly("SICK_PUPILS");                   // L817
        // Open to all with priority for tenants (L693): not reserved.
        assertThat(byId.get("db-14-project").publics()).containsExactly("SOCIAL_HOUSING_PRIORITY");
        // Tagged as the seed says: youth in or out of school (L603), homeless people and precarious youth (L742),
        // the CPAS's public and a wider one (L593).
        assertThat(byId.get("db-05-project").publics()).isEmpty();
        assertThat(byId.get("db-05-project").targetGroups()).contains(TargetGroup.YOUTH);
        assertThat(byId.get("db-19-project").publics()).containsExactly("HOMELESS", "PRECARIOUS_YOUTH");
        assertThat(byId.get("db-04-project").publics()).doesNotContain("CPAS_BENEFICIARIES");
        assertThat(byId.get("db-04-project").eligibility()).contains("public élargi").contains("L593");
    }

    @Test
    void aPublicSourceIsNamedAndDatedForAServiceFactToo() {
        Map<String, Service> byId = catalog.services().stream()
                .collect(Collectors.toMap(Service::id, Function.identity()));
        // Maks vzw's rooms open 'for a small fee' (2022); FQS: 'Le service est gratuit'.
        assertThat(byId.get("epn-10-access").fee()).isEqualTo(Fee.SYMBOLIC);
        assertThat(byId.get("epn-18-access").fee()).isEqualTo(Fee.FREE);
        for (String id : List.of("epn-10-access", "epn-12-access", "epn-18-access")) {
            assertThat(byId.get(id).provenance().illustrativeFields()).as(id).doesNotContain("fee");
            assertThat(byId.get(id).provenance().factsFor("fee")).as(id).singleElement()
                    .satisfies(f -> assertThat(f.source()).isEqualTo(ProvenanceSource.PUBLIC_SOURCE));
        }
        assertThat(byId.get("epn-02-access").provenance().illustrativeFields()).contains("fee");
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
        String withNullLabel = CatalogJson.write(CatalogJson.defaultCatalog())
                .replaceFirst("\"labels\" : \\[", "\"labels\" : [ null,");
        assertThatThrownBy(() -> CatalogJson.read(withNullLabel))
                .isInstanceOfSatisfying(InvalidCatalogException.class,
                        e -> assertThat(e.where()).isEqualTo("structures[0].labels[0]"));
    }

    private static final Provenance SEED = new Provenance(ProvenanceSource.SEED, "1", "test", List.of());

    private static Structure withFacts(String phone, Accessibility accessibility, Boolean accessible, FieldFact... facts) {
        Provenance p = new Provenance(ProvenanceSource.SEED, "1", "test", List.of(), List.of(facts));
        return new Structure("s9", "S", StructureKind.PARTNER, null, "1000", "21004", null, null, null, phone, null,
                null, null, accessible, accessibility, List.of(), List.of(), false, false, p);
    }

    private static InvalidCatalogException rejected(Structure s) {
        Service v = new Service("v9", s.id(), "V", ServiceKind.WORKSHOP, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, SEED);
        return catchThrowableOfType(InvalidCatalogException.class,
                () -> CatalogValidator.validate(new Catalog("v", null, List.of(s), List.of(v))));
    }

    @Test
    void aFactNamingAFieldTheRecordDoesNotHaveIsRejectedNamingRecordAndField() {
        FieldFact unknown = new FieldFact(List.of("phone", "fax"), ProvenanceSource.PUBLIC_SOURCE, null,
                "https://example.org/contact", "2024-01", "test");
        assertThat(rejected(withFacts("02 000 00 00", null, null, unknown)))
                .satisfies(e -> assertThat(e.where()).isEqualTo("structure s9"))
                .hasMessageContaining("provenance.facts[0].fields names 'fax'");

        FieldFact absent = new FieldFact(List.of("phone"), ProvenanceSource.PUBLIC_SOURCE, null,
                "https://example.org/contact", null, "test");
        assertThat(rejected(withFacts(null, null, null, absent))).hasMessageContaining("'phone', which this structure "
                + "does not give");

        FieldFact serviceField = new FieldFact(List.of("schedule"), ProvenanceSource.PUBLIC_SOURCE, null,
                "https://example.org/contact", null, "test");
        assertThat(rejected(withFacts(null, null, null, serviceField))).hasMessageContaining("'schedule', which is "
                + "not a field of a structure");
    }

    @Test
    void aPublicSourceFactWithoutItsUrlIsRejectedNamingRecordAndField() {
        for (String url : new String[] {null, "", "cpas-schaerbeek.brussels/faq"}) {
            FieldFact noUrl = new FieldFact(List.of("phone"), ProvenanceSource.PUBLIC_SOURCE, null, url, null, "x");
            assertThat(rejected(withFacts("02 000 00 00", null, null, noUrl))).as(url)
                    .satisfies(e -> assertThat(e.where()).isEqualTo("structure s9"))
                    .hasMessageContaining("provenance.facts[0].url is required for a PUBLIC_SOURCE fact (fields phone)");
        }
        FieldFact badDate = new FieldFact(List.of("phone"), ProvenanceSource.PUBLIC_SOURCE, null,
                "https://example.org", "March 2021", "x");
        assertThat(rejected(withFacts("02 000 00 00", null, null, badDate))).hasMessageContaining("date must be YYYY");
        FieldFact noLines = new FieldFact(List.of("phone"), ProvenanceSource.DERIVED, null, null, null, "x");
        assertThat(rejected(withFacts("02 000 00 00", null, null, noLines))).hasMessageContaining("seedLines is required");
        FieldFact madeUp = new FieldFact(List.of("phone"), ProvenanceSource.ILLUSTRATIVE, null, null, null, "x");
        assertThat(rejected(withFacts("02 000 00 00", null, null, madeUp))).hasMessageContaining("illustrativeFields");
    }

    @Test
    void anAccessibilityFactNeedsItsSourceAndAgreesWithAccessible() {
        Accessibility visual = new Accessibility(null, true, null, null, null);
        assertThat(rejected(withFacts(null, visual, null)))
                .satisfies(e -> assertThat(e.where()).isEqualTo("structure s9"))
                .hasMessageContaining("accessibility.visual is given without a fact");

        FieldFact seed = new FieldFact(List.of("accessibility.visual"), ProvenanceSource.DERIVED, "673", null, null, "x");
        Structure ok = withFacts(null, visual, null, seed);
        assertThat(CatalogValidator.validate(new Catalog("v", null, List.of(ok), List.of(new Service("v9", "s9", "V",
                ServiceKind.WORKSHOP, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, SEED)))).structures()).containsExactly(ok);

        Accessibility wheelchair = new Accessibility(true, null, null, null, null);
        FieldFact press = new FieldFact(List.of("accessibility.wheelchair"), ProvenanceSource.PUBLIC_SOURCE, null,
                "https://example.org/press", "2021-03", "x");
        assertThat(withFacts(null, wheelchair, null, press).accessible()).isTrue();   // v1's field, read from 1.1's
        assertThat(rejected(withFacts(null, wheelchair, false, press)))
                .hasMessageContaining("accessible and accessibility.wheelchair are the same fact and disagree");
    }

    @Property(tries = 200)
    void aFactNamingAnythingButAStructureFieldIsRejected(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String field) {
        Assume.that(!List.of("name", "kind", "description", "postcode", "communeCode", "address", "lat", "lon", "phone",
                "email", "website", "openingHours", "accessible", "accessibility", "languages", "labels", "mobile",
                "atHome").contains(field));
        FieldFact f = new FieldFact(List.of(field), ProvenanceSource.PUBLIC_SOURCE, null, "https://example.org", null, "x");
        assertThat(rejected(withFacts(null, null, null, f)))
                .satisfies(e -> assertThat(e.where()).isEqualTo("structure s9"))
                .hasMessageContaining("names '" + field + "'");
    }

    private Structure structure(String id) {
        return catalog.structures().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean hasPublicSource(Provenance p, String field) {
        return p.factsFor(field).stream().anyMatch(f -> f.source() == ProvenanceSource.PUBLIC_SOURCE && f.url() != null);
    }
}
