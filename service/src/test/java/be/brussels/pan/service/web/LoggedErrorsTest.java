package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LoggedErrorsTest {

    @Test
    void theLoggedChainKeepsTypesAndFramesButNoMessage() {
        IllegalStateException database = new IllegalStateException(
                "Value too long for column \"note CHARACTER VARYING(1000)\": \"'PERSONAL-NOTE-Fatima...'\"");
        RuntimeException wrapped = new RuntimeException("could not insert: PERSONAL-NOTE-Fatima", database);

        Throwable logged = LoggedErrors.withoutMessages(wrapped);

        StringWriter trace = new StringWriter();
        logged.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain("Fatima").doesNotContain("Value too long")
                .contains("java.lang.RuntimeException").contains("java.lang.IllegalStateException")
                .contains("LoggedErrorsTest.theLoggedChainKeepsTypesAndFramesButNoMessage");
        assertThat(logged.getStackTrace()).isEqualTo(wrapped.getStackTrace());
        assertThat(logged.getCause().getStackTrace()).isEqualTo(database.getStackTrace());
    }

    @Test
    void aCauseThatLoopsEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        Throwable logged = LoggedErrors.withoutMessages(a);

        int depth = 0;
        for (Throwable t = logged; t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isLessThanOrEqualTo(17);
    }
}
