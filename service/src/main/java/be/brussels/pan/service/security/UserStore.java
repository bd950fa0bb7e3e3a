package be.brussels.pan.service.security;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Users in the database; passwords as BCrypt hashes. */
@Repository
public class UserStore implements UserDetailsService {

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
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

    /** Creates the user, or replaces its password, role and organisation. */
    @Transactional
    public void save(PanUser user) {
        int updated = jdbc.sql("update users set password_hash = ?, role = ?, organisation = ?, enabled = ? where username = ?")
                .params(user.passwordHash(), user.role().name(), user.organisation(), user.enabled(), user.username())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into users (username, password_hash, role, organisation, enabled, created_at) values (?, ?, ?, ?, ?, ?)")
                    .params(user.username(), user.passwordHash(), user.role().name(), user.organisation(), user.enabled(),
                            OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
    }
}
