package be.brussels.pan.service.stats;

import be.brussels.pan.roster.domain.Week;
import be.brussels.pan.service.diagnosis.DiagnosisStore;
import be.brussels.pan.service.referral.ReferralStore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The statistics feature (statistics 2.0, issue 15): what is published about the diagnoses of one ended calendar
 * month (Brussels time), and nothing about any other period, so that no two answers overlap and can be subtracted.
 * A month is computed once ({@link MonthlyRelease}, protected with the threshold {@code pan.stats.min-cell}) from
 * the diagnosis feature's counts ({@link DiagnosisStore#counts}, {@link DiagnosisStore#demand}) and the referral
 * feature's overrides ({@link ReferralStore#overridesByRule}), then kept ({@link StatsReleases}) and answered as it
 * was first published: an erasure or a retention deletion afterwards changes nothing that can be compared.
 *
 * <p>A month still running (or to come) has no statistics: its numbers would change from one day to the next, and
 * two answers a day apart would give that day's diagnoses.
 */
@Service
public class PublishedStatistics {

    private final DiagnosisStore diagnoses;
    private final ReferralStore referrals;
    private final StatsReleases releases;
    private final ProposedKind kinds;
    private final MonthlyRelease release;
    private final int threshold;
    private final Clock clock;

    @Autowired
    public PublishedStatistics(DiagnosisStore diagnoses, ReferralStore referrals, StatsReleases releases,
                               ProposedKind kinds, @Value("${pan.stats.min-cell}") int threshold) {
        this(diagnoses, referrals, releases, kinds, threshold, Clock.systemUTC());
    }

    PublishedStatistics(DiagnosisStore diagnoses, ReferralStore referrals, StatsReleases releases, ProposedKind kinds,
                        int threshold, Clock clock) {
        if (threshold < 1) {
            throw new IllegalArgumentException("pan.stats.min-cell must be at least 1, not " + threshold);
        }
        this.diagnoses = diagnoses;
        this.referrals = referrals;
        this.releases = releases;
        this.kinds = kinds;
        this.threshold = threshold;
        this.release = new MonthlyRelease(threshold);
        this.clock = clock;
    }

    /** A shown cell: its key and its count (a hidden cell, like an empty one, is not listed). */
    public record Cell(String key, long count) {
    }

    /** A shown cell of fragility level by commune. */
    public record CommuneLevel(String commune, String level, long count) {
    }

    /** A shown cell of fragility level by target group. */
    public record GroupLevel(String targetGroup, String level, long count) {
    }

    /**
     * What a month publishes. Every list holds the shown cells only: a key that is hidden and a key nobody has look
     * the same (absent). {@code total} and {@code overrides} are null when under the threshold.
     */
    public record Stats(
            @Schema(description = "The calendar month, YYYY-MM", example = "2026-11") String month,
            @Schema(description = "Its first day (Brussels)") LocalDate from,
            @Schema(description = "Its last day (Brussels)") LocalDate to,
            @Schema(description = "pan.stats.min-cell when the month was released: no count under it is shown") int threshold,
            @Schema(description = "The month's diagnoses; null when fewer than the threshold", nullable = true) Long total,
            List<Cell> byCommune, List<Cell> byPersona, List<Cell> byTargetGroup, List<Cell> byLevel,
            List<Cell> byChannel, List<CommuneLevel> levelByCommune, List<GroupLevel> levelByTargetGroup,
            @Schema(description = "Referrals created in the month despite an exclusion of their diagnosis; null when fewer"
                    + " than the threshold", nullable = true) Long overrides,
            List<Cell> overridesByRule) {
    }

    public int threshold() {
        return threshold;
    }

    /** The latest month that has ended, in Brussels. */
    public YearMonth lastEnded() {
        return YearMonth.now(clock.withZone(Week.ZONE)).minusMonths(1);
    }

    /** Whether a month has ended in Brussels (only those are published). */
    public boolean ended(YearMonth month) {
        return !month.isAfter(lastEnded());
    }

    /** A month's statistics, as first published. */
    public Stats month(YearMonth month) {
        return released(month).statistics();
    }

    /** A month's demand groups (each at least the threshold of people), as first published. */
    public List<DemandGroup> demand(YearMonth month) {
        return released(month).demand();
    }

    private synchronized MonthlyRelease.Release released(YearMonth month) {
        if (!ended(month)) {
            throw new IllegalArgumentException(month + " has not ended: only ended months are published");
        }
        return releases.find(month).orElseGet(() -> {
            OffsetDateTime from = month.atDay(1).atStartOfDay(Week.ZONE).toOffsetDateTime();
            OffsetDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(Week.ZONE).toOffsetDateTime();
            return releases.keep(month, release.publish(month, diagnoses.counts(from, to),
                    referrals.overridesByRule(from, to), diagnoses.demand(from, to), kinds));
        });
    }
}
