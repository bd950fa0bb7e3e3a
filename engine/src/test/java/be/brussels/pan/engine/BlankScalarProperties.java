package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.json.ContractFields;
import be.brussels.pan.contract.json.ContractFields.Field;
import be.brussels.pan.contract.json.ContractFields.Kind;
import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.engine.catalog.InvalidCatalogException;
import be.brussels.pan.rules.run.RequestArbitraries;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 15: wherever the diagnosis contract or the catalogue expects a boolean, a number or an enum (or a date), an
 * empty or whitespace-only string is a contract violation naming that field; it used to be read as "unknown", so
 * that {@code "jobSeeker": " "} silently dropped JOB_SEEKERS and Start Digital. The fields are every such leaf of
 * the records ({@link ContractFields}), so a field added later is covered too.
 */
class BlankScalarProperties {

    private static final Kind[] NOT_TEXT = {Kind.BOOLEAN, Kind.NUMBER, Kind.ENUM, Kind.DATE_OR_TIME, Kind.UUID};

    @Provide
    Arbitrary<DiagnosisRequest> requests() {
        return RequestArbitraries.requests();
    }

    @Provide
    Arbitrary<Field> requestFields() {
        return Arbitraries.of(ContractFields.of(DiagnosisRequest.class, NOT_TEXT));
    }

    @Provide
    Arbitrary<Field> catalogFields() {
        return Arbitraries.of(ContractFields.of(Catalog.class, NOT_TEXT));
    }

    /** Empty, or whitespace only: what {@link String#isBlank()} calls blank (spaces, tabs, line breaks, em space…). */
    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u000B', '\f', '\u2003', '\u3000')
                .ofMinLength(0).ofMaxLength(6);
    }

    @Property(tries = 400)
    void aBlankWhereTheRequestExpectsABooleanNumberOrEnumIsAnErrorNamingIt(
            @ForAll("requests") DiagnosisRequest request, @ForAll("requestFields") Field field,
            @ForAll("blanks") String blank) throws Exception {
        JsonNode valid = DiagnosisJson.mapper().valueToTree(request);
        String json = ContractFields.with(valid, field, TextNode.valueOf(blank)).toString();

        assertThatThrownBy(() -> DiagnosisJson.parse(json)).isInstanceOfSatisfying(InvalidRequestException.class, e -> {
            assertThat(e.field()).isEqualTo(field.path());
            assertThat(e.problem()).startsWith("is blank");
        });
    }

    /** Every such field once, with one space, so that none depends on the draw; and the issue's own example. */
    @Example
    void everyFieldOnce() {
        JsonNode valid = DiagnosisJson.mapper().valueToTree(RequestArbitraries.requests().sample());
        for (Field field : ContractFields.of(DiagnosisRequest.class, NOT_TEXT)) {
            String json = ContractFields.with(valid, field, TextNode.valueOf(" ")).toString();
            assertThatThrownBy(() -> DiagnosisJson.parse(json)).as(field.path())
                    .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo(field.path()));
        }
        for (Field field : ContractFields.of(Catalog.class, NOT_TEXT)) {
            String json = ContractFields.with(DEFAULT_CATALOG, field, TextNode.valueOf(" ")).toString();
            assertThatThrownBy(() -> CatalogJson.read(json)).as(field.path())
                    .isInstanceOfSatisfying(InvalidCatalogException.class, e -> assertThat(e.where()).isEqualTo(field.path()));
        }
        String jobSeeker = "{\"answers\":{\"device\":\"SMARTPHONE_ONLY\",\"internet\":\"NONE\",\"email\":\"CANNOT\","
                + "\"onlineProcedures\":\"CANNOT\"},\"profile\":{\"age\":30,\"jobSeeker\":\" \"}}";
        assertThatThrownBy(() -> DiagnosisJson.parse(jobSeeker)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.getMessage()).isEqualTo(
                        "profile.jobSeeker: is blank (empty or whitespace only): expected true or false"));
    }

    @Property(tries = 100)
    void inABatchTheErrorNamesTheRequestToo(@ForAll("requests") DiagnosisRequest first,
                                            @ForAll("requests") DiagnosisRequest second,
                                            @ForAll("requestFields") Field field, @ForAll("blanks") String blank) {
        JsonNode broken = ContractFields.with(DiagnosisJson.mapper().valueToTree(second), field, TextNode.valueOf(blank));
        String json = JsonNodeFactory.instance.arrayNode().add(DiagnosisJson.mapper().<JsonNode>valueToTree(first))
                .add(broken).toString();

        assertThatThrownBy(() -> DiagnosisJson.parse(json)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("[1]." + field.path()));
    }

    @Property(tries = 200)
    void aBlankWhereTheCatalogueExpectsABooleanNumberOrEnumIsAnErrorNamingIt(
            @ForAll("catalogFields") Field field, @ForAll("blanks") String blank) {
        String json = ContractFields.with(DEFAULT_CATALOG, field, TextNode.valueOf(blank)).toString();

        assertThatThrownBy(() -> CatalogJson.read(json)).isInstanceOfSatisfying(InvalidCatalogException.class, e -> {
            assertThat(e.where()).isEqualTo(field.path());
            assertThat(e.getMessage()).contains("is blank");
        });
    }

    private static final JsonNode DEFAULT_CATALOG = readDefault();

    private static JsonNode readDefault() {
        try {
            return DiagnosisJson.mapper().readTree(CatalogJson.write(CatalogJson.defaultCatalog()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
