package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.service.persistence.GroupCommitWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** A write the database did not take is a 503 problem that says nothing was kept and the call may be repeated. */
class NotStoredProblemTest {

    @Test
    void aWriteTheDatabaseRefusedIsA503ThatInvitesARetry() {
        ProblemDetail problem = new ProblemAdvice().notStored(
                new GroupCommitWriter.GroupCommitException("the write failed", new SQLException("disk full")));

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Not stored");
        assertThat(problem.getDetail()).contains("nothing of it was kept").contains("sent again")
                .doesNotContain("disk full");
    }
}
