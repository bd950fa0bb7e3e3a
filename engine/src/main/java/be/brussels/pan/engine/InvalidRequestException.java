package be.brussels.pan.engine;

/**
 * A request that breaks the diagnosis contract. {@link #field()} names the offending field as a path
 * ({@code profile.age}, {@code [2].answers.email} in a batch, {@code $} for the body as a whole).
 */
public class InvalidRequestException extends IllegalArgumentException {

    private final String field;
    private final String problem;

    public InvalidRequestException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }

    /** The same error inside a batch: the field path is prefixed with the element's index. */
    public InvalidRequestException inBatch(int index) {
        String path = "$".equals(field) ? "[" + index + "]" : "[" + index + "]." + field;
        return new InvalidRequestException(path, problem);
    }
}
