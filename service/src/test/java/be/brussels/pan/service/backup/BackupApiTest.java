package be.brussels.pan.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/v1/admin/backups} on the tests' in-memory H2: nothing to back up (409), and ADMIN only. */
class BackupApiTest extends ApiTest {

    @Test
    void anInMemoryDatabaseHasNoFileToBackUp() {
        ResponseEntity<String> answer = call("admin", HttpMethod.POST, "/api/v1/admin/backups", null);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
        assertThat(answer.getBody()).contains("in memory");
    }

    @Test
    void onlyAnAdministratorBacksUp() {
        for (String user : new String[] {"counsellor", "sw-molenbeek", "partner-sks", "planner"}) {
            assertThat(call(user, HttpMethod.POST, "/api/v1/admin/backups", null).getStatusCode().value()).as(user)
                    .isEqualTo(403);
        }
        assertThat(call(null, HttpMethod.POST, "/api/v1/admin/backups", null).getStatusCode().value()).isEqualTo(401);
    }
}
