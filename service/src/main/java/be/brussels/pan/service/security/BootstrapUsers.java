package be.brussels.pan.service.security;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the users named in {@code PAN_BOOTSTRAP_USERS} ({@code user:password:ROLE:ORGANISATION[:EMAIL]},
 * comma-separated) at start-up. An entry with an e-mail address sets it; one without keeps the address an
 * administrator set. A malformed entry stops the start-up with an error naming the entry's
 * position and field, never its password; the fields follow the same {@link UserRules} as the admin API.
 * No password is compiled in: without the variable there is no user.
 */
@Component
public class BootstrapUsers implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapUsers.class);

    private final String spec;
    private final UserStore users;
    private final PasswordEncoder encoder;

    public BootstrapUsers(@Value("${pan.bootstrap-users:}") String spec, UserStore users, PasswordEncoder encoder) {
        this.spec = spec;
        this.users = users;
        this.encoder = encoder;
    }

    /** One entry: the user, and their e-mail address when the entry names one (null otherwise). */
    record Entry(PanUser user, String email) {
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Entry> parsed = entries(spec, encoder);
        parsed.forEach(e -> {
            users.bootstrap(e.user());
            if (e.email() != null) {
                users.setEmail(e.user().username(), e.email());
            }
        });
        if (!parsed.isEmpty()) {
            LOG.info("{} bootstrap user(s) created or updated", parsed.size());
        }
    }

    static List<PanUser> parse(String spec, PasswordEncoder encoder) {
        return entries(spec, encoder).stream().map(Entry::user).toList();
    }

    static List<Entry> entries(String spec, PasswordEncoder encoder) {
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
            UserRules.violation(parts[0], parts[1], parts[2], parts[3]).or(() -> UserRules.emailViolation(email))
                    .ifPresent(v -> {
                        throw new IllegalArgumentException(where + ": the " + v.field() + " " + v.message());
                    });
            Role role = Role.valueOf(parts[2]);
            result.add(new Entry(new PanUser(parts[0], encoder.encode(parts[1]), role, parts[3].trim(), true), email));
        }
        return result;
    }
}
