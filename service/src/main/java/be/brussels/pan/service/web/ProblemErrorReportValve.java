package be.brussels.pan.service.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees it (an encoded '/' or '\' or
 * a NUL in the path, a header or URL over its 8 KB limit): an RFC 9457 problem like every other error, instead
 * of Tomcat's HTML page, with the {@link SecurityHeaders} the filters did not get to write. Nothing of the
 * request is echoed.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        // As Tomcat's report: nothing for a success or a redirect, or once something was written.
        if (code < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        String title = status == null ? "Error" : status.getReasonPhrase();
        String detail = code == 400 ? "The request is malformed or refused before it reaches the service (for example"
                + " an encoded '/' or '\\\\' in the path, a header over 8 KB, or a body whose encoding is broken)."
                : code >= 500 ? "An unexpected error occurred." : title + ".";
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + code + ",\"detail\":\""
                + detail + "\"}";
        try {
            SecurityHeaders.write(request, response);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("utf-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone, or the response cannot take a body: nothing more to do
        }
    }
}
