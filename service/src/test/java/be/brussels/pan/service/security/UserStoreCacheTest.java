package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The users remembered for Basic clients: a change here applies at once, one made elsewhere within the window. */
class UserStoreCacheTest {

    private JdbcClient jdbc;

    @BeforeEach
    void database() {
        jdbc = JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:users-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        jdbc.sql("""
                create table users (username varchar(64) primary key, password_hash varchar(100) not null,
                    role varchar(20) not null, organisation varchar(100) not null, enabled boolean not null,
                    created_at timestamp with time zone not null, email varchar(254))""").update();
        jdbc.sql("insert into users values ('ana', 'hash-1', 'COUNSELLOR', 'Actiris', true, current_timestamp, null)").update();
    }

    @Test
    void aChangeMadeThroughTheStoreAppliesAtOnce() {
        UserStore store = new UserStore(jdbc, 3600);
        assertThat(store.loadUserByUsername("ana").isEnabled()).isTrue();

        store.setEnabled("ana", false);

        assertThat(store.loadUserByUsername("ana").isEnabled()).isFalse();
    }

    @Test
    void aChangeMadeByAnotherInstanceAppliesOnceTheWindowHasPassed() {
        UserStore remembering = new UserStore(jdbc, 3600);
        UserStore notRemembering = new UserStore(jdbc, 0);
        remembering.loadUserByUsername("ana");
        notRemembering.loadUserByUsername("ana");

        jdbc.sql("update users set enabled = false where username = 'ana'").update();

        assertThat(remembering.loadUserByUsername("ana").isEnabled()).isTrue();
        assertThat(notRemembering.loadUserByUsername("ana").isEnabled()).isFalse();
    }

    @Test
    void aRereadAfterAFailedCheckTakesAnotherInstancesChangeAndOnlyWhenThereIsOne() {
        UserStore remembering = new UserStore(jdbc, 3600);
        assertThat(remembering.rereadIfChanged("ana")).as("nothing remembered: nothing to read again").isFalse();
        remembering.loadUserByUsername("ana");
        assertThat(remembering.rereadIfChanged("ana")).as("unchanged").isFalse();

        // Another instance gives ana a new password.
        jdbc.sql("update users set password_hash = 'hash-2' where username = 'ana'").update();
        assertThat(remembering.loadUserByUsername("ana").getPassword()).isEqualTo("hash-1");
        assertThat(remembering.rereadIfChanged("ana")).isTrue();
        assertThat(remembering.loadUserByUsername("ana").getPassword()).isEqualTo("hash-2");

        // And removes her: the remembered user is forgotten.
        jdbc.sql("delete from users where username = 'ana'").update();
        assertThat(remembering.rereadIfChanged("ana")).isTrue();
        assertThatThrownBy(() -> remembering.loadUserByUsername("ana")).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aBootstrapAtStartUpKeepsAnAdministratorsDisabling() {
        UserStore store = new UserStore(jdbc, 3600);
        store.setEnabled("ana", false);

        // A restart bootstraps PAN_BOOTSTRAP_USERS again: it used to write enabled = true.
        store.bootstrap(new PanUser("ana", "hash-new", Role.COUNSELLOR, "Actiris", true));
        store.bootstrap(new PanUser("carl", "hash-3", Role.PLANNER, "CIN", true));

        assertThat(store.loadUserByUsername("ana").isEnabled()).isFalse();
        assertThat(store.loadUserByUsername("ana").getPassword()).isEqualTo("hash-new");
        assertThat(store.loadUserByUsername("carl").isEnabled()).isTrue();
    }

    @Test
    void aBootstrapKeepsTheAddressAnAdministratorSetAndOnlyEnabledUsersWithAnAddressAreReached() {
        UserStore store = new UserStore(jdbc, 3600);
        store.setEmail("ana", "ana@actiris.example.be");
        store.bootstrap(new PanUser("ana", "hash-new", Role.COUNSELLOR, "Actiris", true));
        store.create(new PanUser("pia", "hash-4", Role.PARTNER, "epn-13", true), "pia@epn13.example.be");
        store.create(new PanUser("pol", "hash-5", Role.PARTNER, "epn-13", true), null);
        store.create(new PanUser("pat", "hash-6", Role.PARTNER, "epn-13", false), "pat@epn13.example.be");

        assertThat(store.email("ana")).contains("ana@actiris.example.be");
        assertThat(store.enabledEmail("ana")).contains("ana@actiris.example.be");
        assertThat(store.enabledEmail("pat")).isEmpty();
        assertThat(store.email("pat")).contains("pat@epn13.example.be");
        assertThat(store.enabledEmails(Role.PARTNER, "epn-13")).containsExactly("pia@epn13.example.be");
        assertThat(store.enabledEmails(Role.PARTNER, "db-11")).isEmpty();
        assertThat(store.setEmail("nobody", "x@y.be")).isFalse();
    }

    @Test
    void aSecondCreationOfANameIsRefusedByTheDatabase() {
        UserStore store = new UserStore(jdbc, 3600);
        assertThatThrownBy(() -> store.create(new PanUser("ana", "hash-x", Role.PARTNER, "Other", true)))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThat(store.loadUserByUsername("ana").getPassword()).isEqualTo("hash-1");
    }

    @Test
    void anUnknownUserIsNeverRemembered() {
        UserStore store = new UserStore(jdbc, 3600);
        assertThatThrownBy(() -> store.loadUserByUsername("bob")).isInstanceOf(UsernameNotFoundException.class);

        jdbc.sql("insert into users values ('bob', 'hash-2', 'PLANNER', 'CIN', true, current_timestamp, null)").update();

        assertThat(store.loadUserByUsername("bob").getUsername()).isEqualTo("bob");
    }
}
