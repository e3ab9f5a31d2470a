package broadsheet.config;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * How a Broadsheet server is started: the port, the store (a data directory or a database URL), the
 * public base URL, the optional preview host, the page cache, how to connect to a database, where
 * to send CDN purges (null: nowhere), where media live, which proxies' X-Forwarded-For is believed,
 * how the node is watched (metrics port, access log), whether the Content API asks for keys and how
 * many searches a client may make. Read once, from flags or BROADSHEET_*.
 */
public record ServerConfig(
    int port,
    Path dataDir,
    String dbUrl,
    String baseUrl,
    String previewHost,
    PageCacheSettings pageCache,
    ConnectionSettings connection,
    PurgeTarget purge,
    MediaSettings media,
    TrustedProxies trustedProxies,
    Observability observability,
    ContentKeySettings contentKeys,
    SearchRateLimit searchRateLimit) {

  public ServerConfig(int port, Path dataDir, String dbUrl, String baseUrl, String previewHost) {
    this(port, dataDir, dbUrl, baseUrl, previewHost, true);
  }

  public ServerConfig(
      int port, Path dataDir, String dbUrl, String baseUrl, String previewHost, boolean pageCache) {
    this(
        port,
        dataDir,
        dbUrl,
        baseUrl,
        previewHost,
        PageCacheSettings.DEFAULT.withOn(pageCache),
        ConnectionSettings.DEFAULT,
        null,
        null,
        TrustedProxies.NONE,
        Observability.NONE,
        ContentKeySettings.DEFAULT,
        SearchRateLimit.DEFAULT);
  }

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new InvalidSetting("--port must be between 0 and 65535, not " + port);
    }
    if (pageCache == null) {
      pageCache = PageCacheSettings.DEFAULT;
    }
    if (connection == null) {
      connection = ConnectionSettings.DEFAULT;
    }
    if (trustedProxies == null) {
      trustedProxies = TrustedProxies.NONE;
    }
    if (observability == null) {
      observability = Observability.NONE;
    }
    if (contentKeys == null) {
      contentKeys = ContentKeySettings.DEFAULT;
    }
    if (searchRateLimit == null) {
      searchRateLimit = SearchRateLimit.DEFAULT;
    }
    if (observability.metricsPort() > 0 && observability.metricsPort() == port) {
      throw new InvalidSetting("--metrics-port must differ from --port (" + port + ")");
    }
    if (media == null && dataDir != null) {
      media = MediaSettings.in(dataDir);
    }
    if (baseUrl != null && baseUrl.endsWith("/")) {
      baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
    }
  }

  public StoreLocation store() {
    return new StoreLocation(dataDir, dbUrl);
  }

  /** The store URL: the explicit --db, else the SQLite file in the data directory. */
  public String storeUrl() {
    return store().url();
  }

  /** The base URL, defaulting to where this process listens. */
  public String baseUrlOr(int boundPort) {
    return baseUrl != null && !baseUrl.isBlank() ? baseUrl : "http://localhost:" + boundPort;
  }

  public ServerConfig withPreviewHost(String host) {
    return edit(b -> b.previewHost = host);
  }

  public ServerConfig withPageCache(boolean on) {
    return withPageCache(pageCache.withOn(on));
  }

  public ServerConfig withPageCache(PageCacheSettings settings) {
    return edit(b -> b.pageCache = settings);
  }

  public ServerConfig withPort(int newPort) {
    return edit(b -> b.port = newPort);
  }

  public ServerConfig withConnection(ConnectionSettings settings) {
    return edit(b -> b.connection = settings);
  }

  public ServerConfig withPurge(PurgeTarget target) {
    return edit(b -> b.purge = target);
  }

  public ServerConfig withMedia(MediaSettings settings) {
    return edit(b -> b.media = settings);
  }

  public ServerConfig withTrustedProxies(TrustedProxies proxies) {
    return edit(b -> b.trustedProxies = proxies);
  }

  public ServerConfig withObservability(Observability watched) {
    return edit(b -> b.observability = watched);
  }

  public ServerConfig withContentKeys(ContentKeySettings keys) {
    return edit(b -> b.contentKeys = keys);
  }

  public ServerConfig withSearchRateLimit(SearchRateLimit limit) {
    return edit(b -> b.searchRateLimit = limit);
  }

  /** A copy with what {@code change} sets: the one place that copies every component. */
  private ServerConfig edit(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return copy.build();
  }

  /** The components of a configuration being copied, each replaceable before {@link #build}. */
  private static final class Copy {
    int port;
    Path dataDir;
    String dbUrl;
    String baseUrl;
    String previewHost;
    PageCacheSettings pageCache;
    ConnectionSettings connection;
    PurgeTarget purge;
    MediaSettings media;
    TrustedProxies trustedProxies;
    Observability observability;
    ContentKeySettings contentKeys;
    SearchRateLimit searchRateLimit;

    Copy(ServerConfig c) {
      port = c.port;
      dataDir = c.dataDir;
      dbUrl = c.dbUrl;
      baseUrl = c.baseUrl;
      previewHost = c.previewHost;
      pageCache = c.pageCache;
      connection = c.connection;
      purge = c.purge;
      media = c.media;
      trustedProxies = c.trustedProxies;
      observability = c.observability;
      contentKeys = c.contentKeys;
      searchRateLimit = c.searchRateLimit;
    }

    ServerConfig build() {
      return new ServerConfig(
          port,
          dataDir,
          dbUrl,
          baseUrl,
          previewHost,
          pageCache,
          connection,
          purge,
          media,
          trustedProxies,
          observability,
          contentKeys,
          searchRateLimit);
    }
  }

  /** The configuration as a person may read it: the store's password hidden. */
  @Override
  public String toString() {
    return ("ServerConfig[port=%d, dataDir=%s, db=%s, baseUrl=%s, previewHost=%s, pageCache=%s,"
            + " purge=%s, media=%s, trustedProxies=%s, %s, contentKeys=%s,"
            + " searchRateLimit=%s]")
        .formatted(
            port,
            dataDir,
            StoreAddress.redact(dbUrl),
            baseUrl,
            previewHost,
            pageCache,
            purge,
            media == null ? null : media.location(),
            trustedProxies,
            observability,
            contentKeys,
            searchRateLimit);
  }
}
