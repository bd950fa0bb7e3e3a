package be.brussels.pan.service.referral;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.engine.catalog.CatalogJson;
import be.brussels.pan.service.engine.EngineHolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The eligibility table of issue 14 through the API: a diagnosis stores the offers it excluded, a referral to one
 * of them is a 422 naming the rule (nothing stored) unless the referrer writes an override reason, which the
 * referral, its history and the statistics keep. The default catalogue has no offer reserved to CPAS
 * beneficiaries alone, so this class adds one (as the engine's ExclusionTableTest) and gives the default back.
 */
class ReferralEligibilityTest extends ReferralTestSupport {

    private static final String START_DIGITAL = "start-digital-epn-02";
    private static final String WOMEN_ONLY = "db-08-project";
    private static final String AGE_BAND = "db-05-project"; // 15 to 25
    private static final String CPAS_ONLY = "test-cpas-only";

    @Autowired
    EngineHolder engines;

    @BeforeEach
    void withACpasOnlyOffer() {
        Catalog catalog = CatalogJson.defaultCatalog();
        Service model = catalog.services().stream().filter(s -> s.id().equals(WOMEN_ONLY)).findFirst().orElseThrow();
        List<Service> services = new ArrayList<>(catalog.services());
        services.add(new Service(CPAS_ONLY, model.structureId(), model.name(), model.kind(), model.description(),
                model.targetGroups(), List.of("CPAS_BENEFICIARIES"), model.personae(), model.needs(), model.languages(),
                null, null, model.eligibility(), model.conditions(), model.fee(), model.schedule(), model.capacity(),
                model.digcompLevels(), model.provenance()));
        engines.swapCatalog(new Catalog(catalog.version(), catalog.description(), catalog.structures(), services));
    }

    /** Other test classes share this service: they get the default catalogue back. */
    @AfterEach
    void defaultCatalogue() {
        engines.swapCatalog(CatalogJson.defaultCatalog());
    }

    /** A job seeker without the upper-secondary certificate: only the age decides Start Digital. */
    private static ObjectNode candidate() {
        return JSON.createObjectNode().put("postcode", "1080").put("jobSeeker", true).put("upperSecondaryCertificate", false);
    }

    private static ObjectNode adult() {
        return JSON.createObjectNode().put("age", 40).put("postcode", "1080");
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("Start Digital at 25", candidate().put("age", 25), START_DIGITAL, "start-digital-eligible"),
                Arguments.of("Start Digital at 26", candidate().put("age", 26), START_DIGITAL, null),
                Arguments.of("Start Digital, age unknown", candidate(), START_DIGITAL, "start-digital-age-unknown"),
                Arguments.of("Start Digital, certificate unknown", candidate().put("age", 40).without("upperSecondaryCertificate"),
                        START_DIGITAL, "start-digital-certificate-unknown"),
                Arguments.of("women only, a man", adult().put("gender", "MAN"), WOMEN_ONLY, "exclude-reserved"),
                Arguments.of("women only, gender unknown", adult(), WOMEN_ONLY, "exclude-reserved"),
                Arguments.of("women only, a woman", adult().put("gender", "WOMAN"), WOMEN_ONLY, null),
                Arguments.of("age band 15-25 at 30", adult().put("age", 30), AGE_BAND, "exclude-age"),
                Arguments.of("age band 15-25 at 14", adult().put("age", 14), AGE_BAND, "exclude-age"),
                Arguments.of("age band 15-25 at 20", adult().put("age", 20), AGE_BAND, null),
                Arguments.of("CPAS only, a beneficiary", adult().put("cpasBeneficiary", true), CPAS_ONLY, null),
                Arguments.of("CPAS only, not a beneficiary", adult().put("cpasBeneficiary", false), CPAS_ONLY, "exclude-reserved"),
                Arguments.of("CPAS only, unknown", adult(), CPAS_ONLY, "exclude-reserved"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void anExcludedOfferIsA422NamingTheRuleAndStoresNothingUnlessOverridden(String name, ObjectNode profile, String offerId,
                                                                            String rule) {
        String diagnosis = diagnosisOf(profile);
        long referrals = rows("referrals");
        long transitions = rows("referral_transitions");

        ResponseEntity<String> plain = create(diagnosis, offerId, null);

        if (rule == null) {
            assertThat(plain.getStatusCode().value()).as(plain.getBody()).isEqualTo(201);
            assertThat(json(plain).get("override").isNull()).isTrue();
            return;
        }
        assertThat(plain.getStatusCode().value()).as(plain.getBody()).isEqualTo(422);
        assertThat(plain.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json(plain);
        assertThat(problem.get("field").asText()).isEqualTo("offerId");
        assertThat(problem.get("rule").asText()).isEqualTo(rule);
        assertThat(problem.get("detail").asText()).contains(rule, offerId, "overrideReason");
        assertThat(rows("referrals")).as("nothing stored on a 422").isEqualTo(referrals);
        assertThat(rows("referral_transitions")).isEqualTo(transitions);

        ResponseEntity<String> overridden = create(diagnosis, offerId, "Her adviser confirmed she qualifies.");

        assertThat(overridden.getStatusCode().value()).as(overridden.getBody()).isEqualTo(201);
        JsonNode referral = json(overridden);
        assertThat(referral.at("/override/rule").asText()).isEqualTo(rule);
        assertThat(referral.at("/override/reason").asText()).isEqualTo("Her adviser confirmed she qualifies.");
        assertThat(referral.at("/history/0/reason").asText())
                .isEqualTo("override of " + rule + ": Her adviser confirmed she qualifies.");
        assertThat(get("counsellor", referral.get("id").asText())).isEqualTo(referral);
        assertThat(rows("referrals")).isEqualTo(referrals + 1);
    }

    @Test
    void anOverrideReasonForAnOfferNotExcludedRecordsNoOverride() {
        String diagnosis = diagnosisOf(adult().put("gender", "WOMAN"));
        ResponseEntity<String> created = create(diagnosis, WOMEN_ONLY, "just in case");
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json(created).get("override").isNull()).isTrue();
        assertThat(json(created).at("/history/0/reason").isNull()).isTrue();
    }

    @Test
    void aBadOverrideReasonIsA400() {
        String diagnosis = diagnosisOf(adult().put("gender", "MAN"));
        for (String reason : List.of(" ", "x".repeat(1001), "a\u0000b")) {
            ResponseEntity<String> refused = create(diagnosis, WOMEN_ONLY, reason);
            assertThat(refused.getStatusCode().value()).isEqualTo(400);
            assertThat(json(refused).get("field").asText()).isEqualTo("overrideReason");
        }
    }

    @Test
    void aDiagnosisStoredBeforeExclusionsWereKeptIsNotChecked() {
        String diagnosis = diagnosisOf(adult().put("gender", "MAN"));
        assertThat(create(diagnosis, WOMEN_ONLY, null).getStatusCode().value()).isEqualTo(422);
        // as V13 leaves the diagnoses stored before it: never assessed
        jdbc.sql("update diagnoses set exclusions = null where id = ?").param(UUID.fromString(diagnosis)).update();

        ResponseEntity<String> created = create(diagnosis, WOMEN_ONLY, null);

        assertThat(created.getStatusCode().value()).isEqualTo(201);
        assertThat(json(created).get("override").isNull()).isTrue();
    }

    @Test
    void aBatchStoresEachDiagnosisWithItsOwnExclusions() {
        ObjectNode man = request(adult().put("gender", "MAN"));
        ObjectNode woman = request(adult().put("gender", "WOMAN"));
        ResponseEntity<String> batch = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                JSON.createArrayNode().add(man).add(woman).toString());
        assertThat(batch.getStatusCode().value()).isEqualTo(201);

        assertThat(create(json(batch).get(0).get("id").asText(), WOMEN_ONLY, null).getStatusCode().value()).isEqualTo(422);
        assertThat(create(json(batch).get(1).get("id").asText(), WOMEN_ONLY, null).getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void theStatisticsCountTheOverridesByRuleWithSmallCellsSuppressed() {
        for (int i = 0; i < 5; i++) {
            String diagnosis = diagnosisOf(adult().put("age", 30));
            assertThat(create(diagnosis, AGE_BAND, "reason " + i).getStatusCode().value()).isEqualTo(201);
        }
        // Statistics are published for ended months only: today's overrides are moved to a month of this test's own.
        OffsetDateTime todayStart = LocalDate.now(ZoneId.of("Europe/Brussels")).atStartOfDay(ZoneId.of("Europe/Brussels"))
                .toOffsetDateTime();
        OffsetDateTime inMonth = OffsetDateTime.parse("2001-09-10T10:00:00+02:00");
        jdbc.sql("update referrals set created_at = ? where override_rule is not null and created_at >= ?")
                .params(inMonth, todayStart).update();

        ResponseEntity<String> answer = call("planner", HttpMethod.GET, "/api/v1/stats?month=2001-09", null);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode stats = json(answer);
        long total = jdbc.sql("select count(*) from referrals where override_rule is not null and created_at = ?")
                .param(inMonth).query(Long.class).single();
        java.util.Map<String, Long> stored = new java.util.TreeMap<>();
        jdbc.sql("select override_rule, count(*) from referrals where override_rule is not null and created_at = ?"
                        + " group by override_rule").param(inMonth)
                .query(rs -> {
                    stored.put(rs.getString(1), rs.getLong(2));
                });
        for (JsonNode cell : stats.get("overridesByRule")) {
            // Only shown cells are listed, each at least 5 and exact.
            assertThat(cell.get("count").asLong()).isEqualTo(stored.get(cell.get("key").asText())).isGreaterThanOrEqualTo(5);
        }
        stored.forEach((rule, n) -> {
            if (n < 5) {
                assertThat(stats.get("overridesByRule").toString()).doesNotContain("\"" + rule + "\"");
            }
        });
        JsonNode ageCell = null;
        for (JsonNode cell : stats.get("overridesByRule")) {
            if (cell.get("key").asText().equals("exclude-age")) {
                ageCell = cell;
            }
        }
        assertThat(ageCell).as("exclude-age is counted").isNotNull();
        assertThat(stats.get("overrides").asLong()).isEqualTo(total).isGreaterThanOrEqualTo(5);
        assertThat(stats.toString()).doesNotContain("reason 0");
    }

    private static ObjectNode request(ObjectNode profile) {
        ObjectNode request = JSON.createObjectNode().put("channel", "ACTIRIS").put("locale", "fr");
        request.putObject("answers").put("device", "NONE").put("internet", "NONE").put("email", "CANNOT")
                .put("onlineProcedures", "CANNOT");
        request.set("profile", profile);
        return request;
    }

    private String diagnosisOf(ObjectNode profile) {
        ResponseEntity<String> created = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", request(profile).toString());
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    private ResponseEntity<String> create(String diagnosisId, String offerId, String overrideReason) {
        ObjectNode body = JSON.createObjectNode().put("diagnosisId", diagnosisId).put("offerId", offerId);
        if (overrideReason != null) {
            body.put("overrideReason", overrideReason);
        }
        return call("counsellor", HttpMethod.POST, "/api/v1/referrals", body.toString());
    }
}
