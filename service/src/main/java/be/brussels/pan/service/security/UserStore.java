package be.brussels.pan.service.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users in the database; passwords as BCrypt hashes.
 *
 * <p>Machine clients send their Basic credentials with every request, so the user behind them is
 * remembered for a few seconds ({@code pan.security.user-cache-seconds}) instead of being read at every
 * request. A change made through this instance takes effect at once; with several instances on one
 * PostgreSQL database, a change made on another instance takes effect here within those seconds.
 */
@Repository
public class UserStore implements UserDetailsService {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(PanUser user, long readAt) {
    }

    private final JdbcClient jdbc;
    private final long rememberNanos;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public UserStore(JdbcClient jdbc, @Value("${pan.security.user-cache-seconds}") int rememberSeconds) {
        this.jdbc = jdbc;
        this.rememberNanos = TimeUnit.SECONDS.toNanos(rememberSeconds);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        long now = System.nanoTime();
        Remembered known = remembered.get(username);
        if (known != null && now - known.readAt() < rememberNanos) {
            return known.user();
        }
        PanUser user = find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(username, new Remembered(user, now));
        return user;
    }

    public Optional<PanUser> find(String username) {
        return jdbc.sql("select username, password_hash, role, organisation, enabled from users where username = ?")
                .param(username)
                .query((rs, n) -> new PanUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    public List<PanUser> all() {
        return jdbc.sql("select username, password_hash, role, organisation, enabled from users order by username")
                .query((rs, n) -> new PanUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getBoolean(5)))
                .list();
    }

    /**
     * Creates a user; the primary key refuses a name already taken, also by a creation at the same moment on this
     * or another instance (a {@link org.springframework.dao.DuplicateKeyException}).
     */
    public void create(PanUser user) {
        remembered.remove(user.username());
        jdbc.sql("insert into users (username, password_hash, role, organisation, enabled, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(user.username(), user.passwordHash(), user.role().name(), user.organisation(), user.enabled(),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Enables or disables a user, and nothing else; false if there is no such user. */
    public boolean setEnabled(String username, boolean enabled) {
        remembered.remove(username);
        return jdbc.sql("update users set enabled = ? where username = ?").params(enabled, username).update() == 1;
    }

    /**
     * A bootstrap user at start-up: created enabled if new; otherwise its password, role and organisation are
     * replaced and whether it is enabled is kept, so that a restart does not undo an administrator's disabling.
     */
    @Transactional
    public void bootstrap(PanUser user) {
        remembered.remove(user.username());
        int updated = jdbc.sql("update users set password_hash = ?, role = ?, organisation = ? where username = ?")
                .params(user.passwordHash(), user.role().name(), user.organisation(), user.username())
                .update();
        if (updated == 0) {
            create(user);
        }
    }
}
