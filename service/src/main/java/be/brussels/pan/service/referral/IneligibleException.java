package be.brussels.pan.service.referral;

import be.brussels.pan.service.web.UnprocessableException;
import java.util.Map;

/** A referral to an offer that the person's diagnosis excluded, without an override: 422, field offerId, property rule. */
class IneligibleException extends UnprocessableException {

    IneligibleException(String rule, String message) {
        super("offerId", message, Map.of("rule", rule));
    }
}
