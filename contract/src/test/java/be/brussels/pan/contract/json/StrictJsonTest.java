package be.brussels.pan.contract.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: an empty or whitespace-only string where a boolean, a number, an enum or a date is expected is an error
 * naming the field, where Jackson's default reads it as null ("unknown"). Text stays text, blank or not.
 */
class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Sample(Boolean flag, Integer count, Double ratio, Long big, Colour colour, List<Colour> colours,
                  LocalDate day, String text) {
    }

    private static final JsonMapper STRICT = StrictJson.builder().addModule(new JavaTimeModule()).build();

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "flag|' '|flag|true or false",
            "flag|''|flag|true or false",
            "count|'\\t'|count|a whole number",
            "ratio|'  '|ratio|a number",
            "count|'\u2003'|count|a whole number",
            "big|'\\n'|big|a whole number",
            "colour|' '|colour|one of [RED, GREEN]",
            "colour|''|colour|one of [RED, GREEN]",
            "day|' '|day|an ISO date like 2026-12-01"})
    void aBlankScalarIsAnErrorNamingTheField(String field, String blank, String path, String expected) {
        String json = "{\"" + field + "\": \"" + blank + "\"}";

        assertThatThrownBy(() -> STRICT.readValue(json, Sample.class))
                .isInstanceOfSatisfying(JsonMappingException.class, e -> {
                    assertThat(JsonPaths.of(e)).isEqualTo(path);
                    assertThat(JsonMessages.of(e)).isEqualTo("is blank (empty or whitespace only): expected " + expected);
                });
    }

    @Test
    void aBlankEnumInAListIsNamedWithItsIndex() {
        assertThatThrownBy(() -> STRICT.readValue("{\"colours\": [\"RED\", \" \"]}", Sample.class))
                .isInstanceOfSatisfying(JsonMappingException.class,
                        e -> assertThat(JsonPaths.of(e)).isEqualTo("colours[1]"));
    }

    @Test
    void textStaysTextAndRealValuesStillRead() throws Exception {
        Sample sample = STRICT.readValue("{\"flag\": false, \"count\": 3, \"ratio\": 0.5, \"big\": 7, \"colour\": \"GREEN\","
                + " \"colours\": [\"RED\"], \"day\": \"2026-12-01\", \"text\": \"  \"}", Sample.class);

        assertThat(sample).isEqualTo(new Sample(false, 3, 0.5, 7L, Colour.GREEN, List.of(Colour.RED),
                LocalDate.of(2026, 12, 1), "  "));
    }
}
