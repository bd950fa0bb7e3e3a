package be.brussels.pan.service.security;

import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.StrictBodies;
import java.util.Set;

/**
 * Reads a body that carries passwords as {@link StrictBodies} does, except that an error about a password field
 * says only what is expected: the shared messages quote a value of the wrong type ({@code expected text, not
 * '123456789012'}), and that value would be the password.
 */
final class SecretBodies {

    private SecretBodies() {
    }

    static <T> T read(byte[] body, Class<T> type, Set<String> secretFields) {
        try {
            return StrictBodies.read(body, type);
        } catch (BadInputException e) {
            if (secretFields.contains(e.field())) {
                throw new BadInputException(e.field(), "must be text (a JSON string)");
            }
            throw e;
        }
    }
}
