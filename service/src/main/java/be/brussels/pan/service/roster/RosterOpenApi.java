package be.brussels.pan.service.roster;

import be.brussels.pan.service.web.ProblemProperty;
import io.swagger.v3.oas.models.media.IntegerSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the rosters add to the OpenAPI description beyond their controller's annotations. */
@Configuration
class RosterOpenApi {

    /** The 429 of a submission says how many solves may run at once ({@link TooManySolvesException}). */
    @Bean
    ProblemProperty maxConcurrentSolves() {
        return new ProblemProperty("maxConcurrentSolves",
                new IntegerSchema().description("In a 429 of the rosters: how many solves may run at once"));
    }
}
