package be.brussels.pan.service.registry;

import be.brussels.pan.service.offer.OfferCatalog;
import be.brussels.pan.service.web.BadInputException;
import be.brussels.pan.service.web.ConflictException;
import be.brussels.pan.service.web.Echo;
import be.brussels.pan.service.web.InvalidLinesException;
import be.brussels.pan.service.web.LineError;
import be.brussels.pan.service.web.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's rules: every write is checked whole (the contract's rules, and every reference to an active
 * record), applied in one transaction with its audit, and refused with nothing stored when anything is wrong.
 * A record is never deleted: {@link #retire} keeps it, so that a roster published on it still names it, and
 * it is refused while an active record refers to it (a venue's kits, a timeslot's venues and animators).
 *
 * <p>Writes are made one at a time in this instance (a lock around check and write), so that a check cannot be
 * overtaken by another write; the optimistic lock ({@code version}) guards against a planner writing over what
 * they have not seen. Several instances sharing a PostgreSQL database could interleave two writes' checks: the
 * roster problem is then built from what still resolves ({@link RegistryProblems}).
 */
@Service
public class Registry {

    /** The most errors an import reports; more are counted. */
    static final int MAX_REPORTED_ERRORS = 100;

    private final RegistryStore store;
    private final BrusselsCommunes communes;
    private final OfferCatalog offers;
    private final TransactionTemplate transactions;
    private final ReentrantLock writes = new ReentrantLock();

    public Registry(RegistryStore store, BrusselsCommunes communes, OfferCatalog offers,
                    PlatformTransactionManager transactionManager) {
        this.store = store;
        this.communes = communes;
        this.offers = offers;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The records of a list by id; retired ones only when asked. */
    <T extends RegistryEntry> List<T> list(EntryType<T> type, boolean withRetired) {
        return store.all(type).stream().filter(e -> withRetired || !e.retired()).toList();
    }

    <T extends RegistryEntry> T find(EntryType<T> type, String id) {
        return store.find(type, id).orElseThrow(() -> new NotFoundException(type.noun(), id));
    }

    <T extends RegistryEntry> T create(EntryType<T> type, T body, String actor) {
        T entry = type.normalised(body);
        return locked(() -> {
            check(type, entry, known(type, entry));
            if (store.find(type, entry.id()).isPresent()) {
                throw new ConflictException(type.noun() + " " + Echo.cut(entry.id()) + " already exists"
                        + " (a retired one is reinstated with POST …/" + Echo.cut(entry.id()) + "/reinstate)");
            }
            T created = type.with(entry, 1, entry.provenance(), false);
            OffsetDateTime now = now();
            transactions.executeWithoutResult(status -> {
                store.insert(type, List.of(created), actor, now);
                store.audit(List.of(change(type, null, created, "CREATE")), actor, "API", now);
            });
            return created;
        });
    }

    /** Replaces a record's values; {@code version} must be the stored one (else 409 naming the id). */
    <T extends RegistryEntry> T update(EntryType<T> type, String id, T body, String actor) {
        if (body.id() != null && !body.id().equals(id)) {
            throw new BadInputException("id", "the body's id " + Echo.of(body.id()) + " is not the path's " + Echo.of(id));
        }
        if (body.version() == null) {
            throw new BadInputException("version", "is required: the version of the " + type.noun() + " as read");
        }
        T entry = type.normalised(type.with(body, body.version(), body.provenance() == null ? Provenance.ENTERED
                : body.provenance(), false));
        T withId = withId(type, entry, id);
        return locked(() -> {
            T stored = find(type, id);
            requireVersion(type, stored, body.version());
            check(type, withId, known(type, withId));
            T updated = type.with(withId, stored.version() + 1, withId.provenance(), stored.retired());
            if (sameValues(type, stored, updated)) {
                return stored;
            }
            write(type, stored, updated, "UPDATE", actor);
            return updated;
        });
    }

    /** Retires a record (soft: it is kept, and hidden from lists and problems). Refused while active ones use it. */
    <T extends RegistryEntry> T retire(EntryType<T> type, String id, Long version, String actor) {
        return locked(() -> {
            T stored = find(type, id);
            if (version != null) {
                requireVersion(type, stored, version);
            }
            if (stored.retired()) {
                return stored;
            }
            List<String> users = activeUsers(type, id);
            if (!users.isEmpty()) {
                throw new ConflictException(type.noun() + " " + Echo.cut(id) + " is still used by " + users.size()
                        + " active record(s): " + String.join(", ", users.subList(0, Math.min(10, users.size())))
                        + (users.size() > 10 ? ", …" : "") + "; change or retire them first");
            }
            T retired = type.with(stored, stored.version() + 1, stored.provenance(), true);
            write(type, stored, retired, "RETIRE", actor);
            return retired;
        });
    }

    /** Makes a retired record active again, if what it refers to is still active. */
    <T extends RegistryEntry> T reinstate(EntryType<T> type, String id, Long version, String actor) {
        return locked(() -> {
            T stored = find(type, id);
            if (version != null) {
                requireVersion(type, stored, version);
            }
            if (!stored.retired()) {
                return stored;
            }
            T active = type.with(stored, stored.version() + 1, stored.provenance(), false);
            check(type, active, known(type, active));
            write(type, stored, active, "REINSTATE", actor);
            return active;
        });
    }

    /**
     * Imports a CSV file of one list, all or nothing: every line is checked (cells, the contract's rules, ids
     * unique in the file, references to active records or to lines of the same file) before anything is written;
     * any error refuses the whole file with the errors by line, column and id. A line creates its record, or
     * replaces the stored one's values (reinstating a retired one); an identical line changes nothing. Records
     * the file does not name are left as they are.
     */
    <T extends RegistryEntry> ImportReport importCsv(EntryType<T> type, byte[] body, String actor, String source) {
        List<LineError> errors = new ArrayList<>();
        List<RegistryCsv.Row> rows = RegistryCsv.read(body, type, errors);
        if (!errors.isEmpty()) {
            throw refused(type, errors);
        }
        return locked(() -> {
            Known known = known(type, null);
            List<T> entries = new ArrayList<>();
            Map<String, Integer> lineOf = new HashMap<>();
            for (RegistryCsv.Row row : rows) {
                Problems problems = new Problems();
                Cells cells = new Cells(row.cells(), problems);
                Provenance provenance = cells.enumOf("provenance", Provenance.class);
                T entry = type.normalised(type.parse(cells, provenance));
                type.check(entry, known, problems);
                Integer first = entry.id() == null ? null : lineOf.putIfAbsent(entry.id(), row.line());
                if (first != null) {
                    problems.add("id", "duplicate id: line " + first + " has it too");
                }
                for (Problems.Problem p : problems.list()) {
                    errors.add(new LineError(row.line(), p.field(), entry.id(), p.message()));
                }
                entries.add(entry);
            }
            if (!errors.isEmpty()) {
                throw refused(type, errors);
            }
            Map<String, T> stored = new HashMap<>();
            store.all(type).forEach(e -> stored.put(e.id(), e));
            List<T> created = new ArrayList<>();
            List<T> updated = new ArrayList<>();
            List<RegistryStore.Change> changes = new ArrayList<>();
            for (T entry : entries) {
                T before = stored.get(entry.id());
                if (before == null) {
                    T after = type.with(entry, 1, entry.provenance(), false);
                    created.add(after);
                    changes.add(change(type, null, after, "CREATE"));
                } else {
                    T after = type.with(entry, before.version() + 1, entry.provenance(), false);
                    if (!sameValues(type, before, after)) {
                        updated.add(after);
                        changes.add(change(type, before, after, before.retired() ? "REINSTATE" : "UPDATE"));
                    }
                }
            }
            OffsetDateTime now = now();
            transactions.executeWithoutResult(status -> {
                store.insert(type, created, actor, now);
                if (store.update(type, updated, actor, now) != updated.size()) {
                    // Only another instance could have written meanwhile (this one writes one at a time).
                    throw new ConflictException(type.plural() + " changed during the import; nothing was imported,"
                            + " send it again");
                }
                store.audit(changes, actor, source, now);
            });
            return new ImportReport(type.plural(), rows.size(), created.size(), updated.size(),
                    entries.size() - created.size() - updated.size());
        });
    }

    /** A list as a CSV file; without animators' names for a caller who may not see them. */
    <T extends RegistryEntry> byte[] exportCsv(EntryType<T> type, boolean withRetired, boolean names, char delimiter) {
        Set<String> leftOut = names || type != EntryType.ANIMATORS ? Set.of() : Set.of("name");
        return RegistryCsv.write(type, list(type, withRetired), delimiter, leftOut);
    }

    List<AuditEntry> audit(String entity, String id, Long beforeSeq, int limit) {
        return store.audit(entity, id, beforeSeq, limit);
    }

    /**
     * The catalogue structure of each active or retired venue that names one, by venue id: a published session
     * held at the venue is a session of that structure's offers (issue 14).
     */
    public Map<String, String> venueStructures() {
        Map<String, String> structures = new HashMap<>();
        for (VenueEntry v : store.all(EntryType.VENUES)) {
            if (v.structureId() != null) {
                structures.put(v.id(), v.structureId());
            }
        }
        return structures;
    }

    /** Whether the registry has no record at all. */
    boolean isEmpty() {
        return store.isEmpty();
    }

    // Helpers.

    private <R> R locked(Supplier<R> work) {
        writes.lock();
        try {
            return work.get();
        } finally {
            writes.unlock();
        }
    }

    private <T extends RegistryEntry> void write(EntryType<T> type, T before, T after, String action, String actor) {
        OffsetDateTime now = now();
        transactions.executeWithoutResult(status -> {
            if (store.update(type, List.of(after), actor, now) != 1) {
                throw stale(type, before.id(), before.version());
            }
            store.audit(List.of(change(type, before, after, action)), actor, "API", now);
        });
    }

    private static <T extends RegistryEntry> void requireVersion(EntryType<T> type, T stored, long version) {
        if (stored.version() != version) {
            throw stale(type, stored.id(), version);
        }
    }

    private static ConflictException stale(EntryType<?> type, String id, long version) {
        return new ConflictException(type.noun() + " " + Echo.cut(id) + " has changed since version " + version
                + " was read; read it again and redo the change");
    }

    private static InvalidLinesException refused(EntryType<?> type, List<LineError> errors) {
        List<LineError> shown = errors.size() > MAX_REPORTED_ERRORS ? errors.subList(0, MAX_REPORTED_ERRORS) : errors;
        return new InvalidLinesException(errors.size() + " error(s) in the " + type.plural() + " file"
                + (errors.size() > shown.size() ? " (the first " + shown.size() + " listed)" : "")
                + "; nothing was imported", shown);
    }

    /** Refuses a record from a body on its first error, naming the field. */
    private <T extends RegistryEntry> void check(EntryType<T> type, T entry, Known known) {
        Problems problems = new Problems();
        type.check(entry, known, problems);
        if (!problems.isEmpty()) {
            Problems.Problem first = problems.list().get(0);
            String field = first.field() == null ? "$" : first.field();
            throw new BadInputException(field, first.message() + (entry.id() == null ? ""
                    : " (" + type.noun() + " " + Echo.cut(entry.id()) + ")"));
        }
    }

    /** What a record may refer to: the communes and the active timeslots and venues. */
    private Known known(EntryType<?> type, RegistryEntry entry) {
        Set<String> timeslots = new HashSet<>(type == EntryType.TIMESLOTS ? Set.of() : store.activeIds(EntryType.TIMESLOTS));
        Set<String> venues = new HashSet<>(type == EntryType.KITS ? store.activeIds(EntryType.VENUES) : Set.of());
        Set<String> structures = type == EntryType.VENUES ? offers.structureIds() : Set.of();
        return new Known(communes.codes(), timeslots, venues, structures);
    }

    /** The ids of the active records that refer to this one. */
    private List<String> activeUsers(EntryType<?> type, String id) {
        List<String> users = new ArrayList<>();
        for (EntryType<?> other : EntryType.ALL) {
            collectUsers(other, type, id, users);
        }
        return users;
    }

    private <U extends RegistryEntry> void collectUsers(EntryType<U> other, EntryType<?> type, String id,
                                                        List<String> users) {
        for (U record : store.all(other)) {
            if (!record.retired() && other.references(record, type).contains(id)) {
                users.add(other.noun() + " " + record.id());
            }
        }
    }

    private static <T extends RegistryEntry> T withId(EntryType<T> type, T entry, String id) {
        // The body may leave out its id: the path names the record.
        return id.equals(entry.id()) ? entry : type.withId(entry, id);
    }

    private static <T extends RegistryEntry> boolean sameValues(EntryType<T> type, T a, T b) {
        return type.fields(a).equals(type.fields(b)) && a.provenance() == b.provenance()
                && Objects.equals(a.retired(), b.retired());
    }

    private static <T extends RegistryEntry> RegistryStore.Change change(EntryType<T> type, T before, T after,
                                                                         String action) {
        List<String> changed = new ArrayList<>();
        Map<String, Object> newFields = full(type, after);
        Map<String, Object> oldFields = before == null ? Map.of() : full(type, before);
        newFields.forEach((field, value) -> {
            if (before == null || !Objects.equals(oldFields.get(field), value)) {
                changed.add(field);
            }
        });
        return new RegistryStore.Change(type.noun(), after.id(), action, changed,
                before == null ? null : audited(type, before), audited(type, after));
    }

    private static <T extends RegistryEntry> Map<String, Object> full(EntryType<T> type, T entry) {
        Map<String, Object> fields = new LinkedHashMap<>(type.fields(entry));
        fields.put("provenance", entry.provenance());
        fields.put("retired", entry.retired());
        return fields;
    }

    private static <T extends RegistryEntry> Map<String, Object> audited(EntryType<T> type, T entry) {
        Map<String, Object> fields = new LinkedHashMap<>(type.audited(entry));
        fields.put("provenance", entry.provenance());
        fields.put("retired", entry.retired());
        fields.put("version", entry.version());
        return fields;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
