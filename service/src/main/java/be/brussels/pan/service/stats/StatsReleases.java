package be.brussels.pan.service.stats;

import be.brussels.pan.service.stats.PublishedStatistics.Stats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The months released (table {@code stats_releases}, V19), each kept as it was first published: the statistics
 * feature's own table. A month is written once; a second writer (another instance releasing the same month at
 * the same moment) keeps the first one's.
 */
@Repository
class StatsReleases {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final TypeReference<List<DemandGroup>> GROUPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    StatsReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MonthlyRelease.Release> find(YearMonth month) {
        return jdbc.sql("select statistics, demand from stats_releases where release_month = ?").param(month.toString())
                .query((rs, n) -> new MonthlyRelease.Release(read(rs.getString(1), Stats.class),
                        read(rs.getString(2), GROUPS)))
                .optional();
    }

    /** Stores a month's release unless one is stored already; answers the one stored. */
    MonthlyRelease.Release keep(YearMonth month, MonthlyRelease.Release release) {
        try {
            jdbc.sql("insert into stats_releases (release_month, released_at, threshold, statistics, demand) values (?, ?, ?, ?, ?)")
                    .params(month.toString(), OffsetDateTime.now(ZoneOffset.UTC), release.statistics().threshold(),
                            write(release.statistics()), write(release.demand()))
                    .update();
            return release;
        } catch (DuplicateKeyException e) {
            return find(month).orElseThrow(() -> e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a release could not be written as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored release is not the JSON it was written as", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored release is not the JSON it was written as", e);
        }
    }
}
