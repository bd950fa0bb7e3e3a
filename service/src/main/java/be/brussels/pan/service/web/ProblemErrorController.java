package be.brussels.pan.service.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends the errors that happen outside the controllers (a request
 * Spring Security's firewall rejects: ';', '//', '..' or an encoded '%' in the path; a method it does not
 * know). Spring Boot's own error controller answered those in its own JSON, and a direct {@code GET /error}
 * with a 500; here they are problems like every other error. The original error is not described: it may
 * quote the request.
 */
@RestController
@Hidden
public class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || !status.isError()) {
            // Not forwarded here by the container: /error itself names nothing.
            status = HttpStatus.NOT_FOUND;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
        problem.setTitle(status.getReasonPhrase());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(URI.create(uri instanceof String path && isPlainPath(path) ? path : "/error"));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed or refused before it reaches the service (its path, its"
                    + " headers or the encoding of its body).";
            case NOT_FOUND -> "Nothing is found at this address.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            default -> status.is5xxServerError() ? "An unexpected error occurred." : status.getReasonPhrase() + ".";
        };
    }

    /** A path safe to echo as the problem's instance (the rejected ones are not). */
    private static boolean isPlainPath(String path) {
        return path.length() <= 200 && path.matches("[A-Za-z0-9/._-]*");
    }
}
