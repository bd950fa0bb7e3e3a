package be.brussels.pan.engine.catalog;

import be.brussels.pan.contract.catalog.Accessibility;
import be.brussels.pan.contract.catalog.AccessibilityEquipment;
import be.brussels.pan.contract.catalog.Catalog;
import be.brussels.pan.contract.catalog.FieldFact;
import be.brussels.pan.contract.catalog.Provenance;
import be.brussels.pan.contract.catalog.ProvenanceSource;
import be.brussels.pan.contract.catalog.ScheduleSlot;
import be.brussels.pan.contract.catalog.Service;
import be.brussels.pan.contract.catalog.Structure;
import be.brussels.pan.contract.json.JsonMessages;
import be.brussels.pan.rules.geo.Communes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a catalogue before an engine uses it: unique ids, resolvable references, known communes,
 * provenance on every record (catalog.md), and the field-level facts of format 1.1 (docs/catalog.md): each
 * names fields the record has, with its evidence, and every accessibility fact has one.
 */
public final class CatalogValidator {

    /** As in the diagnosis contract: four digits, not starting with 0. */
    private static final Pattern BELGIAN_POSTCODE = Pattern.compile("[1-9][0-9]{3}");
    /** A source page's date as far as the page shows it: a year, a month or a day. */
    private static final Pattern FACT_DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    /** A schedule's times: 00:00 to 23:59. */
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    /** A schedule's days, as java.time names them (catalog.md: MONDAY…SUNDAY). */
    private static final List<String> WEEKDAYS =
            Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();

    /**
     * The field names a fact may name, read from the records so that a new field needs no second list; the
     * parts of {@code accessibility} are named {@code accessibility.wheelchair}… (declared first: the others use it).
     */
    private static final Map<String, RecordComponent> ACCESSIBILITY_PARTS =
            Collections.unmodifiableMap(components(Accessibility.class));
    private static final Map<String, RecordComponent> STRUCTURE_FIELDS = fields(Structure.class);
    private static final Map<String, RecordComponent> SERVICE_FIELDS = fields(Service.class);

    private CatalogValidator() {
    }

    public static Catalog validate(Catalog catalog) {
        if (catalog == null) {
            throw new InvalidCatalogException("$", "a catalogue is required");
        }
        Communes communes = Communes.brussels();
        Map<String, Structure> structures = new HashMap<>();
        for (int i = 0; i < catalog.structures().size(); i++) {
            Structure s = catalog.structures().get(i);
            String where = where("structures", i, "structure", s.id());
            requireRecord(where, s.id(), s.name(), s.kind(), s.provenance());
            if (s.postcode() != null && !BELGIAN_POSTCODE.matcher(s.postcode()).matches()) {
                throw new InvalidCatalogException(where, "postcode must be a Belgian postcode of four digits, not '"
                        + s.postcode() + "'");
            }
            if (s.communeCode() == null || communes.byCode(s.communeCode()).isEmpty()) {
                throw new InvalidCatalogException(where, "communeCode must be the NIS code of a Brussels commune");
            }
            if ((s.lat() == null) != (s.lon() == null)) {
                throw new InvalidCatalogException(where, "lat and lon go together");
            }
            if (s.lat() != null && (Math.abs(s.lat()) > 90 || Math.abs(s.lon()) > 180)) {
                throw new InvalidCatalogException(where, "lat must be within ±90 and lon within ±180 (WGS 84 degrees)");
            }
            requireAccessibility(s, where);
            requireFacts(s, s.provenance(), STRUCTURE_FIELDS, "structure", where);
            if (structures.put(s.id(), s) != null) {
                throw new InvalidCatalogException(where, "duplicate structure id");
            }
        }
        Set<String> services = new HashSet<>();
        for (int i = 0; i < catalog.services().size(); i++) {
            Service s = catalog.services().get(i);
            String where = where("services", i, "service", s.id());
            requireRecord(where, s.id(), s.name(), s.kind(), s.provenance());
            if (s.structureId() == null || !structures.containsKey(s.structureId())) {
                throw new InvalidCatalogException(where, "structureId '" + s.structureId() + "' is not a structure of the catalogue");
            }
            if (s.minimumAge() != null && s.maximumAge() != null && s.minimumAge() > s.maximumAge()) {
                throw new InvalidCatalogException(where, "minimumAge is above maximumAge");
            }
            requireCapacity(s.capacity(), where);
            requireSchedule(s.schedule(), where);
            requireFacts(s, s.provenance(), SERVICE_FIELDS, "service", where);
            if (!services.add(s.id())) {
                throw new InvalidCatalogException(where, "duplicate service id");
            }
        }
        if (services.isEmpty()) {
            throw new InvalidCatalogException("services", "a catalogue needs at least one service");
        }
        return catalog;
    }

