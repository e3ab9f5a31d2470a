package broadsheet.config;

/**
 * How a node is watched: the port its Prometheus metrics are served on ({@code --metrics-port},
 * {@link #NO_METRICS} for none; 0 for any free port), where its access log goes ({@code
 * --access-log}: {@code -} for standard output, a file, or null for none) and whether it writes
 * client addresses whole ({@code --log-full-ip}; truncated otherwise).
 */
public record Observability(int metricsPort, String accessLog, boolean fullIp) {
  public static final int NO_METRICS = -1;

  /** No metrics port, no access log: what tests and the commands that serve nothing get. */
  public static final Observability NONE = new Observability(NO_METRICS, null, false);

  public Observability {
    if (metricsPort < NO_METRICS || metricsPort > 65535) {
      throw new InvalidSetting("--metrics-port must be between 0 and 65535, not " + metricsPort);
    }
    if (accessLog != null && (accessLog.isBlank() || accessLog.equals("off"))) {
      accessLog = null;
    }
  }

  /** From the command line: a metrics port or null, an access log target ("off" for none). */
  public static Observability of(Integer metricsPort, String accessLog, boolean fullIp) {
    return new Observability(metricsPort == null ? NO_METRICS : metricsPort, accessLog, fullIp);
  }

  public boolean metrics() {
    return metricsPort != NO_METRICS;
  }
}
