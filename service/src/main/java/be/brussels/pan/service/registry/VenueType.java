package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.VenueKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The venues: EPN and partner sites, open in some of the timeslots. */
final class VenueType extends EntryType<VenueEntry> {

    static final int MAX_ADDRESS = 300;

    VenueType() {
        super("venue", "venues", VenueEntry.class, List.of("name", "kind", "address", "commune", "seats", "rooms",
                "accessible", "start_digital", "open_slots", "structure_id"));
    }

    @Override
    Map<String, Object> fields(VenueEntry v) {
        return map("id", v.id(), "name", v.name(), "kind", v.kind(), "address", v.address(), "commune", v.commune(),
                "seats", v.seats(), "rooms", v.rooms(), "accessible", v.accessible(), "startDigital", v.startDigital(),
                "open", v.open(), "structureId", v.structureId());
    }

    @Override
    java.util.Set<String> optionalCsvColumns() {
        return java.util.Set.of("provenance", "address", "rooms", "structureId");
    }

    @Override
    VenueEntry example() {
        return new VenueEntry(null, null, null, null, null, null, null, null, null, List.of(), null, null, null, null);
    }

    @Override
    VenueEntry read(ResultSet row) throws SQLException {
        return new VenueEntry(row.getString("id"), row.getString("name"), VenueKind.valueOf(row.getString("kind")),
                row.getString("address"), row.getString("commune"), row.getInt("seats"), row.getInt("rooms"),
                row.getBoolean("accessible"), row.getBoolean("start_digital"), stored(row.getString("open_slots")),
                row.getString("structure_id"), row.getLong("version"), provenance(row), retired(row));
    }

    @Override
    VenueEntry parse(Cells cells, Provenance provenance) {
        return new VenueEntry(cells.text("id"), cells.text("name"), cells.enumOf("kind", VenueKind.class),
                cells.text("address"), cells.text("commune"), cells.integer("seats"), cells.integer("rooms"),
                cells.bool("accessible"), cells.bool("startDigital"), cells.list("open"),
                cells.text("structureId"), null, provenance, null);
    }

    @Override
    VenueEntry normalised(VenueEntry v) {
        String address = v.address() == null || v.address().isBlank() ? null : v.address().trim();
        String structure = v.structureId() == null || v.structureId().isBlank() ? null : v.structureId().trim();
        return new VenueEntry(v.id(), v.name() == null ? null : v.name().trim(), v.kind(), address, v.commune(),
                v.seats(), v.rooms() == null ? 1 : v.rooms(), v.accessible(), v.startDigital(), v.open(), structure,
                v.version() == null ? 0 : v.version(), v.provenance() == null ? Provenance.ENTERED : v.provenance(),
                Boolean.TRUE.equals(v.retired()));
    }

    @Override
    VenueEntry withId(VenueEntry v, String id) {
        return new VenueEntry(id, v.name(), v.kind(), v.address(), v.commune(), v.seats(), v.rooms(),
                v.accessible(), v.startDigital(), v.open(), v.structureId(), v.version(), v.provenance(), v.retired());
    }

    @Override
    VenueEntry with(VenueEntry v, long version, Provenance provenance, boolean retired) {
        return new VenueEntry(v.id(), v.name(), v.kind(), v.address(), v.commune(), v.seats(), v.rooms(),
                v.accessible(), v.startDigital(), v.open(), v.structureId(), version, provenance, retired);
    }

    @Override
    void check(VenueEntry v, Known known, Problems problems) {
        checkId(v.id(), problems);
        checkName(v.name(), problems);
        checkRequired(v.kind(), "kind", problems);
        problems.require(v.address() == null || v.address().length() <= MAX_ADDRESS, "address",
                "is over " + MAX_ADDRESS + " characters");
        checkCommune(v.commune(), "commune", known, problems);
        checkCount(v.seats(), "seats", 0, problems);
        checkCount(v.rooms(), "rooms", 1, problems);
        checkRequired(v.accessible(), "accessible", problems);
        checkRequired(v.startDigital(), "startDigital", problems);
        checkReferences(v.open(), "open", "timeslot", known.timeslots(), problems);
        if (v.structureId() != null) {
            // Checked against the catalogue in use when written; a later catalogue without it only makes the
            // venue's next published sessions unbookable (no offer), it does not invalidate the registry.
            problems.require(ID.matcher(v.structureId()).matches() && known.structures().contains(v.structureId()),
                    "structureId", Cells.quoted(v.structureId()) + " is not a structure of the catalogue in use");
        }
    }

    @Override
    List<String> references(VenueEntry v, EntryType<?> other) {
        return other == TIMESLOTS ? orEmpty(v.open()) : List.of();
    }
}