    /**
     * A partner's declared seats (the seat rules' fallback for an offer without published sessions, seats.drl):
     * free seats between 0 and the seats, and the day they were declared, so that the rules can tell a fresh
     * declaration from a stale one.
     */
    private static void requireCapacity(be.brussels.pan.contract.catalog.Capacity c, String where) {
        if (c == null) {
            return;
        }
        if (c.seats() != null && c.seats() < 0) {
            throw new InvalidCatalogException(where, "capacity.seats must not be negative");
        }
        if (c.available() != null && (c.available() < 0 || c.seats() != null && c.available() > c.seats())) {
            throw new InvalidCatalogException(where, "capacity.available must be between 0 and capacity.seats");
        }
        if (c.available() != null && c.updated() == null) {
            throw new InvalidCatalogException(where, "capacity.updated is required with capacity.available (the day the free seats were declared)");
        }
        if (c.updated() != null) {
            try {
                LocalDate.parse(c.updated());
            } catch (DateTimeParseException e) {
                throw new InvalidCatalogException(where, "capacity.updated must be an ISO date (2026-11-01), not " + quoted(c.updated()));
            }
        }
    }

    /**
     * Each weekly opening (catalog.md: HSDS-like weekday, opens, closes): a day of the week in capital letters, two
     * times HH:mm from 00:00 to 23:59, the opening before the closing. Issue 15: a schedule of "FUNDAY" from "25:99"
     * was taken as it was and shown to people as an opening time.
     */
    private static void requireSchedule(List<ScheduleSlot> schedule,
                                        String where) {
        for (int i = 0; i < schedule.size(); i++) {
            ScheduleSlot slot = schedule.get(i);
            String at = "schedule[" + i + "]";
            if (slot.weekday() == null || !WEEKDAYS.contains(slot.weekday())) {
                throw new InvalidCatalogException(where, at + ".weekday must be one of " + WEEKDAYS + ", not "
                        + quoted(slot.weekday()));
            }
            LocalTime opens = time(slot.opens(), where, at + ".opens");
            LocalTime closes = time(slot.closes(), where, at + ".closes");
            if (!opens.isBefore(closes)) {
                throw new InvalidCatalogException(where, at + ".closes must be after opens (" + slot.opens() + "), not "
                        + quoted(slot.closes()));
            }
        }
    }

    private static LocalTime time(String value, String where, String field) {
        if (value == null || !HH_MM.matcher(value).matches()) {
            throw new InvalidCatalogException(where, field + " must be a time HH:mm from 00:00 to 23:59, not " + quoted(value));
        }
        return LocalTime.parse(value);
    }

    /** A value of the catalogue quoted in an error: cut as every error cuts what it quotes. */
    private static String quoted(String value) {
        return value == null ? "null" : "'" + JsonMessages.cut(value) + "'";
    }

    /** Names a record by its id when it has one, else by its place in the list. */
    private static String where(String list, int index, String kind, String id) {
        return id == null ? list + "[" + index + "]" : kind + " " + id;
    }

    /** What every structure and service needs: an id, a name, a kind and a provenance. */
    private static void requireRecord(String where, String id, String name, Object kind, Provenance provenance) {
        requireText(id, where, "id");
        requireText(name, where, "name");
        if (kind == null) {
            throw new InvalidCatalogException(where, "kind is required");
        }
        requireProvenance(provenance, where);
    }

