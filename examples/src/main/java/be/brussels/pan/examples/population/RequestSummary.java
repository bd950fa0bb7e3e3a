package be.brussels.pan.examples.population;

/**
 * What an example of a change shows of the person: age, postcode and the four answers, enough to see why the
 * rules answered as they did without reading the whole request. Null is unknown.
 */
public record RequestSummary(Integer age, String postcode, String device, String internet, String email,
                             String onlineProcedures) {

    @Override
    public String toString() {
        return "age " + (age == null ? "?" : age) + ", postcode " + (postcode == null ? "?" : postcode)
                + "; device " + device + ", internet " + internet + ", email " + email
                + ", online procedures " + onlineProcedures;
    }
}
