package be.brussels.pan.service.referral;

import be.brussels.pan.service.web.ProblemProperty;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the referrals add to the OpenAPI description beyond their controller's annotations. */
@Configuration
class ReferralOpenApi {

    /** The 422 of a referral to an excluded offer names the rule that excluded it ({@link IneligibleException}). */
    @Bean
    ProblemProperty excludingRule() {
        return new ProblemProperty("rule", new StringSchema()
                .description("In a 422 of the referrals: the id of the rule of the diagnosis that excluded the offer"));
    }
}
