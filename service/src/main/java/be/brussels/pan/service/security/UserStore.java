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
 * PostgreSQL database, a change made on another instance takes effect here within those seconds. Issue 16: a check
 * that the remembered user fails (a wrong password, disabled, a session's user no longer the same) reads the user
 * again ({@link #rereadIfChanged}) before it refuses, so that what another instance grants (a new password, an
 * enabling, the new session of a password change) applies here at once too; what it revokes (a disabling, an old
 * password) applies here within the window.
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

    /**
     * Reads the user from the database again when this instance remembers them; true if the row changed since (then
     * the fresh row is remembered), false if it did not or nothing was remembered (the user was just read, or is not
     * there). One indexed read, no password check: asked only when a check of the remembered user failed.
     */
    public boolean rereadIfChanged(String username) {
        Remembered known = remembered.get(username);
        if (known == null) {
            return false;
        }
        Optional<PanUser> now = find(username);
        if (now.isPresent() && now.get().equals(known.user())) {
            return false;
        }
        remembered.remove(username);
        now.ifPresent(user -> remembered.put(username, new Remembered(user, System.nanoTime())));
        return true;
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
        create(user, null);
    }

    /** Creates a user with an e-mail address (null: none), in one statement. */
    public void create(PanUser user, String email) {
        remembered.remove(user.username());
        jdbc.sql("insert into users (username, password_hash, role, organisation, enabled, created_at, email) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(user.username(), user.passwordHash(), user.role().name(), user.organisation(), user.enabled(),
                        OffsetDateTime.now(ZoneOffset.UTC), email)
                .update();
    }

    /** Enables or disables a user, and nothing else; false if there is no such user. */
    public boolean setEnabled(String username, boolean enabled) {
        remembered.remove(username);
        return jdbc.sql("update users set enabled = ? where username = ?").params(enabled, username).update() == 1;
    }

    /**
     * Replaces a user's password hash, and nothing else; false if there is no such user. The remembered entry is
     * dropped, so the old password stops working here at once; open browser sessions end at their next request
     * ({@link StaleSessionFilter} sees the hash has changed).
     */
    public boolean setPasswordHash(String username, String passwordHash) {
        remembered.remove(username);
        boolean changed = jdbc.sql("update users set password_hash = ? where username = ?")
                .params(passwordHash, username).update() == 1;
        // A request that read the old row between the removal and the update may have remembered it again.
        remembered.remove(username);
        return changed;
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

    /**
     * Sets (or, with null, removes) a user's e-mail address, and nothing else; false if there is no such user.
     * The address is kept out of {@link PanUser}, so that it travels only where a mail is written.
     */
    public boolean setEmail(String username, String email) {
        return jdbc.sql("update users set email = ? where username = ?").params(email, username).update() == 1;
    }

    /** A user's e-mail address, if they have one (enabled or not: the admin API shows it). */
    public Optional<String> email(String username) {
        return jdbc.sql("select email from users where username = ?").param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(e -> e);
    }

    /** Every user's e-mail address, by username, for the admin API's list. */
    public Map<String, String> emails() {
        Map<String, String> emails = new java.util.HashMap<>();
        jdbc.sql("select username, email from users where email is not null")
                .query(rs -> {
                    emails.put(rs.getString(1), rs.getString(2));
                });
        return emails;
    }

    /** The address of an enabled user who has one: whom a notification may reach. */
    public Optional<String> enabledEmail(String username) {
        return jdbc.sql("select email from users where username = ? and enabled = true and email is not null")
                .param(username).query(String.class).optional();
    }

    /** The addresses of the enabled users of a role and organisation who have one, each once, in order. */
    public List<String> enabledEmails(Role role, String organisation) {
        return jdbc.sql("select distinct email from users where role = ? and organisation = ? and enabled = true "
                        + "and email is not null order by email")
                .params(role.name(), organisation).query(String.class).list();
    }
}
