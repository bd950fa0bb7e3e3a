package be.brussels.pan.service.registry;

import be.brussels.pan.roster.generator.ProblemGenerator;
import be.brussels.pan.roster.generator.Size;
import be.brussels.pan.roster.json.ProblemJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the illustrative registry files the service loads on its first start
 * ({@code service/src/main/resources/registry/illustrative/*.csv}) from the planner's generator: the M week, seed
 * 42, its timeslots, venues, kits and animators, each labelled ILLUSTRATIVE. Run once, by hand, when the generator's
 * data changes, from the repository root:
 * <pre>mvn -B -ntp -o -pl service -am test -Dtest=IllustrativeRegistryFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dpan.registry.write-illustrative=true</pre>
 * {@link IllustrativeRegistryFilesTest} checks that the files are this output. The service itself never calls
 * the generator.
 */
final class IllustrativeRegistryFiles {

    static final Size SIZE = Size.M;
    static final long SEED = 42;

    private IllustrativeRegistryFiles() {
    }

    /** The four files' contents, by list. */
    static Map<EntryType<?>, byte[]> generate() {
        ProblemJson p = ProblemGenerator.generate(SIZE, SEED);
        Provenance made = Provenance.ILLUSTRATIVE;
        List<TimeslotEntry> timeslots = p.timeslots().stream()
                .map(t -> new TimeslotEntry(t.id(), t.day(), t.start(), t.end(), 1L, made, false)).toList();
        List<VenueEntry> venues = p.venues().stream()
                .map(v -> new VenueEntry(v.id(), v.name(), v.kind(), null, v.commune(), v.seats(),
                        v.rooms() == null ? 1 : v.rooms(), v.accessible(), v.startDigital(), v.open(),
                        structureOf(v.id()), 1L, made, false))
                .toList();
        List<KitEntry> kits = p.kits().stream()
                .map(k -> new KitEntry(k.id(), k.name(), k.homeVenue(), k.devices(), k.braille(), 1L, made, false))
                .toList();
        List<AnimatorEntry> animators = p.animators().stream()
                .map(a -> new AnimatorEntry(a.id(), a.name(), a.homeCommune(), a.languages(), a.skills(),
                        a.maxSessions(), a.available(), List.of(), 1L, made, false))
                .toList();
        return Map.of(EntryType.TIMESLOTS, RegistryCsv.write(EntryType.TIMESLOTS, timeslots, ',', Set.of()),
                EntryType.VENUES, RegistryCsv.write(EntryType.VENUES, venues, ',', Set.of()),
                EntryType.KITS, RegistryCsv.write(EntryType.KITS, kits, ',', Set.of()),
                EntryType.ANIMATORS, RegistryCsv.write(EntryType.ANIMATORS, animators, ',', Set.of()));
    }

    /**
     * The default catalogue's structure a generated venue stands for, by the generator's naming (its EPN and
     * partner sites are the catalogue's, under the same number): epn-NN is epn-NN, site-dbNN is db-NN, site-mdeNN
     * is mde-NN; a made-up community site is none. The test checks that each one is in the default catalogue.
     */
    static String structureOf(String venueId) {
        if (venueId.matches("epn-[0-9]+")) {
            return venueId;
        }
        java.util.regex.Matcher site = java.util.regex.Pattern.compile("site-(db|mde)([0-9]+)").matcher(venueId);
        return site.matches() ? site.group(1) + "-" + site.group(2) : null;
    }

    static void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<EntryType<?>, byte[]> file : generate().entrySet()) {
            Files.write(folder.resolve(file.getKey().plural() + ".csv"), file.getValue());
        }
    }
}
