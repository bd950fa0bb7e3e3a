package be.brussels.pan.service.web;

import io.swagger.v3.oas.models.media.Schema;

/**
 * A property that a feature adds to its problems (the 429 of the rosters says {@code maxConcurrentSolves}),
 * declared as a bean so that the OpenAPI description's one {@code ProblemDetail} schema lists it without this
 * generic layer knowing the feature.
 */
public record ProblemProperty(String name, Schema<?> schema) {
}
