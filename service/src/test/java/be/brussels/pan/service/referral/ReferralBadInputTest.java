package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Bad bodies: a 400 problem naming the field, and no row stored. {@code D} stands for an existing diagnosis id. */
class ReferralBadInputTest extends ReferralTestSupport {

    static Stream<Arguments> badCreations() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"diagnosisId\":", "$"),
                Arguments.of("not an object", "[\"D\"]", "$"),
                Arguments.of("null body", "null", "$"),
                Arguments.of("empty body", "", "$"),
                Arguments.of("trailing content", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\"} {}", "$"),
                Arguments.of("wrong type: number", "{\"diagnosisId\":42,\"offerId\":\"epn-13-access\"}", "diagnosisId"),
                Arguments.of("wrong type: object", "{\"diagnosisId\":\"D\",\"offerId\":{\"id\":1}}", "offerId"),
                Arguments.of("wrong type: array note", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"note\":[\"x\"]}", "note"),
                Arguments.of("wrong type: boolean note", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"note\":true}", "note"),
                Arguments.of("unknown field", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"name\":\"Jan\"}", "name"),
                Arguments.of("duplicate field", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"offerId\":\"db-11-project\"}", "offerId"),
                Arguments.of("missing diagnosisId", "{\"offerId\":\"epn-13-access\"}", "diagnosisId"),
                Arguments.of("missing offerId", "{\"diagnosisId\":\"D\"}", "offerId"),
                Arguments.of("null offerId", "{\"diagnosisId\":\"D\",\"offerId\":null}", "offerId"),
                Arguments.of("blank offerId", "{\"diagnosisId\":\"D\",\"offerId\":\" \"}", "offerId"),
                Arguments.of("diagnosisId not a UUID", "{\"diagnosisId\":\"123\",\"offerId\":\"epn-13-access\"}", "diagnosisId"),
                Arguments.of("unknown diagnosisId", "{\"diagnosisId\":\"" + UUID.randomUUID() + "\",\"offerId\":\"epn-13-access\"}", "diagnosisId"),
                Arguments.of("offerId not in the catalogue", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-99-access\"}", "offerId"),
                Arguments.of("a structure id is not an offer id", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13\"}", "offerId"),
                Arguments.of("note over 1000 characters", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"note\":\"" + "x".repeat(1001) + "\"}", "note"),
                // 600 emoji are 600 code points but 1,200 UTF-16 units, which H2's varchar(1000) counts: a 500 before.
                // PostgreSQL refuses NUL in text (a 500 there); a lone surrogate is not text.
                Arguments.of("note with a NUL", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"note\":\"a\\u0000b\"}", "note"),
                Arguments.of("note with a lone surrogate", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"note\":\"a\\ud800b\"}", "note"),
                Arguments.of("note of 600 emoji", "{\"diagnosisId\":\"D\",\"offerId\":\"epn-13-access\",\"note\":\"" + "\uD83D\uDE00".repeat(600) + "\"}", "note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCreations")
    void aBadCreationIsAProblemNamingTheFieldAndStoresNothing(String what, String body, String field) {
        String json = body.replace("\"D\"", "\"" + diagnosis() + "\"");
        long referrals = rows("referrals");
        long transitions = rows("referral_transitions");

        ResponseEntity<String> answer = call("counsellor", HttpMethod.POST, "/api/v1/referrals", json);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(answer).get("field").asText()).isEqualTo(field);
        assertThat(rows("referrals")).isEqualTo(referrals);
        assertThat(rows("referral_transitions")).isEqualTo(transitions);
    }

    static Stream<Arguments> badTransitions() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"to\":\"ACCEPTED\"", "$"),
                Arguments.of("not an object", "\"ACCEPTED\"", "$"),
                Arguments.of("empty body", "", "$"),
                Arguments.of("missing to", "{\"reason\":\"ok\"}", "to"),
                Arguments.of("unknown status", "{\"to\":\"DONE\"}", "to"),
                Arguments.of("lower-case status", "{\"to\":\"accepted\"}", "to"),
                Arguments.of("wrong type: number", "{\"to\":1}", "to"),
                Arguments.of("wrong type: reason", "{\"to\":\"ACCEPTED\",\"reason\":{}}", "reason"),
                Arguments.of("unknown field", "{\"to\":\"ACCEPTED\",\"version\":0}", "version"),
                Arguments.of("reason over 1000 characters", "{\"to\":\"ACCEPTED\",\"reason\":\"" + "x".repeat(1001) + "\"}", "reason"),
                Arguments.of("reason with a control character", "{\"to\":\"REFUSED\",\"reason\":\"a\\u0007b\"}", "reason"),
                Arguments.of("reason of 600 emoji", "{\"to\":\"REFUSED\",\"reason\":\"" + "\uD83D\uDE00".repeat(600) + "\"}", "reason"),
                Arguments.of("refusal without reason", "{\"to\":\"REFUSED\"}", "reason"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTransitions")
    void aBadTransitionIsAProblemNamingTheFieldAndChangesNothing(String what, String body, String field) {
        String id = referral("counsellor", SKS_OFFER);
        long transitions = rows("referral_transitions");

        ResponseEntity<String> answer = call("partner-sks", HttpMethod.POST, "/api/v1/referrals/" + id + "/transitions", body);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(answer).get("field").asText()).isEqualTo(field);
        assertThat(rows("referral_transitions")).isEqualTo(transitions);
        assertThat(get("counsellor", id).get("status").asText()).isEqualTo("SENT");
        assertThat(get("counsellor", id).get("version").asInt()).isZero();
    }
}
