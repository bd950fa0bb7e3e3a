package be.brussels.pan.service.referral;

import be.brussels.pan.service.session.SessionView;
import be.brussels.pan.service.web.ProblemProperty;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The 409 of a full session (issue 14): the problem names the field {@code sessionId} and proposes
 * {@code nextSessions}, the offer's next sessions with a free seat in the shape of {@code GET /sessions}. Ordered
 * before the service's generic problems, whose catch-all would otherwise answer first.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BookingProblems {

    @ExceptionHandler(SessionFullException.class)
    ProblemDetail full(SessionFullException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setProperty("field", "sessionId");
        problem.setProperty("nextSessions", e.nextSessions());
        return problem;
    }

    /** The problem property in the OpenAPI description's ProblemDetail. */
    @Bean
    static ProblemProperty nextSessionsProblemProperty() {
        Schema<?> view = new Schema<>().$ref("#/components/schemas/PublishedSession");
        return new ProblemProperty("nextSessions", new ArraySchema().items(view)
                .description("409 of a full session (POST /api/v1/referrals with sessionId): up to three next sessions"
                        + " of the same offer with a free seat, soonest first"));
    }
}
