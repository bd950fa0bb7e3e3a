package be.brussels.pan.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Length and strength (nbvcxz), with the user's own words guessed first; a message never repeats the password. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(12, 35);

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "        ", "            ", "password1234", "Password1234!",
            "aaaaaaaaaaaa", "123456789012", "qwertyuiopas", "azertyuiopqs", "correct horse battery staple",
            "Brussels2021!", "Bruxelles2024", "iloveyou1234", "abcdefghijkl", "P@ssw0rd2024!"})
    void commonShortOrPatternedPasswordsAreRefusedWithoutBeingRepeated(String password) {
        assertThat(policy.violation("password", password, "ana", "Actiris")).get().satisfies(v -> {
            assertThat(v.field()).isEqualTo("password");
            if (!password.isBlank()) {
                assertThat(v.message()).doesNotContain(password);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Saffron-17-kayak-dune", "kiwi-Stapler-93-vortex", "tram 81 vers Uccle, kumquat!",
            "Quill-62-basalt-fig", "zr8#Lq2!vNw4"})
    void longUnusualPasswordsAreAccepted(String password) {
        assertThat(policy.violation("password", password, "ana", "Actiris")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theUsersOwnNameAndOrganisationAreGuessedFirst() {
        // Strong enough for someone else; for the user whose name and organisation it is made of, it is not.
        String made = "jdupont-molenbeek-1080";
        assertThat(policy.violation("password", made, "bob", "Actiris")).isEmpty();
        assertThat(policy.violation("password", made, "jdupont", "CPAS Molenbeek")).get()
                .satisfies(v -> assertThat(v.message()).contains("too easy to guess").doesNotContain(made));
    }

    @org.junit.jupiter.api.Test
    void lengthIsCountedInCharactersAndBcryptsLimitInBytes() {
        assertThat(policy.violation("new", "Zq9-Lk2-Wp7", null, null)).get()
                .satisfies(v -> assertThat(v.field()).isEqualTo("new"))
                .satisfies(v -> assertThat(v.message()).isEqualTo("must have at least 12 characters"));
        assertThat(policy.violation("password", "Zq9-Lk2-Wp7!" + "x".repeat(61), null, null)).get()
                .satisfies(v -> assertThat(v.message()).contains("72 bytes"));
    }

    @org.junit.jupiter.api.Test
    void thePolicyNumbersAreChecked() {
        assertThatThrownBy(() -> new PasswordPolicy(6, 35)).hasMessageContaining("min-chars");
        assertThatThrownBy(() -> new PasswordPolicy(12, -1)).hasMessageContaining("min-entropy-bits");
    }

    /** Whatever the password, the message never carries it (nor, for a weak one, nbvcxz's match of it). */
    @Property(tries = 40)
    void noMessageRepeatsThePassword(@ForAll @StringLength(min = 6, max = 40) String password) {
        policy.violation("password", password, "ana", "Actiris")
                .ifPresent(v -> assertThat(v.message()).doesNotContain(password));
    }
}
