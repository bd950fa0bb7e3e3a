package be.brussels.pan.service.web;

import be.brussels.pan.engine.InvalidRequestException;
import be.brussels.pan.engine.catalog.InvalidCatalogException;
import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.service.persistence.GroupCommitWriter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error is an RFC 9457 problem (application/problem+json). Contract violations name the field in a
 * {@code field} property. Unexpected errors are logged with their types and frames but not their messages
 * ({@link LoggedErrors}): a message may quote the body, which may hold personal data.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field() + ": " + e.problem(),
                Map.of("field", e.field()));
    }

    @ExceptionHandler(InvalidCatalogException.class)
    ProblemDetail invalidCatalog(InvalidCatalogException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid catalogue", e.getMessage(), Map.of("field", e.where()));
    }

    /**
     * A roster problem (or solution) the planner refuses. Its message is {@code where: why}; the problem names
     * {@code where} as its field, as every contract violation does.
     */
    @ExceptionHandler(InvalidProblemException.class)
    ProblemDetail invalidProblem(InvalidProblemException e) {
        String message = e.getMessage();
        String prefix = e.where() + ": ";
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", message.startsWith(prefix) ? message : prefix + message,
                Map.of("field", e.where()));
    }

    /** A bound the service keeps (concurrent solves): refused, not queued; the client may retry after a while. */
    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", e.getMessage(), e.properties()));
    }

    /** A document with errors at some lines: each one is listed (line, column, id), the first is the field. */
    @ExceptionHandler(InvalidLinesException.class)
    ProblemDetail invalidLines(InvalidLinesException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(),
                Map.of("field", e.field(), "errors", e.errors()));
    }

    @ExceptionHandler(BadInputException.class)
    ProblemDetail badInput(BadInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.field() + ": " + e.getMessage(),
                Map.of("field", e.field()));
    }

    /** Well-formed, but a rule of the service refuses it: the field, and the feature's properties (the rule). */
    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "Unprocessable Content", e.field() + ": " + e.getMessage(),
                e.properties());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not Found", e.getMessage(), Map.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(),
                e.field() == null ? Map.of() : Map.of("field", e.field()));
    }

    /** The database did not take the write: nothing of it is stored, and the client may send it again. */
    @ExceptionHandler(GroupCommitWriter.GroupCommitException.class)
    ProblemDetail notStored(GroupCommitWriter.GroupCommitException e) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        LOG.error("a write was not stored: {}", cause.getClass().getName(), LoggedErrors.withoutMessages(cause));
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Not stored",
                "The database did not store the request; nothing of it was kept. It can be sent again.", Map.of());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        LOG.error("unexpected error: {}", e.getClass().getName(), LoggedErrors.withoutMessages(e));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal Server Error", "An unexpected error occurred.", Map.of());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(ex, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(problem(HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large", tooLarge.getMessage(), Map.of()));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid request",
                "The body is not readable as this endpoint's JSON.", Map.of("field", "$")));
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, bounded(detail, MAX_DETAIL));
        problem.setTitle(title);
        properties.forEach((name, value) -> problem.setProperty(name,
                value instanceof String text ? bounded(text, MAX_FIELD) : value));
        return problem;
    }

    /**
     * The longest detail and field an error carries. Messages quote what they refuse (an id, a value), and a
     * roster problem or a catalogue may be 8 MiB: without a bound one error could repeat megabytes of it.
     */
    private static final int MAX_DETAIL = 500;
    private static final int MAX_FIELD = 200;

    private static String bounded(String text, int max) {
        return text == null ? null : be.brussels.pan.contract.json.JsonMessages.cut(text, max);
    }
}
