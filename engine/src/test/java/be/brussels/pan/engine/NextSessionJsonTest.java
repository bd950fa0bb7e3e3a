package be.brussels.pan.engine;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.contract.diagnosis.DiagnosisResponse;
import be.brussels.pan.contract.diagnosis.OrientationKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optional {@code nextSessions} of an orientation (diagnosis contract 1.x): its JSON shape, and left out when empty. */
class NextSessionJsonTest {

    private static final DiagnosisResponse.Reason REASON = new DiagnosisResponse.Reason("epn-nearest", "L'EPN le plus proche");

    @Test
    void anOrientationWithoutNextSessionsIsWrittenAsBefore() throws Exception {
        DiagnosisResponse.Orientation old = new DiagnosisResponse.Orientation(1, OrientationKind.EPN, "epn-01-access",
                "Accès libre – EPN", "Bruxelles", "1000", List.of(REASON));

        JsonNode json = DiagnosisJson.mapper().readTree(DiagnosisJson.write(old));

        assertThat(json.has("nextSessions")).isFalse();
        assertThat(old.nextSessions()).isEmpty();
        assertThat(DiagnosisJson.mapper().readValue(DiagnosisJson.write(old), DiagnosisResponse.Orientation.class)).isEqualTo(old);
    }

    @Test
    void aNextSessionIsWrittenWithItsOffsetAndReadBackEqual() throws Exception {
        DiagnosisResponse.NextSession session = new DiagnosisResponse.NextSession("3f1c2a4e-0000-4000-8000-000000000001",
                OffsetDateTime.parse("2026-12-08T09:00:00+01:00"), OffsetDateTime.parse("2026-12-08T11:00:00+01:00"),
                "EPN Bravo", null, "fr", 4);
        DiagnosisResponse.Orientation orientation = new DiagnosisResponse.Orientation(1, OrientationKind.EPN,
                "epn-01-access", "Accès libre – EPN", "Bruxelles", "1000", List.of(REASON), List.of(session));

        String written = DiagnosisJson.write(orientation);
        JsonNode json = DiagnosisJson.mapper().readTree(written).get("nextSessions").get(0);

        assertThat(json.get("id").asText()).isEqualTo("3f1c2a4e-0000-4000-8000-000000000001");
        assertThat(json.get("start").asText()).isEqualTo("2026-12-08T09:00:00+01:00");
        assertThat(json.get("end").asText()).isEqualTo("2026-12-08T11:00:00+01:00");
        assertThat(json.get("venue").asText()).isEqualTo("EPN Bravo");
        assertThat(json.get("address").isNull()).isTrue();
        assertThat(json.get("language").asText()).isEqualTo("fr");
        assertThat(json.get("freeSeats").asInt()).isEqualTo(4);
        assertThat(DiagnosisJson.mapper().readValue(written, DiagnosisResponse.Orientation.class)).isEqualTo(orientation);
    }
}
