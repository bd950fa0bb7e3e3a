package be.brussels.pan.service.idempotency;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@code Idempotency-Key} header of an operation in the OpenAPI description, once for both. The
 * controller reads the header's raw values ({@link IdempotencyKey#fromHeader}), so that a key given twice is refused
 * rather than joined with a comma.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(in = ParameterIn.HEADER, name = IdempotencyKey.HEADER, required = false,
        description = "Optional. A key of the client's for this one request (a fresh random UUID, say): 16 to 128"
                + " characters among letters, digits and - _ . ~ : + / =, optionally in double quotes. A retry with the"
                + " same key and the same body, within pan.idempotency.keep (24 hours), answers the first answer"
                + " again (201, the same body and Location, with Idempotent-Replayed: true) and stores nothing; the"
                + " same key with another body is a 409. Keys are the sending user's: another user's key is another"
                + " key. A malformed key, or the header twice, is a 400 naming it.",
        schema = @Schema(type = "string", minLength = IdempotencyKey.MIN_LENGTH, maxLength = IdempotencyKey.MAX_LENGTH,
                example = "3f0e1c2a-7b8d-4e5f-9a6b-1c2d3e4f5a6b"))
public @interface IdempotencyKeyHeader {

    /** The header a replayed answer carries, as in the IETF draft's examples and Stripe's API. */
    String REPLAYED = "Idempotent-Replayed";
}
