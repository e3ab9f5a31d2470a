package broadsheet.metrics;

import broadsheet.changes.ChangeFeed;
import broadsheet.store.Database;
import broadsheet.web.PageCache;
import com.zaxxer.hikari.HikariPoolMXBean;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a node's parts count, read at each scrape: the store's connection pool, how far each
 * follower of the change feed is behind its head (the search index, the page cache), the page
 * cache's hits and misses, and what this node published and imported.
 */
public final class NodeMetrics {
  private static final Logger LOG = LoggerFactory.getLogger(NodeMetrics.class);

  private final PrometheusRegistry registry;

  private NodeMetrics(Metrics metrics) {
    this.registry = metrics.registry();
  }

  /** Everything a serving node counts besides its requests. */
  public static void register(
      Metrics metrics,
      Database database,
      ChangeFeed changes,
      PageCache pageCache,
      LongSupplier published,
      LongSupplier imports) {
    new NodeMetrics(metrics)
        .pool(database.pool())
        .changes(changes)
        .counter(
            "broadsheet_page_cache_hits", "Requests answered from the page cache", pageCache::hits)
        .counter(
            "broadsheet_page_cache_misses",
            "Requests for a page the page cache could have held but did not",
            pageCache::misses)
        .gauge("broadsheet_page_cache_pages", "Pages in the page cache", pageCache::size)
        .counter(
            "broadsheet_articles_published",
            "Articles this node published, by hand or on schedule",
            published)
        .counter("broadsheet_imports", "WordPress imports this node ran", imports);
  }

  /** Hikari's own figures: connections in use, idle, and requests waiting for one. */
  private NodeMetrics pool(HikariPoolMXBean pool) {
    GaugeWithCallback.builder()
        .name("broadsheet_store_connections")
        .help("Connections of the store's pool: active (in use) and idle")
        .labelNames("state")
        .callback(
            cb -> {
              cb.call(pool.getActiveConnections(), "active");
              cb.call(pool.getIdleConnections(), "idle");
            })
        .register(registry);
    gauge(
        "broadsheet_store_connections_pending",
        "Requests waiting for a connection of the store's pool",
        pool::getThreadsAwaitingConnection);
    return this;
  }

  /**
   * The head of the change log, and how many positions behind it each follower is (the search
   * index's is the index lag). Read from the store at each scrape; left out while it is away.
   */
  private NodeMetrics changes(ChangeFeed feed) {
    gauge("broadsheet_change_feed_head", "The last position of the change log", feed.log()::head);
    GaugeWithCallback.builder()
        .name("broadsheet_change_feed_lag")
        .help("Positions of the change log a follower has not applied yet")
        .labelNames("follower")
        .callback(
            cb -> {
              long head = read(feed.log()::head);
              if (head < 0) {
                return;
              }
              for (String follower : feed.followers()) {
                long applied = feed.applied(follower);
                cb.call(applied < 0 ? head : Math.max(0, head - applied), follower);
              }
            })
        .register(registry);
    return this;
  }

  /** A count that only grows, read from the part that keeps it. */
  private NodeMetrics counter(String name, String help, LongSupplier count) {
    CounterWithCallback.builder()
        .name(name)
        .help(help)
        .callback(cb -> cb.call(count.getAsLong()))
        .register(registry);
    return this;
  }

  private NodeMetrics gauge(String name, String help, LongSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(
            cb -> {
              long v = read(value);
              if (v >= 0) {
                cb.call(v);
              }
            })
        .register(registry);
    return this;
  }

  /** The value, or -1 when it cannot be read now (the store away): a scrape never fails. */
  private static long read(LongSupplier value) {
    try {
      return value.getAsLong();
    } catch (RuntimeException e) {
      LOG.debug("a metric could not be read", e);
      return -1;
    }
  }
}
