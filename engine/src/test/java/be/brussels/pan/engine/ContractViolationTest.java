package be.brussels.pan.engine;

import be.brussels.pan.contract.diagnosis.Ability;
import be.brussels.pan.contract.diagnosis.Answers;
import be.brussels.pan.contract.diagnosis.Device;
import be.brussels.pan.contract.diagnosis.DiagnosisRequest;
import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.Internet;
import be.brussels.pan.contract.diagnosis.Profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contract violation is rejected with an error naming the field (diagnosis contract, "Errors"). */
class ContractViolationTest {

    private static final String ANSWERS = "\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}";

    static Stream<Arguments> violations() {
        return Stream.of(
                Arguments.of("no answers", "{}", "answers"),
                Arguments.of("answers null", "{\"answers\":null}", "answers"),
                Arguments.of("missing answer", "{\"answers\":{\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\"}}", "answers.onlineProcedures"),
                Arguments.of("unknown enum value", "{\"answers\":{\"device\":\"TABLET\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}", "answers.device"),
                Arguments.of("lower-case enum value", "{\"answers\":{\"device\":\"none\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}", "answers.device"),
                Arguments.of("unknown top-level field", "{" + ANSWERS + ",\"name\":\"Jan Janssens\"}", "name"),
                Arguments.of("unknown nested field", "{" + ANSWERS + ",\"profile\":{\"firstName\":\"Jan\"}}", "profile.firstName"),
                Arguments.of("age below range", "{" + ANSWERS + ",\"profile\":{\"age\":-1}}", "profile.age"),
                Arguments.of("age above range", "{" + ANSWERS + ",\"profile\":{\"age\":121}}", "profile.age"),
                Arguments.of("age as a string", "{" + ANSWERS + ",\"profile\":{\"age\":\"57\"}}", "profile.age"),
                Arguments.of("age as a decimal", "{" + ANSWERS + ",\"profile\":{\"age\":57.5}}", "profile.age"),
                Arguments.of("boolean as a string", "{" + ANSWERS + ",\"profile\":{\"jobSeeker\":\"yes\"}}", "profile.jobSeeker"),
                Arguments.of("postcode of five digits", "{" + ANSWERS + ",\"profile\":{\"postcode\":\"10800\"}}", "profile.postcode"),
                Arguments.of("postcode with letters", "{" + ANSWERS + ",\"profile\":{\"postcode\":\"B-1080\"}}", "profile.postcode"),
                Arguments.of("postcode as a number", "{" + ANSWERS + ",\"profile\":{\"postcode\":1080}}", "profile.postcode"),
                Arguments.of("unknown language code", "{" + ANSWERS + ",\"profile\":{\"languages\":[\"fr\",\"xx\"]}}", "profile.languages[1]"),
                Arguments.of("unknown disability", "{" + ANSWERS + ",\"profile\":{\"disabilities\":[\"BLIND\"]}}", "profile.disabilities[0]"),
                Arguments.of("unknown gender", "{" + ANSWERS + ",\"profile\":{\"gender\":\"F\"}}", "profile.gender"),
                Arguments.of("reference with a space", "{" + ANSWERS + ",\"reference\":\"Jan Janssens\"}", "reference"),
                Arguments.of("reference too long", "{" + ANSWERS + ",\"reference\":\"" + "A".repeat(65) + "\"}", "reference"),
                Arguments.of("unknown locale", "{" + ANSWERS + ",\"locale\":\"de\"}", "locale"),
                Arguments.of("unknown channel", "{" + ANSWERS + ",\"channel\":\"PHONE\"}", "channel"),
                Arguments.of("digcomp area missing", "{" + ANSWERS + ",\"extended\":{\"digcomp\":{\"information\":\"NONE\",\"communication\":\"NONE\",\"contentCreation\":\"NONE\",\"safety\":\"NONE\"}}}", "extended.digcomp.problemSolving"),
                Arguments.of("unknown barrier", "{" + ANSWERS + ",\"extended\":{\"barriers\":[\"FEAR\"]}}", "extended.barriers[0]"),
                Arguments.of("unknown need", "{" + ANSWERS + ",\"extended\":{\"needs\":[\"ADMIN\",\"SHOPPING\"]}}", "extended.needs[1]"),
                Arguments.of("null in a list", "{" + ANSWERS + ",\"extended\":{\"needs\":[null]}}", "extended.needs[0]"),
                Arguments.of("duplicate key", "{" + ANSWERS + ",\"locale\":\"fr\",\"locale\":\"nl\"}", "locale"),
                Arguments.of("duplicate nested key", "{\"answers\":{\"device\":\"NONE\",\"device\":\"NONE\",\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}", "answers.device"),
                Arguments.of("duplicate key in a batch", "[{" + ANSWERS + "},{" + ANSWERS + ",\"profile\":{\"age\":30,\"age\":31}}]", "[1].profile.age"),
                Arguments.of("malformed JSON", "{\"answers\":", "$"),
                Arguments.of("not an object", "\"hello\"", "$"),
                Arguments.of("empty body", "", "$"),
                Arguments.of("trailing garbage", "{" + ANSWERS + "} x", "$"),
                Arguments.of("empty batch", "[]", "$"),
                Arguments.of("bad element in a batch", "[{" + ANSWERS + "},{\"answers\":{\"device\":\"NONE\"}}]", "[1].answers.internet"),
                Arguments.of("unknown field in a batch", "[{" + ANSWERS + ",\"x\":1}]", "[0].x"),
                Arguments.of("non-object in a batch", "[{" + ANSWERS + "},42]", "[1]"),
                Arguments.of("enum value as a number", "{\"answers\":{\"device\":0,\"internet\":\"NONE\",\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}}", "answers.device"),
                Arguments.of("enum in a list as a number", "{" + ANSWERS + ",\"profile\":{\"disabilities\":[0]}}", "profile.disabilities[0]"),
                Arguments.of("channel as a number", "{" + ANSWERS + ",\"channel\":1}", "channel"),
                Arguments.of("an object where a list is expected", "{" + ANSWERS + ",\"profile\":{\"languages\":{}}}", "profile.languages"),
                Arguments.of("a list where an object is expected", "{\"answers\":[]}", "answers"),
                Arguments.of("unknown digcomp field", "{" + ANSWERS + ",\"extended\":{\"digcomp\":{\"areasNone\":true}}}", "extended.digcomp.areasNone"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("violations")
    void theErrorNamesTheField(String what, String body, String field) {
        assertThatThrownBy(() -> Engines.DEFAULT.diagnoseJson(body))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.problem()).isNotBlank();
                    // In the contract's words: no Java class, no Jackson setting.
                    assertThat(e.problem()).doesNotContain("be.brussels").doesNotContain("java.").doesNotContain("`")
                            .doesNotContain("DeserializationFeature").doesNotContain("CoercionConfig");
                });
    }

