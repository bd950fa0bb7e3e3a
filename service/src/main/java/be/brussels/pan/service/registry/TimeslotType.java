package be.brussels.pan.service.registry;

import be.brussels.pan.roster.domain.Day;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** The weekly timeslots. */
final class TimeslotType extends EntryType<TimeslotEntry> {

    TimeslotType() {
        super("timeslot", "timeslots", TimeslotEntry.class, List.of("week_day", "start_time", "end_time"));
    }

    @Override
    Map<String, Object> fields(TimeslotEntry t) {
        return map("id", t.id(), "day", t.day(), "start", t.start(), "end", t.end());
    }

    @Override
    TimeslotEntry example() {
        return new TimeslotEntry(null, null, null, null, null, null, null);
    }

    @Override
    TimeslotEntry read(ResultSet row) throws SQLException {
        return new TimeslotEntry(row.getString("id"), Day.valueOf(row.getString("week_day")), row.getString("start_time"),
                row.getString("end_time"), row.getLong("version"), provenance(row), retired(row));
    }

    @Override
    TimeslotEntry parse(Cells cells, Provenance provenance) {
        return new TimeslotEntry(cells.text("id"), cells.enumOf("day", Day.class), cells.text("start"),
                cells.text("end"), null, provenance, null);
    }

    @Override
    TimeslotEntry normalised(TimeslotEntry t) {
        return with(t, t.version() == null ? 0 : t.version(), t.provenance() == null ? Provenance.ENTERED : t.provenance(),
                Boolean.TRUE.equals(t.retired()));
    }

    @Override
    TimeslotEntry withId(TimeslotEntry t, String id) {
        return new TimeslotEntry(id, t.day(), t.start(), t.end(), t.version(), t.provenance(), t.retired());
    }

    @Override
    TimeslotEntry with(TimeslotEntry t, long version, Provenance provenance, boolean retired) {
        return new TimeslotEntry(t.id(), t.day(), t.start(), t.end(), version, provenance, retired);
    }

    @Override
    void check(TimeslotEntry t, Known known, Problems problems) {
        checkId(t.id(), problems);
        checkRequired(t.day(), "day", problems);
        LocalTime start = time(t.start(), "start", problems);
        LocalTime end = time(t.end(), "end", problems);
        if (start != null && end != null) {
            problems.require(start.isBefore(end), "end", "must be after start " + t.start());
        }
    }
}
