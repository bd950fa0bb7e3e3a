package be.brussels.pan.service.metrics;

import com.codahale.metrics.Histogram;
import com.codahale.metrics.Meter;
import com.codahale.metrics.Snapshot;
import com.codahale.metrics.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /metrics} (ADMIN): every metric as JSON; timers in milliseconds, rates per second. */
@RestController
@Tag(name = "metrics", description = "The service's Dropwizard metrics (ADMIN)")
public class MetricsController {

    private static final double MS = TimeUnit.MILLISECONDS.toNanos(1);
    private final PanMetrics metrics;

    public MetricsController(PanMetrics metrics) {
        this.metrics = metrics;
    }

    @Operation(summary = "Every metric as JSON")
    @ApiResponse(responseCode = "200", description = "An object with timers, meters, histograms, counters and gauges, each"
            + " an object by metric name; timers in milliseconds, rates per second",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    @ApiResponse(responseCode = "403", description = "Not an administrator")
    @GetMapping(path = "/metrics", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> metrics() {
        Map<String, Object> timers = new LinkedHashMap<>();
        metrics.registry().getTimers().forEach((name, timer) -> timers.put(name, timer(timer)));
        Map<String, Object> meters = new LinkedHashMap<>();
        metrics.registry().getMeters().forEach((name, meter) -> meters.put(name, meter(meter)));
        Map<String, Object> counters = new LinkedHashMap<>();
        metrics.registry().getCounters().forEach((name, counter) -> counters.put(name, counter.getCount()));
        Map<String, Object> histograms = new LinkedHashMap<>();
        metrics.registry().getHistograms().forEach((name, histogram) -> histograms.put(name, histogram(histogram)));
        Map<String, Object> gauges = new LinkedHashMap<>();
        metrics.registry().getGauges().forEach((name, gauge) -> gauges.put(name, gauge.getValue()));
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("timers", timers);
        all.put("meters", meters);
        all.put("histograms", histograms);
        all.put("counters", counters);
        all.put("gauges", gauges);
        return all;
    }

    private static Map<String, Object> timer(Timer timer) {
        Snapshot s = timer.getSnapshot();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", timer.getCount());
        m.put("meanMs", s.getMean() / MS);
        m.put("p50Ms", s.getMedian() / MS);
        m.put("p99Ms", s.get99thPercentile() / MS);
        m.put("maxMs", s.getMax() / MS);
        m.put("ratePerSecond1m", timer.getOneMinuteRate());
        return m;
    }

    private static Map<String, Object> histogram(Histogram histogram) {
        Snapshot s = histogram.getSnapshot();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", histogram.getCount());
        m.put("mean", s.getMean());
        m.put("p50", s.getMedian());
        m.put("p99", s.get99thPercentile());
        m.put("max", s.getMax());
        return m;
    }

    private static Map<String, Object> meter(Meter meter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", meter.getCount());
        m.put("ratePerSecond1m", meter.getOneMinuteRate());
        m.put("meanRatePerSecond", meter.getMeanRate());
        return m;
    }
}
