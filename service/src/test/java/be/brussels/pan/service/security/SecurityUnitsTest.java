package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class SecurityUnitsTest {

    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordPolicy policy = new PasswordPolicy(12, 35);

    @Test
    void theCachingEncoderRemembersOnlySuccessfulChecks() {
        CachingPasswordEncoder encoder = new CachingPasswordEncoder(bcrypt);
        String hash = encoder.encode("right-password");

        assertThat(encoder.matches("wrong-password", hash)).isFalse();
        assertThat(encoder.matches("right-password", hash)).isTrue();
        assertThat(encoder.matches("right-password", hash)).isTrue();
        assertThat(encoder.matches("wrong-password", hash)).isFalse();
        assertThat(encoder.matches("right-password", encoder.encode("another-password"))).isFalse();
        assertThat(hash).startsWith("$2");
    }

    @Test
    void bootstrapUsersAreParsedAndHashed() {
        List<PanUser> users = BootstrapUsers.parse("ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris, bob:Saffron-17-kayak-dune-2:SOCIAL_WORKER:CPAS Molenbeek", bcrypt, policy);

        assertThat(users).extracting(PanUser::username).containsExactly("ana", "bob");
        assertThat(users).extracting(PanUser::role).containsExactly(Role.COUNSELLOR, Role.SOCIAL_WORKER);
        assertThat(users.get(1).organisation()).isEqualTo("CPAS Molenbeek");
        assertThat(users.get(0).passwordHash()).doesNotContain("Saffron-17-kayak-dune");
        assertThat(bcrypt.matches("Saffron-17-kayak-dune", users.get(0).passwordHash())).isTrue();
        assertThat(BootstrapUsers.parse("", bcrypt, policy)).isEmpty();
    }

    @Test
    void aBootstrapEntryMayNameAnEmailAddressWhichIsCheckedAndNotRepeated() {
        List<BootstrapUsers.Entry> entries = BootstrapUsers.entries(
                "ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris:ana@actiris.example.be,bob:Saffron-17-kayak-dune-2:PARTNER:epn-13", bcrypt, policy);

        assertThat(entries).extracting(BootstrapUsers.Entry::email).containsExactly("ana@actiris.example.be", null);
        assertThat(entries.get(0).user().organisation()).isEqualTo("Actiris");
        assertThatThrownBy(() -> BootstrapUsers.entries("ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris:ana at actiris", bcrypt, policy))
                .hasMessageContaining("entry 1").hasMessageContaining("email").hasMessageNotContaining("ana at actiris");
        assertThatThrownBy(() -> BootstrapUsers.entries("ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris:", bcrypt, policy))
                .hasMessageContaining("email");
        assertThatThrownBy(() -> BootstrapUsers.entries("ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris:a@b.be:x", bcrypt, policy))
                .hasMessageContaining("user:password:ROLE:ORGANISATION[:EMAIL]");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"name@example.be", "first.last+pan@cpas-1080.brussels",
            "x@a.b.c.be", "o'brien@example.ie"})
    void plainAddressesAreEmailAddresses(String email) {
        assertThat(UserRules.emailViolation(email)).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ", "name", "name@", "@example.be", "name@localhost",
            "na me@example.be", "name@@example.be", "name@example..be", ".name@example.be", "name.@example.be",
            "name@-example.be", "\"quoted\"@example.be", "name@example.be\n", "<name@example.be>",
            "name@example.be, other@example.be"})
    void otherTextIsNotAnEmailAddressAndTheMessageDoesNotRepeatIt(String email) {
        assertThat(UserRules.emailViolation(email)).get().satisfies(v -> {
            assertThat(v.field()).isEqualTo("email");
            // One fixed message whatever the text: nothing of it is repeated.
            assertThat(v.message()).isEqualTo(UserRules.emailViolation("x").orElseThrow().message());
        });
        assertThat(UserRules.emailViolation("a".repeat(65) + "@example.be")).isPresent();
        assertThat(UserRules.emailViolation("a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "."
                + "e".repeat(60) + ".be")).isPresent();
    }

    @Test
    void aMalformedBootstrapEntryNamesItsPositionNotItsPassword() {
        assertThatThrownBy(() -> BootstrapUsers.parse("ana:Saffron-17-kayak-dune:COUNSELLOR:Actiris,bob:Quill-62-basalt-fig:KING:CPAS", bcrypt, policy))
                .hasMessageContaining("entry 2").hasMessageContaining("KING").hasMessageNotContaining("Quill-62-basalt-fig");
        assertThatThrownBy(() -> BootstrapUsers.parse("ana:short:COUNSELLOR:Actiris", bcrypt, policy))
                .hasMessageContaining("entry 1").hasMessageContaining("12 characters");
        assertThatThrownBy(() -> BootstrapUsers.parse("ana:Saffron-17-kayak-dune:COUNSELLOR", bcrypt, policy))
                .hasMessageContaining("user:password:ROLE:ORGANISATION[:EMAIL]");
    }

    @Test
    void aBootstrapEntryFollowsTheSameRulesAsTheAdminApi() {
        String longPassword = "p".repeat(73);
        assertThatThrownBy(() -> BootstrapUsers.parse("ana:" + longPassword + ":COUNSELLOR:Actiris", bcrypt, policy))
                .hasMessageContaining("entry 1").hasMessageContaining("password").hasMessageContaining("72 bytes")
                .hasMessageNotContaining(longPassword);
        // 36 two-byte characters are 72 bytes: accepted; one more is refused.
        String twoByteChars = "éàüöçñßøåæþðÿøµ¿éçàüñöåßæøðþÿµ¿çéüàñö";
        assertThat(twoByteChars).hasSize(37);
        assertThat(BootstrapUsers.parse("ana:" + twoByteChars.substring(0, 36) + ":COUNSELLOR:Actiris", bcrypt, policy)).hasSize(1);
        assertThatThrownBy(() -> BootstrapUsers.parse("ana:" + twoByteChars + ":COUNSELLOR:Actiris", bcrypt, policy))
                .hasMessageContaining("72 bytes");
        assertThatThrownBy(() -> BootstrapUsers.parse("ana:Saffron-17-kayak-dune:COUNSELLOR:" + "O".repeat(101), bcrypt, policy))
                .hasMessageContaining("entry 1").hasMessageContaining("organisation").hasMessageContaining("100 characters");
        assertThat(BootstrapUsers.parse("ana:Saffron-17-kayak-dune:COUNSELLOR:" + "O".repeat(100), bcrypt, policy)).hasSize(1);
        assertThatThrownBy(() -> BootstrapUsers.parse("a b:Saffron-17-kayak-dune:COUNSELLOR:Actiris", bcrypt, policy))
                .hasMessageContaining("username");

        assertThat(UserRules.violation("ana", "Saffron-17-kayak-dune", "PLANNER", "CIN", policy)).isEmpty();
        assertThat(UserRules.violation("ana", "Saffron-17-kayak-dune", "planner", "CIN", policy)).get()
                .extracting(UserRules.Violation::field).isEqualTo("role");
        assertThat(UserRules.violation("ana", null, "PLANNER", "CIN", policy)).get()
                .extracting(UserRules.Violation::field).isEqualTo("password");
    }
}
