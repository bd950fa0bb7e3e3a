package be.brussels.pan.roster.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import be.brussels.pan.contract.json.ContractFields;
import be.brussels.pan.contract.json.ContractFields.Field;
import be.brussels.pan.contract.json.ContractFields.Kind;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.ProblemJson;
import be.brussels.pan.roster.json.RosterJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 15, over every field of the roster problem ({@link ContractFields}): a blank where a number, a boolean or an
 * enum is expected is an error naming the field (it was read as absent), and a text field holding a NUL, another
 * control character or a lone surrogate is refused naming its path (PostgreSQL refused it later, when the roster
 * was stored or published).
 */
class ProblemInputProperties {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final JsonNode VALID = read();

    private static JsonNode read() {
        try (InputStream in = ProblemInputProperties.class.getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            return TREE.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Provide
    Arbitrary<Field> scalarFields() {
        return Arbitraries.of(ContractFields.of(ProblemJson.class, Kind.BOOLEAN, Kind.NUMBER, Kind.ENUM));
    }

    @Provide
    Arbitrary<Field> textFields() {
        return Arbitraries.of(ContractFields.of(ProblemJson.class, Kind.TEXT));
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\f', '\u2003').ofMinLength(0).ofMaxLength(5);
    }

    /** Text with one character no database column takes: NUL, another control character, half a surrogate pair. */
    @Provide
    Arbitrary<String> nonTexts() {
        Arbitrary<String> bad = Arbitraries.of("\u0000", "\u0001", "\u001B", "\u007F", "\u0085", "\uD800", "\uDFFF");
        Arbitrary<String> around = Arbitraries.strings().alpha().numeric().withChars(' ', 'é', '-').ofMaxLength(8);
        return net.jqwik.api.Combinators.combine(around, bad, around).as((a, b, c) -> a + b + c);
    }

    @Property(tries = 200)
    void aBlankNumberBooleanOrEnumIsAnErrorNamingIt(@ForAll("scalarFields") Field field, @ForAll("blanks") String blank) {
        String json = ContractFields.with(VALID, field, TextNode.valueOf(blank)).toString();

        assertThatThrownBy(() -> RosterJson.readProblem(json)).isInstanceOfSatisfying(InvalidProblemException.class, e -> {
            assertThat(e.where()).isEqualTo(field.path());
            assertThat(e.getMessage()).contains("is blank");
        });
    }

    @Property(tries = 300)
    void aTextThatIsNotPlainIsRefusedNamingItsPath(@ForAll("textFields") Field field, @ForAll("nonTexts") String text) {
        ProblemJson problem = RosterJson.readProblem(ContractFields.with(VALID, field, TextNode.valueOf(text)).toString());

        assertThatThrownBy(() -> ProblemValidator.validate(problem)).isInstanceOfSatisfying(InvalidProblemException.class,
                e -> {
                    assertThat(e.where()).isEqualTo(field.path());
                    assertThat(e.getMessage()).contains("contains a character that is not text");
                });
    }

    @Example
    void plainTextOfAnyScriptStaysValid() {
        ProblemJson problem = RosterJson.readProblem(ContractFields.with(VALID, ContractFields.of(ProblemJson.class, Kind.TEXT)
                .stream().filter(f -> f.path().equals("venues[0].name")).findFirst().orElseThrow(),
                TextNode.valueOf("EPN Molenbeek – مركز 😀\tsalle 2\n")).toString());

        assertThatCode(() -> ProblemValidator.validate(problem)).doesNotThrowAnyException();
    }

    @Example
    void everyFieldOnce() {
        for (Field field : ContractFields.of(ProblemJson.class, Kind.BOOLEAN, Kind.NUMBER, Kind.ENUM)) {
            String json = ContractFields.with(VALID, field, TextNode.valueOf(" ")).toString();
            assertThatThrownBy(() -> RosterJson.readProblem(json)).as(field.path())
                    .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo(field.path()));
        }
        for (Field field : ContractFields.of(ProblemJson.class, Kind.TEXT)) {
            ProblemJson problem = RosterJson.readProblem(ContractFields.with(VALID, field, TextNode.valueOf("a\u0000b")).toString());
            assertThatThrownBy(() -> ProblemValidator.validate(problem)).as(field.path())
                    .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.where()).isEqualTo(field.path()));
        }
    }
}