    private static void requireText(String value, String where, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidCatalogException(where, field + " is required");
        }
    }

    private static void requireProvenance(Provenance provenance, String where) {
        if (provenance == null || provenance.source() == null) {
            throw new InvalidCatalogException(where, "provenance.source is required (SEED, DERIVED or ILLUSTRATIVE)");
        }
        if (provenance.source() == ProvenanceSource.PUBLIC_SOURCE) {
            throw new InvalidCatalogException(where, "provenance.source qualifies the whole record (SEED, DERIVED or "
                    + "ILLUSTRATIVE); a public source backs single fields, in provenance.facts");
        }
    }

    /**
     * {@code accessible} and {@code accessibility.wheelchair} are one fact and must not disagree; every known
     * accessibility part, and the equipment, needs a fact saying where it comes from: unknown is null, never a
     * guess.
     */
    private static void requireAccessibility(Structure s, String where) {
        Accessibility a = s.accessibility();
        if (a == null) {
            return;
        }
        if (a.wheelchair() != null && !a.wheelchair().equals(s.accessible())) {
            throw new InvalidCatalogException(where, "accessible and accessibility.wheelchair are the same fact and "
                    + "disagree (" + s.accessible() + " / " + a.wheelchair() + ")");
        }
        for (int i = 0; i < a.equipment().size(); i++) {
            AccessibilityEquipment e = a.equipment().get(i);
            if (e.item() == null || e.item().isBlank() || e.status() == null) {
                throw new InvalidCatalogException(where, "accessibility.equipment[" + i + "] needs an item and a "
                        + "status (PRESENT or FUNDED)");
            }
        }
        for (String part : ACCESSIBILITY_PARTS.keySet()) {
            String field = "accessibility." + part;
            if (hasValue(s, field, STRUCTURE_FIELDS) && s.provenance().factsFor(field).isEmpty()) {
                throw new InvalidCatalogException(where, field + " is given without a fact in provenance.facts "
                        + "naming it (its source): leave it out when it is not known");
            }
        }
    }

    /** Each fact of provenance.facts names fields the record has, and carries the evidence of its source. */
    private static void requireFacts(Record rec, Provenance provenance, Map<String, RecordComponent> fields,
                                     String kind, String where) {
        for (int i = 0; i < provenance.facts().size(); i++) {
            FieldFact f = provenance.facts().get(i);
            String at = "provenance.facts[" + i + "]";
            if (f.fields().isEmpty()) {
                throw new InvalidCatalogException(where, at + ".fields must name at least one field");
            }
            for (String field : f.fields()) {
                if (!fields.containsKey(field)) {
                    throw new InvalidCatalogException(where, at + ".fields names '" + field + "', which is not a "
                            + "field of a " + kind);
                }
                if (!hasValue(rec, field, fields)) {
                    throw new InvalidCatalogException(where, at + ".fields names '" + field + "', which this " + kind
                            + " does not give");
                }
                if (provenance.illustrativeFields().contains(field)) {
                    throw new InvalidCatalogException(where, at + ".fields names '" + field + "', which "
                            + "illustrativeFields says is made up");
                }
            }
            String named = " (fields " + String.join(", ", f.fields()) + ")";
            if (f.source() == null || f.source() == ProvenanceSource.ILLUSTRATIVE) {
                throw new InvalidCatalogException(where, at + ".source must be SEED, DERIVED or PUBLIC_SOURCE" + named
                        + "; made-up fields are listed in illustrativeFields");
            }
            if (f.source() == ProvenanceSource.PUBLIC_SOURCE) {
                if (f.url() == null || !(f.url().startsWith("https://") || f.url().startsWith("http://"))) {
                    throw new InvalidCatalogException(where, at + ".url is required for a PUBLIC_SOURCE fact" + named
                            + ": the http(s) address of the page that states it");
                }
                if (f.date() != null && !isFactDate(f.date())) {
                    throw new InvalidCatalogException(where, at + ".date must be YYYY, YYYY-MM or YYYY-MM-DD, not '"
                            + f.date() + "'");
                }
            } else if (f.seedLines() == null || f.seedLines().isBlank()) {
                throw new InvalidCatalogException(where, at + ".seedLines is required for a " + f.source() + " fact"
                        + named);
            }
        }
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD, and a real month and day (2026-13-45 has the shape, not the date). */
    private static boolean isFactDate(String date) {
        if (!FACT_DATE.matcher(date).matches()) {
            return false;
        }
        try {
            switch (date.length()) {
                case 7 -> YearMonth.parse(date);
                case 10 -> LocalDate.parse(date);
                default -> { } // a year of four digits is a year
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether the record gives a value for {@code field}: not null, and not an empty list. */
    private static boolean hasValue(Record rec, String field, Map<String, RecordComponent> fields) {
        Object value = read(rec, fields.get(field.startsWith("accessibility.") ? "accessibility" : field));
        if (field.startsWith("accessibility.")) {
            value = value == null ? null : read((Record) value, ACCESSIBILITY_PARTS.get(field.substring(14)));
        }
        return value != null && !(value instanceof Collection<?> c && c.isEmpty());
    }

    private static Object read(Record rec, RecordComponent component) {
        try {
            return component.getAccessor().invoke(rec);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    /** A record's field names, without id and provenance (a fact names what a source states of the record). */
    private static Map<String, RecordComponent> fields(Class<? extends Record> type) {
        Map<String, RecordComponent> fields = components(type);
        fields.remove("id");
        fields.remove("provenance");
        if (fields.containsKey("accessibility")) {
            ACCESSIBILITY_PARTS.keySet().forEach(part -> fields.put("accessibility." + part, fields.get("accessibility")));
        }
        return Map.copyOf(fields);
    }

    private static Map<String, RecordComponent> components(Class<? extends Record> type) {
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            components.put(c.getName(), c);
        }
        return components;
    }
}
