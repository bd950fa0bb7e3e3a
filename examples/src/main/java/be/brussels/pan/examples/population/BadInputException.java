package be.brussels.pan.examples.population;

/** Bad input to a population command (arguments, files, lines): the message names what is wrong; exit 2. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }
}
