package be.brussels.pan.service.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.contract.diagnosis.OrientationKind;
import be.brussels.pan.engine.InvalidRequestException;
import be.brussels.pan.service.security.PanUser;
import be.brussels.pan.service.security.Role;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The diagnosis pipeline and the store's queries for statistics and demand, below HTTP. */
// A database of its own: the demand's orientation kinds are ranked with the seats of the sessions published in the
// database (issue 14), and the roster tests that share ApiTest's context publish some; run after them (as the test
// order put it on i15-auth), EPN came before PARTNER.
@org.springframework.test.context.TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:diagnosis-service-"
        + "${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class DiagnosisServiceTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PanUser ANA = new PanUser("ana", "unused", Role.COUNSELLOR, "Actiris", true);

    @Autowired
    private DiagnosisService service;
    @Autowired
    private DiagnosisStore store;

    private static byte[] example(String persona) throws Exception {
        return Files.readAllBytes(Path.of("..", "examples", "requests", persona + ".json"));
    }

    @Test
    void oneRequestAnswersTheBytesItStoredAndItsId() throws Exception {
        DiagnosisService.Diagnosed diagnosed = service.diagnoseAndStore(example("esteban"), ANA);

        String id = diagnosed.id().orElseThrow();
        assertThat(JSON.readTree(diagnosed.json()).get("id").asText()).isEqualTo(id);
        assertThat(store.findJson(UUID.fromString(id))).hasValueSatisfying(stored -> assertThat(stored).isEqualTo(diagnosed.json()));
        assertThat(service.find(UUID.fromString(id), ANA)).hasValueSatisfying(found -> assertThat(found).isEqualTo(diagnosed.json()));
        // the same bytes are another organisation's to read only through a referral (none here)
        assertThat(service.find(UUID.fromString(id), new PanUser("bo", "unused", Role.COUNSELLOR, "CPAS Forest", true)))
                .isEmpty();
        assertThat(store.savesOnTheirWay()).isZero();
    }

    @Test
    void aBatchAnswersTheArrayOfTheBytesItStoredInOrderAndNoId() throws Exception {
        byte[] batch = ("[" + new String(example("anne"), StandardCharsets.UTF_8) + ","
                + new String(example("esteban"), StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);

        DiagnosisService.Diagnosed diagnosed = service.diagnoseAndStore(batch, ANA);

        assertThat(diagnosed.id()).isEmpty();
        JsonNode array = JSON.readTree(diagnosed.json());
        assertThat(array.get(0).at("/persona/code").asText()).isEqualTo("ANNE");
        assertThat(array.get(1).at("/persona/code").asText()).isEqualTo("ESTEBAN");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write('[');
        expected.writeBytes(store.findJson(UUID.fromString(array.get(0).get("id").asText())).orElseThrow());
        expected.write(',');
        expected.writeBytes(store.findJson(UUID.fromString(array.get(1).get("id").asText())).orElseThrow());
        expected.write(']');
        assertThat(diagnosed.json()).isEqualTo(expected.toByteArray());
    }

    @Test
    void anInvalidRequestStoresNothingAndClosesItsAnnouncement() {
        long before = rows("diagnoses");

        assertThatThrownBy(() -> service.diagnoseAndStore("{\"answers\":{}}".getBytes(StandardCharsets.UTF_8), ANA))
                .isInstanceOf(InvalidRequestException.class);

        assertThat(rows("diagnoses")).isEqualTo(before);
        assertThat(store.savesOnTheirWay()).isZero();
    }

    @Test
    void theDemandCountsTheDiagnosesByWhatARosterCellIsBuiltFromThoseWithoutACommuneUnderUnknown() throws Exception {
        List<String> ids = List.of(stored("esteban"), stored("esteban"), stored("esteban"), stored("anne"),
                storedWithout("esteban", "postcode"), storedWithout("louis", "languages"));
        moveTo("2004-03-03T10:00:00Z", ids);

        List<DemandCount> demand = store.demand(OffsetDateTime.parse("2004-03-01T00:00:00+01:00"),
                OffsetDateTime.parse("2004-03-08T00:00:00+01:00"));

        // Issue 15: the one without a postcode is counted too (the statistics protect the demand against byCommune,
        // of which it is a line, and it goes to the Region-wide group).
        DemandCount unknown = demand.stream().filter(d -> d.commune().equals(DiagnosisCounts.NO_COMMUNE)).findFirst()
                .orElseThrow();
        assertThat(unknown.diagnoses()).isEqualTo(1);
        assertThat(unknown.languages()).containsExactly("ar", "fr");
        // The kinds are compared as sets: their order is the orientations' ranking, which the seats of the sessions
        // other tests publish in the shared database can change (an EPN with a session soon ranks higher).
        assertThat(demand.stream().map(DiagnosisServiceTest::kindsAsSet).toList()).containsExactlyInAnyOrder(
                kindsAsSet(unknown),
                kindsAsSet(new DemandCount("21012", List.of("ar", "fr"), List.of("JOB_SEEKERS", "PRECARIOUS"), "HIGH",
                        List.of(OrientationKind.SOCIAL_SUPPORT, OrientationKind.START_DIGITAL, OrientationKind.PARTNER,
                                OrientationKind.EPN), 3)),
                kindsAsSet(new DemandCount("21018", List.of("fr", "en"), List.of("WOMEN"), "MEDIUM",
                        List.of(OrientationKind.EPN, OrientationKind.PARTNER), 1)),
                kindsAsSet(new DemandCount("21015", List.of(), List.of(), "HIGH", demand.stream()
                        .filter(d -> d.commune().equals("21015")).findFirst().orElseThrow().orientationKinds(), 1)));
        assertThat(store.demand(OffsetDateTime.parse("2004-03-03T11:00:00Z"), OffsetDateTime.parse("2004-03-08T00:00:00Z")))
                .as("[from, to)").isEmpty();
    }

    private static List<Object> kindsAsSet(DemandCount d) {
        return List.of(d.commune(), d.languages(), d.targetGroups(), d.urgency(),
                new java.util.TreeSet<>(d.orientationKinds()), d.diagnoses());
    }

    @Test
    void theCountsForStatisticsAddUpEveryDimension() throws Exception {
        List<String> ids = List.of(stored("esteban"), stored("esteban"), stored("noemie"), storedWithout("benoit", "postcode"));
        moveTo("2004-05-05T10:00:00Z", ids);

        DiagnosisCounts counts = store.counts(OffsetDateTime.parse("2004-05-05T00:00:00Z"),
                OffsetDateTime.parse("2004-05-06T00:00:00Z"));

        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.byCommune()).containsExactly(Map.entry("21012", 2L), Map.entry("21013", 1L),
                Map.entry(DiagnosisCounts.NO_COMMUNE, 1L));
        assertThat(counts.byPersona()).containsExactly(Map.entry("BENOIT", 1L), Map.entry("ESTEBAN", 2L),
                Map.entry("NOEMIE", 1L));
        // A person counts once in each group they are in (benoit in none, noemie in two).
        assertThat(counts.byTargetGroup()).containsExactly(Map.entry("JOB_SEEKERS", 2L),
                Map.entry("PRECARIOUS", 2L), Map.entry("WOMEN", 1L), Map.entry("YOUTH", 1L));
        assertThat(counts.byLevel().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4);
        assertThat(counts.byChannel()).containsExactly(Map.entry("ACTIRIS", 2L), Map.entry("EPN", 1L),
                Map.entry("PARTNER", 1L));
        assertThat(counts.levelByCommune().get("21012")).containsExactly(Map.entry("SEVERE", 2L));
        assertThat(counts.levelByTargetGroup().get("PRECARIOUS")).containsExactly(Map.entry("SEVERE", 2L));
    }

    @Test
    void theBackfillOfV5RanWithTheOtherMigrations() {
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where version = '5.1' and success")
                .query(Long.class).single()).isEqualTo(1);
    }

    private String stored(String persona) throws Exception {
        return service.diagnoseAndStore(example(persona), ANA).id().orElseThrow();
    }

    private String storedWithout(String persona, String profileField) throws Exception {
        ObjectNode request = (ObjectNode) JSON.readTree(example(persona));
        ((ObjectNode) request.get("profile")).remove(profileField);
        return service.diagnoseAndStore(JSON.writeValueAsBytes(request), ANA).id().orElseThrow();
    }

    private void moveTo(String instant, List<String> ids) {
        for (String id : ids) {
            jdbc.sql("update diagnoses set created_at = ? where id = ?").params(OffsetDateTime.parse(instant),
                    UUID.fromString(id)).update();
        }
    }
}
