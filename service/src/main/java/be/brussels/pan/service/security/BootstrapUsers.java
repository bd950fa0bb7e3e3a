package be.brussels.pan.service.security;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import be.brussels.pan.service.health.StartupSteps;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the users named in {@code PAN_BOOTSTRAP_USERS} ({@code user:password:ROLE:ORGANISATION[:EMAIL]},
 * comma-separated) at start-up. An entry with an e-mail address sets it; one without keeps the address an
 * administrator set. A malformed entry stops the start-up with an error naming the entry's
 * position, its user name and the field, never its password; the fields follow the same {@link UserRules} and
 * {@link PasswordPolicy} as the admin API, so a weak password in the environment stops the start.
 * No password is compiled in: without the variable there is no user.
 *
 * <p>The users are written once every bean exists and before the web server opens its port
 * ({@link SmartInitializingSingleton}: Spring Boot starts the server later, in the context's last step). As an
 * {@code ApplicationRunner} it ran after the port was open: for 0.6–1.9 s health said UP while valid logins got
 * 401, and after a restart that changed a password the old one went on working until this ran (issue 15).
 */
@Component
public class BootstrapUsers implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapUsers.class);

    private final String spec;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwords;
    private final StartupSteps steps;

    public BootstrapUsers(@Value("${pan.bootstrap-users:}") String spec, UserStore users, PasswordEncoder encoder,
                          PasswordPolicy passwords, StartupSteps steps) {
        this.spec = spec;
        this.users = users;
        this.encoder = encoder;
        this.passwords = passwords;
        this.steps = steps;
    }

    /** One entry: the user, and their e-mail address when the entry names one (null otherwise). */
    record Entry(PanUser user, String email) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Entry> parsed = entries(spec, encoder, passwords);
        parsed.forEach(e -> {
            users.bootstrap(e.user());
            if (e.email() != null) {
                users.setEmail(e.user().username(), e.email());
            }
        });
        if (!parsed.isEmpty()) {
            LOG.info("{} bootstrap user(s) created or updated", parsed.size());
        }
        steps.done(StartupSteps.Step.USERS_BOOTSTRAPPED);
    }

    static List<PanUser> parse(String spec, PasswordEncoder encoder, PasswordPolicy passwords) {
        return entries(spec, encoder, passwords).stream().map(Entry::user).toList();
    }

    static List<Entry> entries(String spec, PasswordEncoder encoder, PasswordPolicy passwords) {
        List<Entry> result = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return result;
        }
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].trim().split(":", -1);
            String where = "PAN_BOOTSTRAP_USERS entry " + (i + 1);
            if (parts.length != 4 && parts.length != 5) {
                throw new IllegalArgumentException(where + ": expected user:password:ROLE:ORGANISATION[:EMAIL]");
            }
            String email = parts.length == 5 ? parts[4].trim() : null;
            // The user name is not secret, and says which line of the environment to fix; the password is.
            String who = UserRules.usernameViolation(parts[0]).isEmpty() ? where + " (user " + parts[0] + ")" : where;
            UserRules.violation(parts[0], parts[1], parts[2], parts[3], passwords)
                    .or(() -> UserRules.emailViolation(email))
                    .ifPresent(v -> {
                        throw new IllegalArgumentException(who + ": the " + v.field() + " " + v.message());
                    });
            Role role = Role.valueOf(parts[2]);
            result.add(new Entry(new PanUser(parts[0], encoder.encode(parts[1]), role, parts[3].trim(), true), email));
        }
        return result;
    }
}
