package be.brussels.pan.service.session;

import be.brussels.pan.roster.domain.SessionKind;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published sessions and the week each roster was published for (tables {@code published_sessions} and
 * {@code published_weeks}, V10). Rows are never deleted: a dropped session keeps its row with its reasons.
 */
@Repository
public class SessionStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private static final String COLUMNS = """
            id, week, roster_id, status, session_ref, kind, language, target_group, demand_commune, commune,
            timeslot_id, venue_id, venue_name, venue_address, starts_at, ends_at, animator_id, animator_name, kit_id,
            seats, locked, published_at, last_change, change_reasons, changed_at, offer_id""";
    /** What is read: the columns, the seats booked, and whether the roster that placed the session last is ILLUSTRATIVE (V11). */
    private static final String SELECT = "select " + COLUMNS + ", booked"
            + ", (select r.illustrative from rosters r where r.id = roster_id) as illustrative from published_sessions";

    /**
     * The filters of {@code GET /sessions}; a null filter is not applied. {@code from}: sessions ending after it;
     * {@code offerId}: sessions of that offer; {@code freeOnly}: sessions with a free seat.
     */
    public record Filter(String week, String commune, SessionKind kind, String language, OffsetDateTime from,
                         String offerId, boolean freeOnly) {

        public Filter(String week, String commune, SessionKind kind, String language, OffsetDateTime from) {
            this(week, commune, kind, language, from, null, false);
        }
    }

    private final JdbcClient jdbc;

    public SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roster published for a week, if any. */
    public Optional<UUID> publishedRoster(String week) {
        return jdbc.sql("select roster_id from published_weeks where week = ?").param(week).query(UUID.class)
                .optional();
    }

    /**
     * Makes a roster the plan of a week nobody published yet. False if a roster is published for it already (the
     * primary key decides between two publishers at the same time).
     */
    boolean claimWeek(String week, UUID roster, String by, OffsetDateTime at) {
        try {
            jdbc.sql("insert into published_weeks (week, roster_id, published_at, published_by) values (?, ?, ?, ?)")
                    .params(week, roster, at, by).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** Replaces the week's roster {@code from} by {@code to}; false if {@code from} is no longer the week's. */
    boolean replaceWeek(String week, UUID from, UUID to, String by, OffsetDateTime at) {
        return jdbc.sql("""
                        update published_weeks set roster_id = ?, published_at = ?, published_by = ?
                        where week = ? and roster_id = ?""")
                .params(to, at, by, week, from).update() == 1;
    }

    void insert(UUID id, String week, UUID roster, Placement p, String offerId, OffsetDateTime at,
                SessionChange change) {
        jdbc.sql("insert into published_sessions (" + COLUMNS + ")"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, week, roster, SessionStatus.PUBLISHED.name(), p.sessionRef(), p.kind().name(),
                        p.language(), p.targetGroup(), p.demandCommune(), p.commune(), p.timeslotId(), p.venueId(),
                        p.venueName(), p.venueAddress(), utc(p.start()), utc(p.end()), p.animatorId(),
                        p.animatorName(), p.kitId(), p.seats(), false, at, change == null ? null : change.name(),
                        change == null ? null : "[]", change == null ? null : at, offerId)
                .update();
    }

    /**
     * A re-plan's placement of a stored session: status PUBLISHED again, and, when {@code change} is given, that
     * change with its reasons (a session kept keeps the last change it had, which its referrers may not know yet).
     * Its seats never fall below the seats already booked: those referrals keep their seats (and are told of the
     * change), the session takes nobody more.
     */
    void place(UUID id, UUID roster, Placement p, String offerId, SessionChange change, List<String> reasons,
               OffsetDateTime at) {
        String set = change == null ? "" : ", last_change = :change, change_reasons = :reasons, changed_at = :at";
        var statement = jdbc.sql("""
                update published_sessions set roster_id = :roster, status = 'PUBLISHED', kind = :kind,
                    language = :language, target_group = :targetGroup, demand_commune = :demandCommune,
                    commune = :commune, timeslot_id = :timeslot, venue_id = :venue, venue_name = :venueName,
                    venue_address = :venueAddress, starts_at = :start, ends_at = :end, animator_id = :animator,
                    animator_name = :animatorName, kit_id = :kit, seats = greatest(:seats, booked), offer_id = :offer""" + set + " where id = :id")
                .param("roster", roster).param("kind", p.kind().name()).param("language", p.language())
                .param("targetGroup", p.targetGroup()).param("demandCommune", p.demandCommune())
                .param("commune", p.commune()).param("timeslot", p.timeslotId()).param("venue", p.venueId())
                .param("venueName", p.venueName()).param("venueAddress", p.venueAddress())
                .param("start", utc(p.start())).param("end", utc(p.end())).param("animator", p.animatorId())
                .param("animatorName", p.animatorName()).param("kit", p.kitId()).param("seats", p.seats())
                .param("offer", offerId).param("id", id);
        if (change != null) {
            statement = statement.param("change", change.name()).param("reasons", json(reasons)).param("at", at);
        }
        statement.update();
    }

    /** A session a re-plan could not place any more: kept as DROPPED, with the reasons. */
    void drop(UUID id, UUID roster, List<String> reasons, OffsetDateTime at) {
        jdbc.sql("""
                        update published_sessions set roster_id = ?, status = ?, last_change = ?, change_reasons = ?,
                            changed_at = ? where id = ?""")
                .params(roster, SessionStatus.DROPPED.name(), SessionChange.DROPPED.name(), json(reasons), at, id)
                .update();
    }

    /** Every session of a week, published or dropped, by its session id in the roster problem. */
    public Map<String, PublishedSession> ofWeek(String week) {
        Map<String, PublishedSession> bySession = new LinkedHashMap<>();
        jdbc.sql(SELECT + " where week = ? order by starts_at, id")
                .param(week).query(SessionStore::row).list()
                .forEach(s -> bySession.put(s.placement().sessionRef(), s));
        return bySession;
    }

    public Optional<PublishedSession> find(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id)
                .query(SessionStore::row).optional();
    }

    /** The published sessions (not dropped) that match the filter, by start, then commune and id. */
    public List<PublishedSession> list(Filter filter) {
        List<String> where = new ArrayList<>(List.of("status = 'PUBLISHED'"));
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.week() != null) {
            where.add("week = :week");
            params.put("week", filter.week());
        }
        if (filter.commune() != null) {
            where.add("commune = :commune");
            params.put("commune", filter.commune());
        }
        if (filter.kind() != null) {
            where.add("kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.language() != null) {
            where.add("language = :language");
            params.put("language", filter.language());
        }
        if (filter.from() != null) {
            where.add("ends_at > :from");
            params.put("from", utc(filter.from()));
        }
        if (filter.offerId() != null) {
            where.add("offer_id = :offer");
            params.put("offer", filter.offerId());
        }
        if (filter.freeOnly()) {
            where.add("booked < seats");
        }
        return jdbc.sql(SELECT + " where " + String.join(" and ", where)
                        + " order by starts_at, commune, id")
                .params(params).query(SessionStore::row).list();
    }

    /**
     * Books one seat of a session of {@code offerId}, published and starting after {@code now}: one conditional
     * update, so that two bookings of the last seat cannot both succeed (the database decides, row lock and
     * CHECK). False, changing nothing, when the session is full, dropped, started, of another offer or unknown.
     */
    public boolean book(UUID id, String offerId, OffsetDateTime now) {
        return jdbc.sql("""
                        update published_sessions set booked = booked + 1
                        where id = ? and offer_id = ? and status = 'PUBLISHED' and starts_at > ? and booked < seats""")
                .params(id, offerId, utc(now)).update() == 1;
    }

    /** Frees one seat a referral held. */
    public void free(UUID id) {
        int freed = jdbc.sql("update published_sessions set booked = booked - 1 where id = ? and booked > 0")
                .param(id).update();
        if (freed != 1) {
            // A referral held a seat that is not counted: refuse rather than hide it (the transaction rolls back).
            throw new IllegalStateException("session " + id + " has no booked seat to free");
        }
    }

    /** Up to {@code limit} published sessions of an offer with a free seat, starting after {@code after}, soonest first. */
    public List<PublishedSession> nextWithFreeSeats(String offerId, OffsetDateTime after, int limit) {
        return jdbc.sql(SELECT + " where offer_id = ? and status = 'PUBLISHED' and starts_at > ? and booked < seats"
                        + " order by starts_at, id limit ?")
                .params(offerId, utc(after), limit).query(SessionStore::row).list();
    }

    /** The published sessions with an offer that start in [from, to), soonest first (the engine's snapshot). */
    public List<PublishedSession> upcomingWithOffer(OffsetDateTime from, OffsetDateTime to) {
        return jdbc.sql(SELECT + " where offer_id is not null and status = 'PUBLISHED' and starts_at > ?"
                        + " and starts_at < ? order by starts_at, id")
                .params(utc(from), utc(to)).query(SessionStore::row).list();
    }

    /** The sessions with these ids (published or dropped), by id. */
    public Map<UUID, PublishedSession> byIds(java.util.Collection<UUID> ids) {
        Map<UUID, PublishedSession> found = new LinkedHashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            jdbc.sql(SELECT + " where id in (:ids)").param("ids", all.subList(from, Math.min(all.size(), from + 500)))
                    .query(SessionStore::row).list().forEach(s -> found.put(s.id(), s));
        }
        return found;
    }

    /** Sets a session's lock; false if no session has this id. */
    public boolean lock(UUID id, boolean locked) {
        return jdbc.sql("update published_sessions set locked = ? where id = ?").params(locked, id).update() == 1;
    }

    private static PublishedSession row(ResultSet rs, int n) throws SQLException {
        String change = rs.getString("last_change");
        String reasons = rs.getString("change_reasons");
        Placement placement = new Placement(rs.getString("session_ref"), SessionKind.valueOf(rs.getString("kind")),
                rs.getString("language"), rs.getString("target_group"), rs.getString("demand_commune"),
                rs.getString("commune"), rs.getString("timeslot_id"), rs.getString("venue_id"),
                rs.getString("venue_name"), rs.getString("venue_address"),
                SessionTimes.brussels(rs.getObject("starts_at", OffsetDateTime.class)),
                SessionTimes.brussels(rs.getObject("ends_at", OffsetDateTime.class)), rs.getString("animator_id"),
                rs.getString("animator_name"), rs.getString("kit_id"), rs.getInt("seats"));
        return new PublishedSession(rs.getObject("id", UUID.class), rs.getString("week"),
                rs.getObject("roster_id", UUID.class), SessionStatus.valueOf(rs.getString("status")), placement,
                rs.getBoolean("locked"), SessionTimes.brussels(rs.getObject("published_at", OffsetDateTime.class)),
                change == null ? null : SessionChange.valueOf(change), reasons == null ? List.of() : strings(reasons),
                SessionTimes.brussels(rs.getObject("changed_at", OffsetDateTime.class)), rs.getBoolean("illustrative"),
                rs.getString("offer_id"), rs.getInt("booked"));
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String json(List<String> reasons) {
        try {
            return JSON.writeValueAsString(reasons);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("published session reasons are stored unreadable", e);
        }
    }
}
