package be.brussels.pan.service.referral;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 403 problem: the caller sees the referral but their role may not do this. Rendered as
 * application/problem+json by the problem advice (it handles every {@link ErrorResponseException}).
 */
public class ReferralForbiddenException extends ErrorResponseException {

    public ReferralForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("Forbidden");
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
