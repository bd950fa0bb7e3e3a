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
 * Creates the users named in {@code PAN_BOOTSTRAP_USERS} ({@code user:password:ROLE:ORGANISATION},
 * comma-separated) at start-up. A malformed entry stops the start-up with an error naming the entry's
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

    @Override
    public void run(ApplicationArguments args) {
        List<PanUser> parsed = parse(spec, encoder);
        parsed.forEach(users::bootstrap);
        if (!parsed.isEmpty()) {
            LOG.info("{} bootstrap user(s) created or updated", parsed.size());
        }
    }

    static List<PanUser> parse(String spec, PasswordEncoder encoder) {
        List<PanUser> result = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return result;
        }
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String[] parts = entries[i].trim().split(":", -1);
            String where = "PAN_BOOTSTRAP_USERS entry " + (i + 1);
            if (parts.length != 4) {
                throw new IllegalArgumentException(where + ": expected user:password:ROLE:ORGANISATION");
            }
            UserRules.violation(parts[0], parts[1], parts[2], parts[3]).ifPresent(v -> {
                throw new IllegalArgumentException(where + ": the " + v.field() + " " + v.message());
            });
            Role role = Role.valueOf(parts[2]);
            result.add(new PanUser(parts[0], encoder.encode(parts[1]), role, parts[3].trim(), true));
        }
        return result;
    }
}
