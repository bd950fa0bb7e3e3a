package be.brussels.pan.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * CSV import and export over HTTP. The bad-input table: every file is refused with a 400 (or a 413) whose errors
 * name the line (and the id when the line has one), and nothing of it is stored, whatever its good lines.
 */
class RegistryCsvApiTest extends RegistryTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ANIMATORS = "id,name,homeCommune,languages,skills,maxSessions,available,absences\n";
    private static final String GOOD_ANIMATOR = "anim-csv-1,Ana,21012,fr|ar,BASICS,6,MON-1|TUE-2,\n";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("a duplicate id", "animators", ANIMATORS + GOOD_ANIMATOR + "anim-csv-2,B,21001,fr,,4,,\n"
                        + "anim-csv-1,Ana again,21012,nl,,4,,\n", 4, "anim-csv-1", "id", "duplicate id: line 2"),
                Arguments.of("an unknown skill", "animators", ANIMATORS + GOOD_ANIMATOR
                        + "anim-csv-3,C,21001,fr,BASICS|JUGGLING,4,MON-1,\n", 3, "anim-csv-3", "skills", "'JUGGLING' is not one of"),
                Arguments.of("an unknown language", "animators", ANIMATORS + GOOD_ANIMATOR
                        + "anim-csv-3,C,21001,fr|xx,,4,MON-1,\n", 3, "anim-csv-3", "languages", "'xx' is not an ISO 639"),
                Arguments.of("an animator with no language", "animators", ANIMATORS + GOOD_ANIMATOR
                        + "anim-csv-3,C,21001,,BASICS,4,MON-1,\n", 3, "anim-csv-3", "languages", "at least one language"),
                Arguments.of("an animator available in an unknown timeslot", "animators", ANIMATORS + GOOD_ANIMATOR
                        + "anim-csv-3,C,21001,fr,,4,MON-1|SUN-1,\n", 3, "anim-csv-3", "available", "unknown timeslot 'SUN-1'"),
                Arguments.of("a kit at an unknown venue", "kits", "id,name,homeVenue,devices,braille\n"
                        + "kit-csv-1,Kit,epn-01,8,false\nkit-csv-2,Kit 2,epn-nowhere,8,true\n", 3, "kit-csv-2",
                        "homeVenue", "unknown venue 'epn-nowhere'"),
                Arguments.of("a venue opening an unknown timeslot", "venues",
                        "id,name,kind,address,commune,seats,rooms,accessible,startDigital,open\n"
                                + "v-csv-1,V,EPN,,21012,8,1,true,false,MON-1\n"
                                + "v-csv-2,W,PARTNER_SITE,,21012,8,1,true,false,MON-1|MON-99\n", 3, "v-csv-2", "open",
                        "unknown timeslot 'MON-99'"),
                Arguments.of("a venue naming a structure the catalogue does not have (issue 14)", "venues",
                        "id,name,kind,address,commune,seats,rooms,accessible,startDigital,open,structureId\n"
                                + "v-csv-1,V,EPN,,21012,8,1,true,false,MON-1,epn-13\n"
                                + "v-csv-2,W,PARTNER_SITE,,21012,8,1,true,false,MON-1,db-99\n", 3, "v-csv-2",
                        "structureId", "'db-99' is not a structure of the catalogue in use"),
                Arguments.of("a cell that is not a number", "venues",
                        "id;name;kind;commune;seats;accessible;startDigital;open\n"
                                + "v-csv-1;V;EPN;21012;eight;true;false;MON-1\n", 2, "v-csv-1", "seats", "whole number"),
                Arguments.of("an unterminated quote", "timeslots", "id,day,start,end\nT-1,MONDAY,09:00,10:00\n"
                        + "T-2,\"MONDAY,10:00,11:00\nT-3,MONDAY,11:00,12:00\n", 3, null, null, "not a well-formed CSV line"),
                Arguments.of("a line with too many cells", "timeslots", "id,day,start,end\nT-1,MONDAY,09:00,10:00\n"
                        + "T-2,MONDAY,10:00,11:00,extra\n", 3, "T-2", null, "has 5 cells, the header has 4"),
                Arguments.of("a line with too few cells", "timeslots", "id,day,start,end\nT-1,MONDAY,09:00,10:00\n"
                        + "T-2,MONDAY\n", 3, "T-2", null, "has 2 cells, the header has 4"),
                Arguments.of("a tab-separated file", "timeslots", "id\tday\tstart\tend\nT-1\tMONDAY\t09:00\t10:00\n", 1,
                        null, null, "the header line is not recognised (its columns seem separated by tabs)"),
                Arguments.of("an unknown column", "timeslots", "id,day,start,end,colour\nT-1,MONDAY,09:00,10:00,red\n", 1,
                        null, "colour", "is not a column of timeslots"),
                Arguments.of("a missing column", "timeslots", "id,day,start\nT-1,MONDAY,09:00\n", 1, null, "end",
                        "is missing from the header"),
                Arguments.of("an empty file", "kits", "", 1, null, null, "the file is empty"),
                Arguments.of("a file that is not UTF-8", "kits", null, 3, null, null, "is not UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedNamingItsLineAndIdAndNothingIsStored(String what, String list, String csv, int line, String id,
                                                               String column, String message) throws Exception {
        byte[] body = csv != null ? csv.getBytes(StandardCharsets.UTF_8)
                : concat("id,name,homeVenue,devices,braille\nkit-csv-1,Kit,epn-01,8,false\nkit-csv-2,K".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9}, "t,epn-01,8,false\n".getBytes(StandardCharsets.UTF_8));
        List<Long> before = registryRows();

        ResponseEntity<String> answer = importCsv("planner", list, body);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        JsonNode problem = JSON.readTree(answer.getBody());
        JsonNode error = problem.get("errors").get(0);
        assertThat(error.get("line").asInt()).as(answer.getBody()).isEqualTo(line);
        assertThat(error.path("id").asText(null)).isEqualTo(id);
        assertThat(error.path("column").asText(null)).isEqualTo(column);
        assertThat(error.get("message").asText()).contains(message);
        assertThat(problem.get("detail").asText()).contains("line " + line).contains("nothing was imported");
        assertThat(problem.get("field").asText()).startsWith("line " + line);
        assertThat(registryRows()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void everyErrorOfTheFileIsListedNotOnlyTheFirst() throws Exception {
        List<Long> before = registryRows();
        ResponseEntity<String> answer = importCsv("planner", "animators", ANIMATORS
                + "anim-csv-1,,21012,,BASICS,-1,MON-1,\n" + "anim-csv-2,B,99999,fr,,4,,2026-13-01\n");

        JsonNode errors = JSON.readTree(answer.getBody()).get("errors");
        assertThat(errors.findValuesAsText("column")).containsExactly("name", "languages", "maxSessions", "absences",
                "homeCommune");
        assertThat(errors.findValuesAsText("line")).containsExactly("2", "2", "2", "3", "3");
        assertThat(registryRows()).isEqualTo(before);
    }

    @Test
    void tenMegabytesOfCsvAreRefusedNamingTheLimitBeforeTheyAreRead() throws Exception {
        StringBuilder csv = new StringBuilder("id,day,start,end\n");
        int i = 0;
        while (csv.length() < 10 * 1024 * 1024) {
            csv.append("T-").append(i++).append(",MONDAY,09:00,10:00\n");
        }
        List<Long> before = registryRows();

        ResponseEntity<String> answer = importCsv("planner", "timeslots", csv.toString());

        assertThat(answer.getStatusCode().value()).isEqualTo(413);
        assertThat(JSON.readTree(answer.getBody()).get("detail").asText()).isEqualTo("The body is over 8192 KiB.");
        assertThat(registryRows()).isEqualTo(before);
    }

    @Test
    void moreLinesThanAnImportTakesAreRefusedNamingTheLimit() throws Exception {
        StringBuilder csv = new StringBuilder("id,day,start,end\n");
        for (int i = 0; i <= RegistryCsv.MAX_ROWS; i++) {
            csv.append("T-").append(i).append(",MONDAY,09:00,10:00\n");
        }
        List<Long> before = registryRows();

        ResponseEntity<String> answer = importCsv("planner", "timeslots", csv.toString());

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).at("/errors/0/message").asText())
                .contains("over " + RegistryCsv.MAX_ROWS + " data lines");
        assertThat(registryRows()).isEqualTo(before);
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkIsImportedAllOrNothingAndAudited() throws Exception {
        String csv = "\uFEFFid;day;start;end;provenance\r\nEVE-1;FRIDAY;18:00;19:30;\r\nEVE-2;SATURDAY;\"16:00\";17:30;ENTERED\r\n";
        ResponseEntity<String> answer = importCsv("planner", "timeslots", csv);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        assertThat(answer.getBody()).isEqualTo("{\"list\":\"timeslots\",\"lines\":2,\"created\":2,\"updated\":0,\"unchanged\":0}");
        JsonNode slot = JSON.readTree(call("planner", HttpMethod.GET, "/api/v1/registry/timeslots/EVE-2", null).getBody());
        assertThat(slot.get("start").asText()).isEqualTo("16:00");
        assertThat(slot.get("provenance").asText()).isEqualTo("ENTERED");

        // Again, with one line changed: one update, one unchanged, one audit entry more.
        long audit = rows("registry_audit");
        answer = importCsv("planner", "timeslots", csv.replace("19:30", "20:00"));
        assertThat(answer.getBody()).isEqualTo("{\"list\":\"timeslots\",\"lines\":2,\"created\":0,\"updated\":1,\"unchanged\":1}");
        assertThat(rows("registry_audit")).isEqualTo(audit + 1);
        JsonNode entry = JSON.readTree(call("admin", HttpMethod.GET, "/api/v1/registry/audit?limit=1", null).getBody()).get(0);
        assertThat(entry.get("source").asText()).isEqualTo("IMPORT");
        assertThat(entry.get("id").asText()).isEqualTo("EVE-1");
        assertThat(entry.get("changed").toString()).isEqualTo("[\"end\"]");
    }

    @Test
    void anExportImportsBackUnchangedInEitherDelimiter() throws Exception {
        for (String list : List.of("timeslots", "venues", "kits", "animators")) {
            for (String delimiter : List.of("comma", "semicolon")) {
                ResponseEntity<byte[]> export = exportCsv("planner", list + ".csv?delimiter=" + delimiter);
                assertThat(export.getStatusCode().value()).isEqualTo(200);
                assertThat(export.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
                assertThat(export.getHeaders().getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"" + list + ".csv\"");
                byte[] file = export.getBody();
                assertThat(new String(file, 0, 3, StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
                assertThat(new String(file, StandardCharsets.UTF_8)).contains(delimiter.equals("comma") ? "id,": "id;");

                ResponseEntity<String> answer = importCsv("planner", list, file);

                assertThat(answer.getStatusCode().value()).as(list + " " + answer.getBody()).isEqualTo(200);
                JsonNode report = JSON.readTree(answer.getBody());
                assertThat(report.get("created").asInt() + report.get("updated").asInt()).as(list).isZero();
                assertThat(report.get("unchanged").asInt()).isEqualTo(report.get("lines").asInt()).isPositive();
            }
        }
        ResponseEntity<byte[]> bad = exportCsv("planner", "kits.csv?delimiter=tab");
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(new String(bad.getBody(), StandardCharsets.UTF_8)).contains("\"field\":\"delimiter\"");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
