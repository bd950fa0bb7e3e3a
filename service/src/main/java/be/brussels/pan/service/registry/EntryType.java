package be.brussels.pan.service.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One list of the registry (timeslots, venues, kits, animators): its names, its table and columns, and how its
 * records are checked, stored, written to CSV and read from it. The JSON field names are the CSV column names.
 *
 * @param <T> the list's record
 */
abstract sealed class EntryType<T extends RegistryEntry> permits TimeslotType, VenueType, KitType, AnimatorType {

    /** An id: what the roster contract's ids can safely be in a path, a CSV cell and a comma-separated column. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MAX_NAME = 200;
    /** A policy bound against typing errors, not a rule of the contract: far above any real venue or animator. */
    static final int MAX_COUNT = 10_000;

    static final TimeslotType TIMESLOTS = new TimeslotType();
    static final VenueType VENUES = new VenueType();
    static final KitType KITS = new KitType();
    static final AnimatorType ANIMATORS = new AnimatorType();
    /** In the order a whole registry is loaded: a list refers only to lists before it. */
    static final List<EntryType<?>> ALL = List.of(TIMESLOTS, VENUES, KITS, ANIMATORS);

    private final String noun;
    private final String plural;
    private final Class<T> type;
    private final List<String> dbColumns;

    EntryType(String noun, String plural, Class<T> type, List<String> dbColumns) {
        this.noun = noun;
        this.plural = plural;
        this.type = type;
        this.dbColumns = dbColumns;
    }

    /** {@code venue}: in messages and in the audit. */
    String noun() {
        return noun;
    }

    /** {@code venues}: in paths, file names and table names. */
    String plural() {
        return plural;
    }

    Class<T> type() {
        return type;
    }

    String table() {
        return "registry_" + plural;
    }

    /** The data columns of the table, in the order of {@link #fields}' values (after the id). */
    List<String> dbColumns() {
        return dbColumns;
    }

    /** The CSV columns in order: the record's fields, then {@code provenance}. */
    List<String> csvColumns() {
        List<String> columns = new ArrayList<>(fields(example()).keySet());
        columns.add("provenance");
        return columns;
    }

    /** Columns an import may leave out (then blank). */
    Set<String> optionalCsvColumns() {
        return Set.of("provenance");
    }

    /** The record's data, field by field in CSV order, the id first; lists as lists. Version and retirement apart. */
    abstract Map<String, Object> fields(T entry);

    /** The fields the audit keeps: all but personal data beyond an animator's name. */
    Map<String, Object> audited(T entry) {
        return fields(entry);
    }

    /** A record with every list empty: only its field names are used. */
    abstract T example();

    /** Reads a row of the table (its data columns, provenance, version and retired_at). */
    abstract T read(ResultSet row) throws SQLException;

    /** Reads a CSV line; cells that do not read are reported to the line's {@link Problems} and left null. */
    abstract T parse(Cells cells, Provenance provenance);

    /** The record with the service's defaults for absent optional values (empty lists, one room, ENTERED). */
    abstract T normalised(T entry);

    /** The record with this id (a body may leave it out: the path names it). */
    abstract T withId(T entry, String id);

    /** The record with these meta values. */
    abstract T with(T entry, long version, Provenance provenance, boolean retired);

    /** Checks a (normalised) record against the contract's rules and what it may refer to. */
    abstract void check(T entry, Known known, Problems problems);

    /** The ids of {@code other}'s type this record refers to (a kit's home venue, a venue's timeslots). */
    List<String> references(T entry, EntryType<?> other) {
        return List.of();
    }

    /** The values of {@link #fields} as the table stores them: enums by name, lists comma-separated. */
    List<Object> dbValues(T entry) {
        List<Object> values = new ArrayList<>();
        fields(entry).forEach((field, value) -> {
            if (!field.equals("id")) {
                values.add(dbValue(value));
            }
        });
        return values;
    }

    private static Object dbValue(Object value) {
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(EntryType::text).toList());
        }
        return value;
    }

    /** A value as a CSV cell: lists {@code a|b}, enums by name, null blank. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return String.join(Cells.LIST_SEPARATOR, list.stream().map(EntryType::text).toList());
        }
        return text(value);
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    // Checks shared by the lists.

    static void checkId(String id, Problems problems) {
        problems.require(id != null && ID.matcher(id).matches(), "id",
                id == null ? "is required" : Cells.quoted(id) + " is not an id: 1 to 64 letters, digits, '.', '_' or '-'");
    }

    static void checkName(String name, Problems problems) {
        if (problems.require(name != null && !name.isBlank(), "name", "is required")) {
            problems.require(name.length() <= MAX_NAME, "name", "is over " + MAX_NAME + " characters");
        }
    }

    static void checkCount(Integer value, String field, int min, Problems problems) {
        if (problems.require(value != null, field, "is required")) {
            problems.require(value >= min && value <= MAX_COUNT, field,
                    "must be from " + min + " to " + MAX_COUNT + ", not " + value);
        }
    }

    static void checkRequired(Object value, String field, Problems problems) {
        problems.require(value != null, field, "is required");
    }

    static void checkCommune(String code, String field, Known known, Problems problems) {
        if (problems.require(code != null, field, "is required")) {
            problems.require(known.communes().contains(code), field,
                    Cells.quoted(code) + " is not the NIS code of a Brussels commune (21001 … 21019)");
        }
    }

    /** Each id of a list refers to an active record of {@code kind}; none twice. */
    static void checkReferences(List<String> ids, String field, String kind, Set<String> active, Problems problems) {
        if (!problems.require(ids != null, field, "is required (an empty list is written [] in JSON, blank in CSV)")) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id == null || !active.contains(id)) {
                problems.add(field, "refers to unknown " + kind + " " + Cells.quoted(String.valueOf(id)));
            } else if (!seen.add(id)) {
                problems.add(field, "names " + kind + " " + Cells.quoted(id) + " twice");
            }
        }
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    /** A time written HH:mm, or null after reporting it. */
    static LocalTime time(String value, String field, Problems problems) {
        if (!problems.require(value != null, field, "is required")) {
            return null;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            problems.add(field, Cells.quoted(value) + " is not a time HH:mm");
            return null;
        }
    }

    static <V> List<V> orEmpty(List<V> list) {
        return list == null ? List.of() : list;
    }

    static Map<String, Object> map(Object... fieldsAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            map.put((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return map;
    }

    /** The list stored in a comma-separated column. */
    static List<String> stored(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return List.of(column.split(","));
    }

    static Provenance provenance(ResultSet row) throws SQLException {
        return Provenance.valueOf(row.getString("provenance"));
    }

    static boolean retired(ResultSet row) throws SQLException {
        return row.getObject("retired_at") != null;
    }
}
