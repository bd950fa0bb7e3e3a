package be.brussels.pan.service.idempotency;

/** The requests that take an {@code Idempotency-Key}; a key used for one is not an answer for the other. */
public enum Operation {
    DIAGNOSES("POST /api/v1/diagnoses"),
    REFERRALS("POST /api/v1/referrals");

    private final String request;

    Operation(String request) {
        this.request = request;
    }

    /** The request as a problem says it. */
    public String request() {
        return request;
    }
}
