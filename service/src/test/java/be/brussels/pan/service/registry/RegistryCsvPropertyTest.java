package be.brussels.pan.service.registry;

import static org.assertj.core.api.Assertions.assertThat;

import be.brussels.pan.roster.domain.VenueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What the registry exports, it imports back as the same records, whatever the text in its cells (quotes, both
 * delimiters, the list separator, line breaks, accents) and in either delimiter.
 */
class RegistryCsvPropertyTest {

    private static final List<String> SLOTS = List.of("MON-1", "MON-2", "TUE-1", "SAT-3");

    @Property(tries = 200)
    void venuesWrittenAsCsvReadBackEqual(@ForAll("venues") List<VenueEntry> venues,
                                         @ForAll("delimiters") char delimiter) {
        Map<String, VenueEntry> byId = new LinkedHashMap<>();
        venues.forEach(v -> byId.putIfAbsent(v.id(), v));
        List<VenueEntry> unique = new ArrayList<>(byId.values());

        byte[] file = RegistryCsv.write(EntryType.VENUES, unique, delimiter, Set.of());
        List<be.brussels.pan.service.web.LineError> errors = new ArrayList<>();
        List<RegistryCsv.Row> rows = RegistryCsv.read(file, EntryType.VENUES, errors);

        assertThat(errors).isEmpty();
        assertThat(rows).hasSize(unique.size());
        Known known = new Known(Set.of("21012", "21004"), Set.copyOf(SLOTS), Set.of(), Set.of("epn-13", "db-07"));
        for (int i = 0; i < rows.size(); i++) {
            Problems problems = new Problems();
            Cells cells = new Cells(rows.get(i).cells(), problems);
            VenueEntry read = EntryType.VENUES.normalised(EntryType.VENUES.parse(cells,
                    cells.enumOf("provenance", Provenance.class)));
            EntryType.VENUES.check(read, known, problems);
            assertThat(problems.list()).isEmpty();
            assertThat(EntryType.VENUES.fields(read)).isEqualTo(EntryType.VENUES.fields(unique.get(i)));
            assertThat(read.provenance()).isEqualTo(unique.get(i).provenance());
        }
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';');
    }

    @Provide
    Arbitrary<List<VenueEntry>> venues() {
        return venue().list().ofMaxSize(20);
    }

    private Arbitrary<VenueEntry> venue() {
        Arbitrary<String> id = Arbitraries.strings().withChars("abcXYZ019._-").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> text = Arbitraries.strings().withChars("aé Z\"',;|\n\r\t€-")
                .ofMinLength(1).ofMaxLength(30).map(String::trim).filter(t -> !t.isEmpty());
        Arbitrary<String> address = Arbitraries.oneOf(text, Arbitraries.just(null));
        Arbitrary<List<String>> open = Arbitraries.subsetOf(SLOTS).map(set -> SLOTS.stream().filter(set::contains).toList());
        return Combinators.combine(id, text, Arbitraries.of(VenueKind.class), address, Arbitraries.of("21012", "21004"),
                        Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(1, 10_000),
                        Arbitraries.of(true, false))
                .as((i, name, kind, where, commune, seats, rooms, accessible) -> new VenueEntry(i, name, kind, where,
                        commune, seats, rooms, accessible, !accessible, List.of(), null, 1L, Provenance.ENTERED, false))
                .flatMap(v -> Combinators.combine(open, Arbitraries.of("epn-13", "db-07", null),
                        Arbitraries.of(Provenance.class)).as((slots, structure, provenance) ->
                        new VenueEntry(v.id(), v.name(), v.kind(), v.address(), v.commune(), v.seats(), v.rooms(),
                                v.accessible(), v.startDigital(), slots, structure, 1L, provenance, false)));
    }

    @Property(tries = 50)
    void anAbsenceCoversExactlyItsDays(@ForAll @IntRange(min = 0, max = 400) int start,
                                       @ForAll @IntRange(min = 0, max = 30) int length,
                                       @ForAll @IntRange(min = -5, max = 440) int day) {
        java.time.LocalDate origin = java.time.LocalDate.of(2026, 1, 1);
        AnimatorEntry.Absence absence = new AnimatorEntry.Absence(origin.plusDays(start), origin.plusDays(start + length));
        assertThat(absence.covers(origin.plusDays(day))).isEqualTo(day >= start && day <= start + length);
    }
}
