package be.brussels.pan.service.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * A roster in words (issue 13, part 5): the outcome counts the page shows instead of the score, the CSV with dates
 * and names in the page's language, calendars whose summaries and locations are words.
 */
class RosterWordsApiTest extends PublishingSupport {

    @Test
    void theOutcomeCountsWhatTheSolutionSays() {
        String roster = solved("2027-W10");
        JsonNode solution = state(roster).get("solution");

        JsonNode outcome = read(call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + "/outcome", null)
                .getBody());

        assertThat(outcome.get("placed").asInt()).isEqualTo(solution.get("assignments").size());
        assertThat(outcome.get("total").asInt()).isEqualTo(PROBLEM.sessions().size());
        assertThat(solution.at("/score/hard").asLong()).isZero();
        assertThat(outcome.get("rulesBroken").asInt()).as("a roster of 0 hard breaks no rule").isZero();
        assertThat(outcome.get("week").asText()).isEqualTo("2027-W10");
        assertThat(outcome.get("illustrative").asBoolean()).as("an uploaded problem is not the registry's").isFalse();
        assertThat(outcome.get("outsidePreferredPeriod").asInt()).isBetween(0, outcome.get("placed").asInt());
        assertThat(call("counsellor", HttpMethod.GET, "/api/v1/rosters/" + roster + "/outcome", null)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theCsvHasDatesAndNamesInThePagesLanguage() {
        String roster = solved("2027-W10");

        String fr = call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + ".csv?lang=fr", null).getBody();
        String nl = call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + ".csv?lang=nl", null).getBody();
        String codes = call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + ".csv", null).getBody();

        assertThat(fr).startsWith("\uFEFFDate,Jour,Début,Fin,Commune,Lieu,Adresse,Type,Langue,Public,");
        List<String> lines = fr.lines().toList();
        // 2027-W10 runs from Monday 8 to Saturday 13 March 2027.
        assertThat(lines.get(1)).matches("2027-03-(0[89]|1[0-3]),(Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi),.*");
        assertThat(fr).containsAnyOf("Atelier", "Permanence", "Start Digital", "Action de proximité")
                .containsAnyOf(",français,", ",néerlandais,", ",anglais,", ",arabe,")
                .doesNotContain(",WORKSHOP,");
        assertThat(nl).startsWith("\uFEFFDatum,Dag,Begin,Einde,Gemeente,");
        assertThat(codes).startsWith("session,status,day,");
        ResponseEntity<String> bad = call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + ".csv?lang=de", null);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(read(bad.getBody()).get("field").asText()).isEqualTo("lang");
    }

    @Test
    void aCalendarSaysItsSessionsInWords() {
        String roster = solved("2027-W10");
        String animator = state(roster).at("/solution/assignments/0/animator").asText();

        String ics = call("planner", HttpMethod.GET, "/api/v1/rosters/" + roster + "/animators/" + animator
                + ".ics?lang=fr", null).getBody();

        String summary = ics.lines().filter(l -> l.startsWith("SUMMARY:")).findFirst().orElseThrow();
        assertThat(summary).doesNotContain("WORKSHOP", "PERMANENCE", "START_DIGITAL", "OUTREACH")
                .matches("SUMMARY:.+ \\(.+, .+\\) – .+");
        assertThat(ics).contains("DTSTART;TZID=Europe/Brussels:202703");
        String location = ics.lines().filter(l -> l.startsWith("LOCATION:")).findFirst().orElseThrow();
        assertThat(location).doesNotContain("commune 21");
    }
}
