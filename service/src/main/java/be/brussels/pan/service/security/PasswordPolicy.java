package be.brussels.pan.service.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever it is set: {@code PAN_BOOTSTRAP_USERS}, the admin API, a user changing their
 * own. Long enough ({@code pan.security.passwords.min-chars}), and hard enough to guess: nbvcxz estimates how many
 * guesses an attacker working through common passwords, words, names, keyboard patterns, repeats, sequences and
 * dates would need, and the estimate must reach {@code pan.security.passwords.min-entropy-bits} (log2 of the
 * guesses). The user's own name and organisation, and the words of this service, count as the first words an
 * attacker tries. A length alone let {@code password1234} and twelve spaces through.
 *
 * <p>A message never repeats the password, nor any part of it: it may be logged, or shown on a screen. nbvcxz's
 * own warnings are fixed sentences ("This is a top-10 common password."), so they are passed on.
 */
@Component
public class PasswordPolicy {

    /** BCrypt reads at most 72 bytes: anything longer would be silently cut. A limit of the hash, not a policy. */
    static final int MAX_PASSWORD_BYTES = 72;

    /**
     * The words anyone attacking this service tries first, besides the user's own name and organisation and the
     * roles' names: its name and the names of the institutions whose staff use it (FR, NL, EN).
     */
    private static final List<String> SERVICE_WORDS = List.of("pan", "brussels", "bruxelles", "brussel", "actiris",
            "cpas", "ocmw", "epn", "cin", "digital", "numerique", "digitaal", "inclusion", "diagnosis", "diagnostic");

    private final int minChars;
    private final double minEntropyBits;

    public PasswordPolicy(@Value("${pan.security.passwords.min-chars}") int minChars,
                          @Value("${pan.security.passwords.min-entropy-bits}") double minEntropyBits) {
        if (minChars < 8 || minChars > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("pan.security.passwords.min-chars must be from 8 to "
                    + MAX_PASSWORD_BYTES + ", not " + minChars);
        }
        if (minEntropyBits < 0 || minEntropyBits > 128) {
            throw new IllegalArgumentException("pan.security.passwords.min-entropy-bits must be from 0 to 128, not "
                    + minEntropyBits);
        }
        this.minChars = minChars;
        this.minEntropyBits = minEntropyBits;
    }

    public int minChars() {
        return minChars;
    }

    /**
     * What is wrong with {@code password} for this user, if anything; {@code field} names it in the violation
     * ({@code password}, {@code new}). {@code username} and {@code organisation} may be null (not known yet).
     */
    public Optional<UserRules.Violation> violation(String field, String password, String username, String organisation) {
        if (password == null || password.codePointCount(0, password.length()) < minChars) {
            return Optional.of(new UserRules.Violation(field, "must have at least " + minChars + " characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return Optional.of(new UserRules.Violation(field,
                    "must be at most " + MAX_PASSWORD_BYTES + " bytes (BCrypt's limit)"));
        }
        if (password.isBlank()) {
            return Optional.of(new UserRules.Violation(field, "must not be only spaces"));
        }
        Result result = new Nbvcxz(configuration(username, organisation)).estimate(password);
        if (result.getEntropy() < minEntropyBits) {
            String warning = result.getFeedback().getWarning();
            return Optional.of(new UserRules.Violation(field, "is too easy to guess"
                    + (warning == null || warning.isBlank() ? "" : " (" + warning.trim().replaceAll("[.]$", "") + ")")
                    + ": a common password, a word or name, a keyboard pattern, a repeat or a date is guessed first;"
                    + " estimated " + (int) Math.floor(result.getEntropy()) + " bits, at least " + (int) Math.ceil(minEntropyBits)
                    + " needed. Add uncommon words or characters"));
        }
        return Optional.empty();
    }

    private Configuration configuration(String username, String organisation) {
        List<String> words = new ArrayList<>(SERVICE_WORDS);
        for (Role role : Role.values()) {
            addWords(words, role.name());
        }
        addWords(words, username);
        addWords(words, organisation);
        Dictionary own = new DictionaryBuilder().setDictionaryName("pan-user").setExclusion(false)
                .addWords(words, 1).createDictionary();
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(own);
        return new ConfigurationBuilder().setDictionaries(dictionaries).setMinimumEntropy(minEntropyBits)
                .setLocale(Locale.ENGLISH).createConfiguration();
    }

    /** The text, and each of its words (split on anything not a letter or digit), lower-cased. */
    private static void addWords(List<String> words, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT).trim();
        words.add(lower);
        for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                words.add(word);
            }
        }
    }
}
