package broadsheet.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.IOException;

/**
 * The node's Prometheus metrics: a registry of its own (every part registers what it counts),
 * served in the text exposition format by the Prometheus client's own HTTP server on a port of its
 * own ({@code --metrics-port}), never on the public port, which readers and crawlers reach.
 */
public final class Metrics implements AutoCloseable {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private HTTPServer server;

  public PrometheusRegistry registry() {
    return registry;
  }

  /**
   * Serves {@code /metrics} on {@code port} (0: any free port), on every interface, with the JVM's
   * own metrics added (only here: the client keeps every registry they were added to, and listens
   * to the collector, for the life of the process).
   */
  public void serve(int port) throws IOException {
    JvmMetrics.builder().register(registry);
    server = HTTPServer.builder().port(port).registry(registry).buildAndStart();
  }

  /** The port the metrics are served on, or -1 when they are not served. */
  public int port() {
    return server == null ? -1 : server.getPort();
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