    @Test
    void syntaxErrorsAreToldInWordsNotJacksonSettings() {
        assertThatThrownBy(() -> Engines.DEFAULT.diagnoseJson("{" + ANSWERS + "} {}"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problem())
                        .startsWith("unexpected content after the JSON document").doesNotContain("DeserializationFeature"));
        assertThatThrownBy(() -> Engines.DEFAULT.diagnoseJson("{" + ANSWERS + ",\"locale\":\"fr\",\"locale\":\"nl\"}"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problem()).isEqualTo("is given twice"));
    }

    @Test
    void aBodyOver64KibIsRejected() {
        String padding = " ".repeat(DiagnosisJson.MAX_BODY_BYTES);
        assertThatThrownBy(() -> Engines.DEFAULT.diagnoseJson("{" + ANSWERS + "}" + padding))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problem()).contains("64 KiB"));
    }

    @Test
    void aBodyOfExactly64KibIsAccepted() {
        String body = "{" + ANSWERS + "}";
        String padded = body + " ".repeat(DiagnosisJson.MAX_BODY_BYTES - body.length());
        assertThat(Engines.DEFAULT.diagnoseJson(padded)).contains("\"fragility\"");
    }

    @Test
    void theTypedApiValidatesToo() {
        DiagnosisRequest noEmail = DiagnosisRequest.of(new Answers(Device.NONE, Internet.NONE, null, Ability.CANNOT));
        assertThatThrownBy(() -> Engines.DEFAULT.diagnose(noEmail))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("answers.email"));
    }

    @Test
    void aTypedBatchNamesTheIndexOfTheBadElement() {
        DiagnosisRequest good = DiagnosisRequest.of(new Answers(Device.NONE, Internet.NONE, Ability.CANNOT, Ability.CANNOT));
        DiagnosisRequest bad = new DiagnosisRequest(null, null, "xx", good.answers(), null, null);
        assertThatThrownBy(() -> Engines.DEFAULT.diagnoseAll(java.util.List.of(good, good, bad)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("[2].locale"));
    }

    @Test
    void aBatchIsAnsweredInOrder() throws Exception {
        String young = "{" + ANSWERS + ",\"profile\":{\"age\":20}}";
        String old = "{" + ANSWERS + ",\"profile\":{\"age\":70}}";
        var tree = DiagnosisJson.mapper().readTree(Engines.DEFAULT.diagnoseJson("[" + young + "," + old + "]"));

        assertThat(tree.isArray()).isTrue();
        assertThat(tree.get(0).get("targetGroups").toString()).contains("YOUTH");
        assertThat(tree.get(1).get("targetGroups").toString()).contains("SENIORS");
    }

    @Test
    void anotherBelgianPostcodeIsAcceptedAndMarkedOutsideTheRegion() {
        DiagnosisResponse response = Engines.DEFAULT.diagnose(new DiagnosisRequest(null, null, "en",
                new Answers(Device.NONE, Internet.NONE, Ability.CANNOT, Ability.CANNOT),
                Profile.builder().age(40).postcode("4000").build(), null));

        assertThat(response.explanation()).extracting(DiagnosisResponse.Explanation::rule).contains("location-outside-region");
    }
}
