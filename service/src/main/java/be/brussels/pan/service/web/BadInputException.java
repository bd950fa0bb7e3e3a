package be.brussels.pan.service.web;

/** Bad input to a service endpoint (outside the diagnosis contract): {@link #field()} names the field. */
public class BadInputException extends RuntimeException {

    private final String field;

    public BadInputException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
