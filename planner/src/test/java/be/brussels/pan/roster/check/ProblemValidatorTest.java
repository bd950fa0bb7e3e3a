package be.brussels.pan.roster.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.brussels.pan.roster.json.InvalidProblemException;
import be.brussels.pan.roster.json.RosterJson;

/** Each kind of bad input is rejected before solving, with the offending id or field in the message. */
class ProblemValidatorTest {

    private static final ObjectMapper TREE = new ObjectMapper();

    private static ObjectNode valid() {
        try (InputStream in = ProblemValidatorTest.class.getResourceAsStream("/be/brussels/pan/roster/small-problem.json")) {
            return (ObjectNode) TREE.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void validate(Consumer<ObjectNode> change) {
        ObjectNode problem = valid();
        change.accept(problem);
        ProblemValidator.validate(RosterJson.readProblem(problem.toString()));
    }

    private static ObjectNode item(ObjectNode problem, String list, int index) {
        return (ObjectNode) problem.get(list).get(index);
    }

    @Test
    void theReferenceProblemIsValid() {
        assertThatCode(() -> validate(p -> { })).doesNotThrowAnyException();
    }

    @Test
    void aPinnedAssignmentWithABarInItsIdsIsValidated() {
        // Any character is allowed in an id. Checking the pinned s-002 used to crash (NullPointerException) when
        // its venue's id contained '|'; the service answered POST /api/v1/rosters with a 500.
        assertThatCode(() -> validate(p -> {
            item(p, "venues", 1).put("id", "site|cpas");
            item(p, "kits", 0).put("id", "kit|01");
            ObjectNode pin = (ObjectNode) item(p, "sessions", 1).get("pinned");
            pin.put("venue", "site|cpas");
            pin.put("kit", "kit|01");
        })).doesNotThrowAnyException();
    }

    @Test
    void danglingVenueCommune() {
        assertThatThrownBy(() -> validate(p -> item(p, "venues", 0).put("commune", "99999")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("venue epn-sks commune").hasMessageContaining("99999");
    }

    @Test
    void danglingAnimatorAvailability() {
        assertThatThrownBy(() -> validate(p -> ((ArrayNode) item(p, "animators", 1).get("available")).add("SUN-AM")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("animator anim-02 available").hasMessageContaining("SUN-AM");
    }

    @Test
    void danglingKitHomeVenue() {
        assertThatThrownBy(() -> validate(p -> item(p, "kits", 0).put("homeVenue", "nowhere")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("kit kit-01 homeVenue");
    }

    @Test
    void danglingPinnedAnimator() {
        assertThatThrownBy(() -> validate(p -> ((ObjectNode) item(p, "sessions", 1).get("pinned"))
                .put("animator", "anim-99")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("session s-002 pinned.animator").hasMessageContaining("anim-99");
    }

    @Test
    void duplicateSessionId() {
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 2).put("id", "s-001")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("sessions[2].id").hasMessageContaining("duplicate id 's-001'");
    }

    @Test
    void duplicateTimeslotId() {
        assertThatThrownBy(() -> validate(p -> item(p, "timeslots", 1).put("id", "MON-AM")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("timeslots[1].id");
    }

    @Test
    void emptyLists() {
        for (String list : new String[] {"communes", "timeslots", "venues", "animators", "sessions"}) {
            assertThatThrownBy(() -> validate(p -> p.putArray(list)))
                    .isInstanceOf(InvalidProblemException.class)
                    .hasMessageContaining(list + ": the list is empty");
        }
    }

    @Test
    void missingList() {
        assertThatThrownBy(() -> validate(p -> p.remove("venues")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("venues");
    }

    @Test
    void negativeSeats() {
        assertThatThrownBy(() -> validate(p -> item(p, "venues", 1).put("seats", -1)))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("venue site-cpas seats");
    }

    @Test
    void aVenueAddressIsOptionalButNotBlank() {
        assertThatCode(() -> validate(p -> item(p, "venues", 1).put("address", "Rue de Liverpool 7, 1080 Molenbeek")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> validate(p -> item(p, "venues", 1).put("address", " ")))
                .isInstanceOf(InvalidProblemException.class).hasMessage("venue site-cpas address: is blank (leave it"
                        + " out when unknown)");
        assertThatThrownBy(() -> validate(p -> item(p, "venues", 1).put("address", 7)))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("venues[1].address");
    }

    @Test
    void negativeParticipants() {
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 0).put("participants", -3)))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("session s-001 participants");
    }

    @Test
    void negativeDevices() {
        assertThatThrownBy(() -> validate(p -> item(p, "kits", 0).put("devices", -10)))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("kit kit-01 devices");
    }

    @Test
    void unknownEnumValueIsRejectedWhileReading() {
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 0).put("kind", "LECTURE")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("sessions[0].kind").hasMessageContaining("LECTURE");
        assertThatThrownBy(() -> validate(p -> item(p, "timeslots", 0).put("day", "SUNDAY")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("timeslots[0].day");
        assertThatThrownBy(() -> validate(p -> ((ArrayNode) item(p, "animators", 0).get("skills")).add("JUGGLING")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("animators[0].skills");
    }

    @Test
    void unknownFieldIsRejectedWhileReading() {
        assertThatThrownBy(() -> validate(p -> item(p, "venues", 0).put("colour", "blue")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("venues[0].colour");
    }

    @Test
    void priorityOutOfRange() {
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 2).put("priority", 4)))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("session s-003 priority");
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 2).put("priority", 0)))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("session s-003 priority");
    }

    @Test
    void malformedTimes() {
        assertThatThrownBy(() -> validate(p -> item(p, "timeslots", 0).put("start", "9h00")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("timeslot MON-AM start");
        assertThatThrownBy(() -> validate(p -> item(p, "timeslots", 0).put("end", "25:00")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("timeslot MON-AM end");
        assertThatThrownBy(() -> validate(p -> item(p, "timeslots", 0).put("end", "08:00")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("must be after start");
    }

    @Test
    void numberAsStringIsRejected() {
        assertThatThrownBy(() -> validate(p -> item(p, "venues", 0).put("seats", "12")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("venues[0].seats");
    }

    @Test
    void pinnedAssignmentBreakingAHardConstraint() {
        // anim-01 is not available... make the pinned slot one where the venue is closed (H7).
        assertThatThrownBy(() -> validate(p -> ((ObjectNode) item(p, "sessions", 1).get("pinned"))
                .put("timeslot", "MON-PM")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("session s-002 pinned").hasMessageContaining("H7");
        // A mobile session pinned without a kit breaks H9 (and H8: 8 participants > 4 seats).
        assertThatThrownBy(() -> validate(p -> ((ObjectNode) item(p, "sessions", 1).get("pinned")).putNull("kit")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessageContaining("session s-002 pinned").hasMessageContaining("breaks H");
    }

    @Test
    void pinnedAssignmentForAnotherSession() {
        assertThatThrownBy(() -> validate(p -> ((ObjectNode) item(p, "sessions", 1).get("pinned"))
                .put("session", "s-001")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("session s-002 pinned.session");
    }

    /** s-001 published at MON-AM in epn-sks with anim-01 (contract 1.1). */
    private static ObjectNode published(ObjectNode p) {
        ObjectNode published = item(p, "sessions", 0).putObject("published");
        published.put("timeslot", "MON-AM").put("venue", "epn-sks").put("animator", "anim-01").putNull("kit");
        return published;
    }

    @Test
    void aPublishedAssignmentMayNameWhatTheProblemNoLongerHas() {
        // A venue retired and a kit gone since the week was published: the re-plan reports it, it is not an error.
        assertThatCode(() -> validate(p -> {
            published(p).put("venue", "epn-closed-since").put("kit", "kit-broken");
            item(p, "sessions", 0).put("locked", true);
        })).doesNotThrowAnyException();
    }

    @Test
    void aPublishedAssignmentNeedsItsTimeslotVenueAndAnimator() {
        for (String field : new String[] {"timeslot", "venue", "animator"}) {
            assertThatThrownBy(() -> validate(p -> published(p).put(field, " ")))
                    .isInstanceOf(InvalidProblemException.class)
                    .hasMessage("session s-001 published." + field + ": is missing or blank");
            assertThatThrownBy(() -> validate(p -> published(p).remove(field)))
                    .isInstanceOf(InvalidProblemException.class)
                    .hasMessage("session s-001 published." + field + ": is missing or blank");
        }
        assertThatThrownBy(() -> validate(p -> published(p).put("kit", "")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("session s-001 published.kit");
        assertThatThrownBy(() -> validate(p -> published(p).put("session", "s-003")))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessage("session s-001 published.session: names another session s-003");
    }

    @Test
    void aLockedSessionNeedsItsPublishedAssignmentAndIsNotPinnedToo() {
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 0).put("locked", true)))
                .isInstanceOf(InvalidProblemException.class)
                .hasMessage("session s-001 locked: a locked session needs its published assignment");
        assertThatThrownBy(() -> validate(p -> {
            ObjectNode s2 = item(p, "sessions", 1);
            s2.set("published", s2.get("pinned").deepCopy());
            s2.put("locked", true);
        })).isInstanceOf(InvalidProblemException.class).hasMessageStartingWith("session s-002 locked: the session is "
                + "pinned already");
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 0).put("locked", "yes")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("sessions[0].locked");
    }

    @Test
    void badLanguageCode() {
        assertThatThrownBy(() -> validate(p -> item(p, "sessions", 0).put("language", "French")))
                .isInstanceOf(InvalidProblemException.class).hasMessageContaining("session s-001 language");
    }

    @Test
    void exceptionNamesWhere() {
        InvalidProblemException e = new InvalidProblemException("session s-1 priority", "must be 1, 2 or 3");
        assertThat(e.where()).isEqualTo("session s-1 priority");
        assertThat(e).hasMessage("session s-1 priority: must be 1, 2 or 3");
    }
}
