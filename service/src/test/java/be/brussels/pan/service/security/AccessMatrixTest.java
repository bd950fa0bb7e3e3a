package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The access table of README.md ("Who may see what") is the source of truth: this test reads it and runs every
 * cell over HTTP, roles × organisations × operations, each on a scene of its own (a diagnosis, and for most rows a
 * referral, made just for that cell). A cell changed in the README without the service, or the service without
 * the README, fails here; so does a row or a column the test does not know how to run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path README = Path.of("..", "README.md");
    private static final String HEADING = "### Who may see what";

    static final String ORG_A = "Organisation A";
    static final String ORG_B = "Organisation B";
    static final String ORG_C = "Organisation C";
    /** Structure S receives the scenes' referrals (its offer epn-13-access); T is another structure. */
    static final String STRUCTURE_S = "epn-13";
    static final String STRUCTURE_T = "db-11";
    static final String OFFER_OF_S = "epn-13-access";

    /** The README's columns, in order: who calls. */
    enum Caller {
        ADMIN("ADMIN", "admin"),
        COUNSELLOR_A("COUNSELLOR of A", "matrix.counsellor.a"),
        COUNSELLOR_B("COUNSELLOR of B", "matrix.counsellor.b"),
        SOCIAL_WORKER_A("SOCIAL_WORKER of A", "matrix.sw.a"),
        SOCIAL_WORKER_B("SOCIAL_WORKER of B", "matrix.sw.b"),
        PARTNER_S("PARTNER of S", "matrix.partner.s"),
        PARTNER_T("PARTNER of T", "matrix.partner.t"),
        PLANNER("PLANNER", "planner");

        final String label;
        final String username;

        Caller(String label, String username) {
            this.label = label;
            this.username = username;
        }

        static Caller of(String label) {
            return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("README column '" + label + "' is no caller the test knows"));
        }
    }

    /** The users the scenes need besides the callers: who makes C's diagnosis, and the ADMIN of A who refers it. */
    private static final String COUNSELLOR_C = "matrix.counsellor.c";
    private static final String ADMIN_A = "matrix.admin.a";
    /** Whose password the reset row resets: no caller's. */
    private static final String RESET_TARGET = "matrix.reset.target";

    /** The README's rows, in order: what is done, and how, giving the cell's outcome as the README writes it. */
    enum Operation {
        DIAGNOSE("diagnose", (t, c) -> t.status(t.diagnose(c.username))),
        READ_DIAGNOSIS("read the diagnosis", (t, c) -> {
            String diagnosis = t.diagnosisId(t.diagnose(Caller.COUNSELLOR_A.username));
            return t.readDiagnosis(c, diagnosis);
        }),
        READ_REFERRED_DIAGNOSIS("read C's diagnosis that A referred", (t, c) -> {
            String diagnosis = t.diagnosisId(t.diagnose(COUNSELLOR_C));
            t.expect(201, t.refer(ADMIN_A, diagnosis));
            return t.readDiagnosis(c, diagnosis);
        }),
        REFER("refer from the diagnosis", (t, c) -> {
            String diagnosis = t.diagnosisId(t.diagnose(Caller.COUNSELLOR_A.username));
            long before = t.referralsOf(diagnosis);
            ResponseEntity<String> answer = t.refer(c.username, diagnosis);
            assertThat(t.referralsOf(diagnosis)).as("referrals stored").isEqualTo(answer.getStatusCode().value() == 201
                    ? before + 1 : before);
            return t.status(answer);
        }),
        READ_REFERRAL("read the referral", (t, c) -> {
            JsonNode referral = t.scene();
            return t.status(t.call(c.username, HttpMethod.GET, "/api/v1/referrals/" + referral.get("id").asText(), null));
        }),
        FIND("find it in the inbox", (t, c) -> {
            JsonNode referral = t.scene();
            ResponseEntity<String> answer = t.call(c.username, HttpMethod.GET,
                    "/api/v1/referrals?q=" + referral.get("slipNumber").asText(), null);
            if (answer.getStatusCode().value() != 200) {
                return t.status(answer);
            }
            List<String> ids = new ArrayList<>();
            t.json(answer).forEach(r -> ids.add(r.get("id").asText()));
            return ids.contains(referral.get("id").asText()) ? "listed" : "not listed";
        }),
        APPOINTMENT("its appointment", (t, c) -> {
            String id = t.scene().get("id").asText();
            t.expect(200, t.move(Caller.PARTNER_S.username, id, "{\"to\":\"ACCEPTED\"}"));
            t.expect(200, t.move(Caller.PARTNER_S.username, id,
                    "{\"to\":\"SCHEDULED\",\"appointment\":{\"at\":\"2026-12-08T09:00:00+01:00\"}}"));
            return t.status(t.call(c.username, HttpMethod.GET, "/api/v1/referrals/" + id + "/appointment.ics", null));
        }),
        CANCEL("cancel it", (t, c) -> t.status(t.move(c.username, t.scene().get("id").asText(),
                "{\"to\":\"CANCELLED\",\"reason\":\"moved away\"}"))),
        ACCEPT("accept it", (t, c) -> t.status(t.move(c.username, t.scene().get("id").asText(), "{\"to\":\"ACCEPTED\"}"))),
        STATISTICS("read a month's statistics", (t, c) -> t.status(t.call(c.username, HttpMethod.GET,
                "/api/v1/stats?month=" + java.time.YearMonth.now(java.time.ZoneId.of("Europe/Brussels")).minusMonths(1),
                null))),
        ERASE("erase everything held under the diagnosis's reference", (t, c) -> {
            String diagnosis = t.diagnosisId(t.diagnose(Caller.COUNSELLOR_A.username));
            ResponseEntity<String> answer = t.call(c.username, HttpMethod.POST, "/api/v1/admin/erasures",
                    JSON.createObjectNode().put("reference", t.reference).toString());
            assertThat(t.jdbc.sql("select count(*) from diagnoses where id = ?").param(java.util.UUID.fromString(diagnosis))
                    .query(Long.class).single()).as("the diagnosis is still held").isEqualTo(
                    answer.getStatusCode().value() == 200 ? 0 : 1);
            return t.status(answer);
        }),
        RESET_PASSWORD("reset another user's password", (t, c) -> t.status(t.call(c.username, HttpMethod.PUT,
                "/api/v1/admin/users/" + RESET_TARGET + "/password",
                JSON.createObjectNode().put("password", "Matrix-reset-61-Heron-quill").toString())));

        final String label;
        final BiFunction<AccessMatrixTest, Caller, String> run;

        Operation(String label, BiFunction<AccessMatrixTest, Caller, String> run) {
            this.label = label;
            this.run = run;
        }

        static Operation of(String label) {
            return Arrays.stream(values()).filter(o -> o.label.equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("README row '" + label + "' is no operation the test knows"));
        }
    }

    /** A row of the README's table: the operation's label (its first cell up to the colon) and one cell per caller. */
    record Row(String operation, List<String> cells) {
    }

    /** The header's callers and the rows, as README.md has them. */
    record Table(List<String> callers, List<Row> rows) {
    }

    static Table readme() {
        List<String> lines;
        try {
            lines = Files.readAllLines(README);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = lines.indexOf(HEADING);
        assertThat(at).as("README.md has the heading " + HEADING).isNotNegative();
        while (!lines.get(at).startsWith("| operation |")) {
            at++;
        }
        List<String> callers = cells(lines.get(at)).subList(1, cells(lines.get(at)).size());
        List<Row> rows = new ArrayList<>();
        for (at += 2; at < lines.size() && lines.get(at).startsWith("|"); at++) {
            List<String> cells = cells(lines.get(at));
            String first = cells.get(0);
            assertThat(first).as("a row's first cell is 'label: request'").contains(":");
            rows.add(new Row(first.substring(0, first.indexOf(':')), cells.subList(1, cells.size())));
        }
        return new Table(callers, rows);
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
    }

    static Stream<Arguments> cells() {
        Table table = readme();
        return table.rows().stream().flatMap(row -> java.util.stream.IntStream.range(0, table.callers().size())
                .mapToObj(i -> Arguments.of(row.operation(), table.callers().get(i), row.cells().get(i))));
    }

    @BeforeAll
    void users() {
        createUser(Caller.COUNSELLOR_A.username, "COUNSELLOR", ORG_A);
        createUser(Caller.COUNSELLOR_B.username, "COUNSELLOR", ORG_B);
        createUser(Caller.SOCIAL_WORKER_A.username, "SOCIAL_WORKER", ORG_A);
        createUser(Caller.SOCIAL_WORKER_B.username, "SOCIAL_WORKER", ORG_B);
        createUser(Caller.PARTNER_S.username, "PARTNER", STRUCTURE_S);
        createUser(Caller.PARTNER_T.username, "PARTNER", STRUCTURE_T);
        createUser(COUNSELLOR_C, "COUNSELLOR", ORG_C);
        createUser(ADMIN_A, "ADMIN", ORG_A);
        createUser(RESET_TARGET, "PLANNER", "CIN");
    }

    @ParameterizedTest(name = "{0} — {1}: {2}")
    @MethodSource("cells")
    void everyCellOfTheReadmesTableIsWhatTheServiceDoes(String operation, String caller, String expected) {
        assertThat(Operation.of(operation).run.apply(this, Caller.of(caller))).isEqualTo(expected);
    }

    @Test
    void theTableHasEveryCallerAndEveryOperationOnceAndEveryRoleInBothOrganisations() {
        Table table = readme();
        assertThat(table.callers()).containsExactly(Arrays.stream(Caller.values()).map(c -> c.label).toArray(String[]::new));
        assertThat(table.rows()).extracting(Row::operation)
                .containsExactly(Arrays.stream(Operation.values()).map(o -> o.label).toArray(String[]::new));
        for (Row row : table.rows()) {
            assertThat(row.cells()).as(row.operation()).hasSize(table.callers().size())
                    .allMatch(cell -> Set.of("200", "201", "204", "400", "403", "404", "listed", "not listed").contains(cell));
        }
        // every role is a column; the roles bound to an organisation have one of each (own and other)
        Set<Role> roles = EnumSet.noneOf(Role.class);
        table.callers().forEach(label -> roles.add(Role.valueOf(label.split(" ")[0])));
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
        assertThat(table.callers()).contains("COUNSELLOR of A", "COUNSELLOR of B", "SOCIAL_WORKER of A",
                "SOCIAL_WORKER of B", "PARTNER of S", "PARTNER of T");
    }

    // --- the scenes -----------------------------------------------------------------------------------------------

    private final AtomicInteger references = new AtomicInteger();
    /** The reference of the current cell's diagnosis, which no refusal may repeat. */
    private String reference;

    private void createUser(String username, String role, String organisation) {
        ObjectNode body = JSON.createObjectNode().put("username", username).put("password", PASSWORD).put("role", role)
                .put("organisation", organisation);
        ResponseEntity<String> created = call("admin", HttpMethod.POST, "/api/v1/admin/users", body.toString());
        // 409: made by an earlier run of this class in the same (cached) application context
        assertThat(created.getStatusCode().value()).as(created.getBody()).isIn(201, 409);
    }

    /** Esteban, under a reference of his own, diagnosed by {@code user}. */
    ResponseEntity<String> diagnose(String user) {
        try {
            ObjectNode esteban = (ObjectNode) JSON.readTree(Files.readString(Path.of("..", "examples", "requests",
                    "esteban.json")));
            reference = "MATRIX-" + references.incrementAndGet();
            esteban.put("reference", reference);
            return call(user, HttpMethod.POST, "/api/v1/diagnoses", esteban.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String diagnosisId(ResponseEntity<String> created) {
        expect(201, created);
        return json(created).get("id").asText();
    }

    ResponseEntity<String> refer(String user, String diagnosisId) {
        return call(user, HttpMethod.POST, "/api/v1/referrals", JSON.createObjectNode().put("diagnosisId", diagnosisId)
                .put("offerId", OFFER_OF_S).put("note", "a note for S").toString());
    }

    /** The scene of the referral rows: A's counsellor diagnoses and refers to S. */
    JsonNode scene() {
        ResponseEntity<String> created = refer(Caller.COUNSELLOR_A.username, diagnosisId(diagnose(Caller.COUNSELLOR_A.username)));
        expect(201, created);
        return json(created);
    }

    ResponseEntity<String> move(String user, String id, String body) {
        return call(user, HttpMethod.POST, "/api/v1/referrals/" + id + "/transitions", body);
    }

    String readDiagnosis(Caller caller, String diagnosis) {
        ResponseEntity<String> read = call(caller.username, HttpMethod.GET, "/api/v1/diagnoses/" + diagnosis, null);
        if (read.getStatusCode().value() == 200) {
            assertThat(json(read).get("id").asText()).isEqualTo(diagnosis);
        }
        return status(read);
    }

    long referralsOf(String diagnosisId) {
        return jdbc.sql("select count(*) from referrals where diagnosis_id = ?").param(java.util.UUID.fromString(diagnosisId))
                .query(Long.class).single();
    }

    /** The status as the README writes it; a refusal must say nothing of the scene (its reference, whose it is). */
    String status(ResponseEntity<String> answer) {
        int status = answer.getStatusCode().value();
        if (status >= 400 && answer.getBody() != null) {
            assertThat(answer.getBody()).doesNotContain(reference, ORG_A, ORG_C);
        }
        return Integer.toString(status);
    }

    void expect(int status, ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
    }

    JsonNode json(ResponseEntity<String> answer) {
        try {
            return JSON.readTree(answer.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
