package be.brussels.pan.service.support;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data in an ended month: statistics and the roster demand are published for ended calendar months only
 * (issue 15), so a test that needs them moves the diagnoses it posted into such a month. It also drops that month's
 * release if one was kept: in production no diagnosis lands in a month after it ended, so a release never misses
 * one; a test that writes into the past must say the month is not released yet.
 */
public final class Backdated {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Backdated() {
    }

    /** The latest ended month in Brussels: the month a roster of the coming weeks takes its demand from. */
    public static YearMonth lastEndedMonth() {
        return YearMonth.now(BRUSSELS).minusMonths(1);
    }

    /** Moves these diagnoses to the 10th of {@code month} at 10:00 Brussels, and forgets the month's release. */
    public static void intoMonth(JdbcClient jdbc, Collection<UUID> diagnoses, YearMonth month) {
        for (UUID id : diagnoses) {
            jdbc.sql("update diagnoses set created_at = ? where id = ?")
                    .params(month.atDay(10).atTime(10, 0).atZone(BRUSSELS).toOffsetDateTime(), id).update();
        }
        jdbc.sql("delete from stats_releases where release_month = ?").param(month.toString()).update();
    }
}
