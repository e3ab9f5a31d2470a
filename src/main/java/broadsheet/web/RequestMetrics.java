package broadsheet.web;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * Every request's time, from its first byte to its last byte sent, in a histogram by {@link
 * RouteKind}, and its answer counted by kind and status class. Told by Jetty when each response is
 * done, whoever answered it (the page cache in front, a route, Jetty itself).
 */
public final class RequestMetrics implements RequestLog {
  /** Bucket bounds in seconds: a cache hit takes well under a millisecond, a search some. */
  private static final double[] BOUNDS = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10
  };

  private static final String[] STATUS_CLASSES = {"1xx", "2xx", "3xx", "4xx", "5xx"};

  private final Map<RouteKind, DistributionDataPoint> durations = new EnumMap<>(RouteKind.class);

  /** Each kind's count by status class (1xx … 5xx), looked up once rather than per request. */
  private final Map<RouteKind, CounterDataPoint[]> responses = new EnumMap<>(RouteKind.class);

  private final Counter counter;

  public RequestMetrics(PrometheusRegistry registry) {
    Histogram histogram =
        Histogram.builder()
            .name("broadsheet_http_request_duration_seconds")
            .help("Time from a request's first byte to its response's last, by kind of route")
            .unit(Unit.SECONDS)
            .labelNames("kind")
            .classicOnly()
            .classicUpperBounds(BOUNDS)
            .register(registry);
    for (RouteKind kind : RouteKind.values()) {
      durations.put(kind, histogram.labelValues(kind.label()));
    }
    counter =
        Counter.builder()
            .name("broadsheet_http_responses_total")
            .help("Responses sent, by kind of route and status class")
            .labelNames("kind", "status")
            .register(registry);
    for (RouteKind kind : RouteKind.values()) {
      CounterDataPoint[] byClass = new CounterDataPoint[STATUS_CLASSES.length];
      for (int i = 0; i < STATUS_CLASSES.length; i++) {
        byClass[i] = counter.labelValues(kind.label(), STATUS_CLASSES[i]);
      }
      responses.put(kind, byClass);
    }
  }

  @Override
  public void log(Request request, Response response) {
    RouteKind kind = RouteKind.of(request);
    double seconds = (System.nanoTime() - request.getBeginNanoTime()) / 1e9;
    durations.get(kind).observe(seconds);
    int status = response.getStatus() / 100;
    CounterDataPoint count =
        status >= 1 && status <= 5
            ? responses.get(kind)[status - 1]
            : counter.labelValues(kind.label(), "other");
    count.inc();
  }
}
