package be.brussels.pan.service.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Property
    void anIdIsAVersion7UuidCarryingItsMillisecond(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long millis) {
        UUID id = TimeOrderedIds.at(millis);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(UUID.fromString(id.toString())).isEqualTo(id);
    }

    @Property
    void aLaterMillisecondGivesAGreaterId(@ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFEL) long millis,
                                          @ForAll @LongRange(min = 1, max = 1_000_000) long later) {
        long next = Math.min(millis + later, 0xFFFF_FFFF_FFFFL);
        // Compared as the database and the text form compare them: unsigned, most significant first.
        assertThat(TimeOrderedIds.at(next).toString()).isGreaterThan(TimeOrderedIds.at(millis).toString());
    }

    @Test
    void idsOfTheSameMillisecondDifferIn74RandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(TimeOrderedIds.at(1_795_000_000_000L));
        }
        assertThat(ids).hasSize(100_000);
    }
}
