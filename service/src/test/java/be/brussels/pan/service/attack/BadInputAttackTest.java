package be.brussels.pan.service.attack;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.generator.Dimensions;
import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.json.RosterJson;
import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attack row "bad input that gets through" (issue 15).
 *
 * <p>The attack: a whitespace-only string where a boolean, a number or an enum is expected ({@code "jobSeeker": " "});
 * a catalogue whose schedule opens on {@code "FUNDAY"} at {@code "25:99"}; a roster problem whose texts hold a NUL
 * or a lone surrogate.
 *
 * <p>Before: the blank was read as "unknown" and the diagnosis stored without JOB_SEEKERS and Start Digital (and a
 * registry venue's blank {@code rooms} became 1, an inbox's blank {@code page} page 0, a statistics' blank {@code from}
 * no bound); the catalogue was taken and
 * its hours shown to people; the roster problem was accepted, and PostgreSQL refused its text when it was stored.
 *
 * <p>Now: each is a 400 problem naming the field (the offer and the field for the catalogue, the path for the
 * roster problem), and nothing is stored.
 */
class BadInputAttackTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWERS = "\"answers\":{\"device\":\"SMARTPHONE_ONLY\",\"internet\":\"NONE\","
            + "\"email\":\"CANNOT\",\"onlineProcedures\":\"CANNOT\"}";

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "jobSeeker|' '|true or false",
            "jobSeeker|'\\t'|true or false",
            "age|'  '|a whole number",
            "gender|' '|one of",
            "student|''|true or false"})
    void aBlankBooleanNumberOrEnumInADiagnosisIsA400NamingItAndStoresNothing(String field, String blank,
                                                                             String expected) throws Exception {
        long before = rows("diagnoses");
        String body = "{" + ANSWERS + ",\"profile\":{\"age\":30,\"postcode\":\"1080\",\"" + field + "\":\"" + blank + "\"}}";
        if (field.equals("age")) {
            body = "{" + ANSWERS + ",\"profile\":{\"postcode\":\"1080\",\"age\":\"" + blank + "\"}}";
        }

        ResponseEntity<String> answer = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses", body);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.get("field").asText()).isEqualTo("profile." + field);
        assertThat(problem.get("detail").asText())
                .startsWith("profile." + field + ": is blank (empty or whitespace only): expected " + expected);
        assertThat(rows("diagnoses")).isEqualTo(before);
    }

    @Test
    void theSameRequestWithARealBooleanIsAJobSeekerForStartDigital() throws Exception {
        // What the blank used to hide: the job seeker's group, which the person loses when read as unknown.
        ResponseEntity<String> answer = call("counsellor", HttpMethod.POST, "/api/v1/diagnoses",
                "{" + ANSWERS + ",\"profile\":{\"age\":30,\"postcode\":\"1080\",\"jobSeeker\":true}}");

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(JSON.readTree(answer.getBody()).get("targetGroups").toString()).contains("JOB_SEEKERS");
    }

    @Test
    void aBlankNumberInARegistryRecordIsA400NamingIt() throws Exception {
        long before = rows("registry_venues");

        ResponseEntity<String> answer = call("planner", HttpMethod.POST, "/api/v1/registry/venues", """
                {"id":"epn-blank","name":"EPN Blank","kind":"EPN","commune":"21012","seats":10,"rooms":" ",
                 "accessible":true,"startDigital":false,"open":["MON-1"]}""");

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo("rooms");
        assertThat(rows("registry_venues")).isEqualTo(before);
    }

    @ParameterizedTest
    // statistics 2.0 take a month only; from and to are refused whatever their value
    @CsvSource({"/api/v1/stats?month,month", "/api/v1/stats?from,from", "/api/v1/stats?to,to"})
    void aWhitespaceOnlyStatisticsPeriodIsA400NamingIt(String query, String parameter) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("planner", PASSWORD);
        ResponseEntity<String> answer = http.exchange(uri(query + "=%20"), HttpMethod.GET, new HttpEntity<>(headers),
                String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(parameter);
    }

    @ParameterizedTest
    @CsvSource({"page", "size", "status", "from"})
    void aWhitespaceOnlyInboxParameterIsA400NamingIt(String parameter) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("counsellor", PASSWORD);
        // %20: a java.net.URI is sent as written, where a string would be encoded again
        ResponseEntity<String> answer = http.exchange(uri("/api/v1/referrals?" + parameter + "=%20%20"), HttpMethod.GET,
                new HttpEntity<>(headers), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).get("field").asText()).isEqualTo(parameter);
        ResponseEntity<String> empty = http.exchange(uri("/api/v1/referrals?" + parameter + "="), HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(empty.getStatusCode().value()).as("an empty parameter is a form's 'any'").isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1}–{2}")
    @CsvSource({
            "FUNDAY,09:00,12:00,schedule[0].weekday must be one of [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], not 'FUNDAY'",
            "MONDAY,25:99,26:00,schedule[0].opens must be a time HH:mm from 00:00 to 23:59, not '25:99'",
            "MONDAY,12:00,09:00,schedule[0].closes must be after opens (12:00)"})
    void aCatalogueWithImpossibleHoursIsA400NamingTheOfferAndTheField(String weekday, String opens, String closes,
                                                                      String error) throws Exception {
        JsonNode catalogue;
        try (InputStream in = getClass().getResourceAsStream("/be/brussels/pan/rules/catalog/default-catalog.json")) {
            catalogue = JSON.readTree(in);
        }
        ((ObjectNode) catalogue).put("version", "attack-hours");
        ObjectNode service = (ObjectNode) catalogue.get("services").get(0);
        service.putArray("schedule").addObject().put("weekday", weekday).put("opens", opens).put("closes", closes);
        long before = rows("catalogs");

        ResponseEntity<String> answer = call("admin", HttpMethod.POST, "/api/v1/admin/catalogs", catalogue.toString());

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.getBody());
        String offer = "service " + service.get("id").asText();
        assertThat(problem.get("field").asText()).isEqualTo(offer);
        assertThat(problem.get("detail").asText()).startsWith(offer + ": " + error);
        assertThat(rows("catalogs")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NUL in a venue's name|/venues/0|name|EPN\\u0000 Molenbeek|venues[0].name",
            "lone surrogate in an address|/venues/1|address|Rue \\uD800 1|venues[1].address",
            "control character in a target group|/sessions/2|targetGroup|SENIORS\\u001B|sessions[2].targetGroup"})
    void aRosterProblemWithTextThatIsNotTextIsA400NamingItsPath(String attack, String record, String field, String text,
                                                                String path) throws Exception {
        ObjectNode problem = (ObjectNode) JSON.readTree(RosterJson.write(
                ProblemGenerator.generate(Dimensions.forSessions(10), 7, true).problem()));
        ((ObjectNode) problem.at(record)).put(field, "@@@");
        // The JSON escapes go into the text as they are written: the service's JSON reader makes them the characters.
        String json = problem.toString().replace("\"@@@\"", "\"" + text + "\"");
        long before = rows("rosters");

        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("planner", PASSWORD);
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.exchange(uri("/api/v1/rosters?seconds=1"), HttpMethod.POST,
                new HttpEntity<>(json, headers), String.class);

        assertThat(answer.getStatusCode().value()).as(attack + ": " + answer.getBody()).isEqualTo(400);
        JsonNode refused = JSON.readTree(answer.getBody());
        assertThat(refused.get("field").asText()).isEqualTo(path);
        assertThat(refused.get("detail").asText()).contains("contains a character that is not text");
        assertThat(rows("rosters")).isEqualTo(before);
    }
}
