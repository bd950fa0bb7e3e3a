package be.brussels.pan.service.security;

import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.PlainText;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a user's fields follow, wherever the user comes from: the admin API or
 * {@code PAN_BOOTSTRAP_USERS}. Written once, so that a bootstrap entry is refused for the same reasons, and
 * with the same words, as an API call; each caller turns a violation into its own kind of error.
 */
public final class UserRules {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    /** The width of {@code users.organisation} (V1 migration). */
    private static final int MAX_ORGANISATION_CHARS = 100;
    /** The width of {@code users.email} (V14 migration): the longest path SMTP carries (RFC 5321). */
    private static final int MAX_EMAIL_CHARS = 254;
    /**
     * A plain address as written by people: a local part without spaces, quotes or brackets, and a domain of
     * dot-separated labels with at least one dot. Stricter than RFC 5322 on purpose: quoted local parts and
     * IP literals are legal but a mistake in a staff address book.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64})*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** A field that breaks a rule; the message never repeats a password. */
    public record Violation(String field, String message) {
    }

    private UserRules() {
    }

    /**
     * The first rule the fields break, if any. {@code organisation} is checked as it will be stored (trimmed); the
     * password by the {@link PasswordPolicy} (length and strength), with the user's name and organisation among
     * the words it guesses first.
     */
    public static Optional<Violation> violation(String username, String password, String role, String organisation,
                                                PasswordPolicy passwords) {
        Optional<Violation> name = usernameViolation(username);
        if (name.isPresent()) {
            return name;
        }
        Optional<Violation> weak = passwords.violation("password", password, username, organisation);
        if (weak.isPresent()) {
            return weak;
        }
        if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
            return Optional.of(new Violation("role", "must be one of " + Arrays.toString(Role.values()) + ", not " + Echo.of(role)));
        }
        if (organisation == null || organisation.isBlank() || organisation.trim().length() > MAX_ORGANISATION_CHARS) {
            return Optional.of(new Violation("organisation", "is required (at most " + MAX_ORGANISATION_CHARS + " characters)"));
        }
        if (PlainText.firstNonText(organisation) >= 0) {
            return Optional.of(new Violation("organisation", "contains a character that is not text"));
        }
        return Optional.empty();
    }

    /** What is wrong with a user name, if anything (it is not secret: an error may name it). */
    public static Optional<Violation> usernameViolation(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of(new Violation("username", "must be 1-64 of A-Z a-z 0-9 . _ @ -"));
        }
        return Optional.empty();
    }

    /**
     * What is wrong with an optional e-mail address (null: none), if anything. The message never repeats the
     * address: it is personal data, and an error may be logged.
     */
    public static Optional<Violation> emailViolation(String email) {
        if (email == null) {
            return Optional.empty();
        }
        if (email.length() > MAX_EMAIL_CHARS || !EMAIL.matcher(email).matches()
                || email.substring(0, email.indexOf('@')).length() > 64) {
            return Optional.of(new Violation("email", "must be an e-mail address such as name@example.be (at most "
                    + MAX_EMAIL_CHARS + " characters), or null for none"));
        }
        return Optional.empty();
    }
}
