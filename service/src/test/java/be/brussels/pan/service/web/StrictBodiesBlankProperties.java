package be.brussels.pan.service.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brussels.pan.contract.json.ContractFields;
import be.brussels.pan.contract.json.ContractFields.Field;
import be.brussels.pan.contract.json.ContractFields.Kind;
import be.brussels.pan.service.registry.AnimatorEntry;
import be.brussels.pan.service.registry.KitEntry;
import be.brussels.pan.service.registry.TimeslotEntry;
import be.brussels.pan.service.registry.VenueEntry;
import be.brussels.pan.service.security.UserAdminController;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 15: every body the service reads itself ({@link StrictBodies}: registry records, users, referrals,
 * attendance) refuses an empty or whitespace-only string where it expects a number, a boolean, an enum or a date,
 * naming the field (a registry venue's {@code "seats": " "} was read as absent). The fields are every such leaf of
 * the body records ({@link ContractFields}).
 */
class StrictBodiesBlankProperties {

    /** Every record an endpoint gives {@link StrictBodies#read}; the referrals' are package-private, hence by name. */
    static final List<Class<? extends Record>> BODIES = List.of(TimeslotEntry.class, VenueEntry.class, KitEntry.class,
            AnimatorEntry.class, UserAdminController.NewUser.class, UserAdminController.EmailChange.class,
            record("be.brussels.pan.service.referral.ReferralRequests$Create"),
            record("be.brussels.pan.service.referral.ReferralRequests$Transition"),
            record("be.brussels.pan.service.referral.SessionAttendanceController$Attendance"));

    private static final Kind[] NOT_TEXT = {Kind.BOOLEAN, Kind.NUMBER, Kind.ENUM, Kind.DATE_OR_TIME, Kind.UUID};

    record BodyField(Class<? extends Record> body, Field field) {
        @Override
        public String toString() {
            return body.getSimpleName() + " " + field;
        }
    }

    @Provide
    Arbitrary<BodyField> fields() {
        return Arbitraries.of(all().toList());
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\f', '\u2003').ofMinLength(0).ofMaxLength(5);
    }

    @Property(tries = 200)
    void aBlankWhereABodyExpectsANumberBooleanEnumOrDateIsA400NamingIt(@ForAll("fields") BodyField field,
                                                                       @ForAll("blanks") String blank) {
        byte[] body = ContractFields.with(JsonNodeFactory.instance.objectNode(), field.field(), TextNode.valueOf(blank))
                .toString().getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StrictBodies.read(body, field.body())).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field.field().path());
            assertThat(e.getMessage()).startsWith("is blank (empty or whitespace only): expected ");
        });
    }

    @Example
    void everyFieldOnceAndTheRegistrysAreAmongThem() {
        assertThat(all().map(BodyField::toString)).contains("VenueEntry seats (NUMBER)", "VenueEntry accessible (BOOLEAN)",
                "TimeslotEntry day (ENUM)", "AnimatorEntry absences[0].from (DATE_OR_TIME)");
        all().forEach(f -> aBlankWhereABodyExpectsANumberBooleanEnumOrDateIsA400NamingIt(f, " "));
    }

    private static Stream<BodyField> all() {
        return BODIES.stream().flatMap(b -> ContractFields.of(b, NOT_TEXT).stream().map(f -> new BodyField(b, f)));
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> record(String name) {
        try {
            return (Class<? extends Record>) Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a body record moved: " + name, e);
        }
    }
}
