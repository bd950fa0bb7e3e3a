package be.brussels.pan.service.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The mobile kits, each kept at a home venue. */
final class KitType extends EntryType<KitEntry> {

    KitType() {
        super("kit", "kits", KitEntry.class, List.of("name", "home_venue", "devices", "braille"));
    }

    @Override
    Map<String, Object> fields(KitEntry k) {
        return map("id", k.id(), "name", k.name(), "homeVenue", k.homeVenue(), "devices", k.devices(),
                "braille", k.braille());
    }

    @Override
    KitEntry example() {
        return new KitEntry(null, null, null, null, null, null, null, null);
    }

    @Override
    KitEntry read(ResultSet row) throws SQLException {
        return new KitEntry(row.getString("id"), row.getString("name"), row.getString("home_venue"),
                row.getInt("devices"), row.getBoolean("braille"), row.getLong("version"), provenance(row), retired(row));
    }

    @Override
    KitEntry parse(Cells cells, Provenance provenance) {
        return new KitEntry(cells.text("id"), cells.text("name"), cells.text("homeVenue"), cells.integer("devices"),
                cells.bool("braille"), null, provenance, null);
    }

    @Override
    KitEntry normalised(KitEntry k) {
        return new KitEntry(k.id(), k.name() == null ? null : k.name().trim(), k.homeVenue(), k.devices(), k.braille(),
                k.version() == null ? 0 : k.version(), k.provenance() == null ? Provenance.ENTERED : k.provenance(),
                Boolean.TRUE.equals(k.retired()));
    }

    @Override
    KitEntry withId(KitEntry k, String id) {
        return new KitEntry(id, k.name(), k.homeVenue(), k.devices(), k.braille(), k.version(), k.provenance(),
                k.retired());
    }

    @Override
    KitEntry with(KitEntry k, long version, Provenance provenance, boolean retired) {
        return new KitEntry(k.id(), k.name(), k.homeVenue(), k.devices(), k.braille(), version, provenance, retired);
    }

    @Override
    void check(KitEntry k, Known known, Problems problems) {
        checkId(k.id(), problems);
        checkName(k.name(), problems);
        if (problems.require(k.homeVenue() != null, "homeVenue", "is required")) {
            problems.require(known.venues().contains(k.homeVenue()), "homeVenue",
                    "refers to unknown venue " + Cells.quoted(k.homeVenue()));
        }
        checkCount(k.devices(), "devices", 0, problems);
        checkRequired(k.braille(), "braille", problems);
    }

    @Override
    List<String> references(KitEntry k, EntryType<?> other) {
        return other == VENUES && k.homeVenue() != null ? List.of(k.homeVenue()) : List.of();
    }
}
