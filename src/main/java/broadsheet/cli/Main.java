package broadsheet.cli;

import broadsheet.App;
import broadsheet.StartupException;
import broadsheet.config.ContentKeySettings;
import broadsheet.config.InvalidSetting;
import broadsheet.config.MediaSettings;
import broadsheet.config.Observability;
import broadsheet.config.PageCacheSettings;
import broadsheet.config.PurgeTarget;
import broadsheet.config.SearchRateLimit;
import broadsheet.config.ServerConfig;
import broadsheet.config.StoreAddress;
import broadsheet.config.TrustedProxies;
import broadsheet.demo.DemoPaper;
import broadsheet.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: every subcommand, each option also readable from BROADSHEET_*. */
@Command(
    name = "broadsheet",
    mixinStandardHelpOptions = true,
    version = "Broadsheet 0.1.0",
    description = "A news publishing platform.",
    subcommands = {
      Main.Serve.class,
      Main.Demo.class,
      ImportWxrCommand.class,
      ExportWxrCommand.class,
      CheckCommand.class,
      UserCommand.class,
      TokenCommand.class,
      WebhookCommand.class,
      ReindexCommand.class,
      MigrateCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      MediaCommand.class,
      WarmUpCommand.class
    })
public final class Main implements Callable<Integer> {
  // Lucene notes on every start that the JDK's incubating vector module is not enabled; that
  // only matters for vector search, which Broadsheet does not use. Held here so it is not lost.
  private static final java.util.logging.Logger LUCENE_VECTORS =
      java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(java.util.logging.Level.OFF);
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("broadsheet: " + failure(e));
          return e instanceof InvalidSetting ? 2 : 1;
        });
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    int code = cli.execute(args);
    if (code != 0 || !keepsRunning(args)) {
      System.exit(code);
    }
  }

  private static boolean keepsRunning(String[] args) {
    return args.length > 0 && (args[0].equals("serve") || args[0].equals("demo"));
  }

  /** One line a person can act on, not a stack trace. */
  static String failure(Exception e) {
    return StoreAddress.redact(reason(e));
  }

  private static String reason(Exception e) {
    if (e instanceof StoreException
        || e instanceof StartupException
        || e instanceof broadsheet.wordpress.WxrException
        || e instanceof broadsheet.media.MediaUnavailable) {
      return e.getMessage();
    }
    if (e instanceof IllegalArgumentException) {
      return e.getMessage();
    }
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 2;
  }

  /** Options shared by every command that runs the server. */
  static class ServerOptions {
    @Option(
        names = "--port",
        defaultValue = "${env:BROADSHEET_PORT:-8080}",
        description = "Port to listen on (default ${DEFAULT-VALUE}).")
    int port;

    @Option(
        names = "--base-url",
        defaultValue = "${env:BROADSHEET_BASE_URL}",
        description = "Public base URL, e.g. https://news.example (default http://localhost:PORT).")
    String baseUrl;

    @Option(
        names = "--preview-host",
        defaultValue = "${env:BROADSHEET_PREVIEW_HOST}",
        description = "Host name on which staff preview unpublished articles.")
    String previewHost;

    @Option(
        names = "--page-cache",
        defaultValue = "${env:BROADSHEET_PAGE_CACHE:-on}",
        description = "Keep rendered public pages in memory: ${COMPLETION-CANDIDATES}.")
    Toggle pageCache;

    @Option(
        names = "--purge-url",
        defaultValue = "${env:BROADSHEET_PURGE_URL}",
        description =
            "Where to purge a CDN when pages change: a Varnish URL (PURGE with xkey-purge), or"
                + " json:URL for a signed JSON POST (secret in BROADSHEET_PURGE_SECRET).")
    String purgeUrl;

    @Option(
        names = "--page-cache-max-age",
        paramLabel = "MINUTES",
        defaultValue = "${env:BROADSHEET_PAGE_CACHE_MAX_AGE:-10}",
        description =
            "Longest a cached page is kept, even when nothing it shows changed"
                + " (default ${DEFAULT-VALUE}).")
    String pageCacheMaxAge;

    @Option(
        names = "--trusted-proxy",
        paramLabel = "ADDRESSES",
        defaultValue = "${env:BROADSHEET_TRUSTED_PROXY}",
        description =
            "Proxies whose X-Forwarded-For names the client: addresses or CIDR ranges, comma"
                + " separated (default none: the connection's address counts).")
    String trustedProxy;

    @Option(
        names = "--metrics-port",
        paramLabel = "PORT",
        defaultValue = "${env:BROADSHEET_METRICS_PORT}",
        description =
            "Serve Prometheus metrics at /metrics on this port, apart from --port (default none).")
    Integer metricsPort;

    @Option(
        names = "--access-log",
        paramLabel = "-|FILE|off",
        defaultValue = "${env:BROADSHEET_ACCESS_LOG:--}",
        description =
            "The access log, a line a request in the Combined Log Format: - for standard output"
                + " (default), a FILE to append to, or off.")
    String accessLog;

    @Option(
        names = "--log-full-ip",
        defaultValue = "${env:BROADSHEET_LOG_FULL_IP:-false}",
        description =
            "Write whole client addresses in the access log (default: IPv4 to its /24, IPv6 to"
                + " its /48).")
    boolean logFullIp;

    @Option(
        names = "--api-keys",
        defaultValue = "${env:BROADSHEET_API_KEYS:-off}",
        description =
            "Whether the Content API asks every request for a content key made in the newsroom:"
                + " required or off (default ${DEFAULT-VALUE}).")
    String apiKeys;

    @Option(
        names = "--api-rate-limit",
        paramLabel = "PER_MINUTE",
        defaultValue = "${env:BROADSHEET_API_RATE_LIMIT:-600}",
        description =
            "Requests a minute one content key may make on one node (default ${DEFAULT-VALUE}).")
    String apiRateLimit;

    @Option(
        names = "--search-rate-limit",
        paramLabel = "PER_MINUTE",
        defaultValue = "${env:BROADSHEET_SEARCH_RATE_LIMIT:-300}",
        description =
            "Searches a minute one client address may make on one node, page and API together;"
                + " past it, 429 with Retry-After (default ${DEFAULT-VALUE}).")
    String searchRateLimit;

    TrustedProxies trustedProxies() {
      return TrustedProxies.parse(trustedProxy);
    }

    Observability observability() {
      return Observability.of(metricsPort, accessLog, logFullIp);
    }

    ContentKeySettings contentKeys() {
      return ContentKeySettings.parse(apiKeys, apiRateLimit);
    }

    SearchRateLimit searchRateLimit() {
      return SearchRateLimit.parse(searchRateLimit);
    }

    PageCacheSettings pageCache() {
      return PageCacheSettings.DEFAULT
          .withOn(pageCache == Toggle.on)
          .withMaxAge(PageCacheSettings.maxAgeInMinutes(pageCacheMaxAge));
    }

    PurgeTarget purge() {
      return PurgeTarget.parse(purgeUrl, System.getenv("BROADSHEET_PURGE_SECRET"));
    }
  }

  /** A switch on the command line. */
  enum Toggle {
    on,
    off
  }

  @Command(name = "serve", description = "Serve the paper from a data directory or database.")
  static final class Serve implements Callable<Integer> {
    @CommandLine.Mixin ServerOptions server = new ServerOptions();

    @CommandLine.Mixin StoreOptions store = new StoreOptions();

    @CommandLine.Mixin PoolOptions pool = new PoolOptions();

    @CommandLine.Mixin MediaOptions media = new MediaOptions();

    @Override
    public Integer call() throws Exception {
      MediaSettings mediaSettings;
      try {
        mediaSettings = media.settings(store.data);
      } catch (IllegalArgumentException e) {
        System.err.println("broadsheet: " + e.getMessage());
        return 2;
      }
      ServerConfig config =
          new ServerConfig(server.port, store.data, store.db, server.baseUrl, server.previewHost)
              .withPageCache(server.pageCache())
              .withConnection(pool.applyTo(store.connection()))
              .withPurge(server.purge())
              .withMedia(mediaSettings)
              .withTrustedProxies(server.trustedProxies())
              .withObservability(server.observability())
              .withContentKeys(server.contentKeys())
              .withSearchRateLimit(server.searchRateLimit());
      return runUntilStopped(App.start(config));
    }
  }

  @Command(name = "demo", description = "Serve a fresh demo paper with fictional content.")
  static final class Demo implements Callable<Integer> {
    @CommandLine.Mixin ServerOptions server = new ServerOptions();

    @Override
    public Integer call() throws Exception {
      PageCacheSettings pageCache = server.pageCache(); // a bad value stops us before any write
      TrustedProxies proxies = server.trustedProxies();
      Observability watched = server.observability();
      ContentKeySettings keys = server.contentKeys();
      SearchRateLimit searchLimit = server.searchRateLimit();
      Path data = Files.createTempDirectory("broadsheet-demo");
      ServerConfig config =
          new ServerConfig(server.port, data, null, server.baseUrl, server.previewHost)
              .withPageCache(pageCache)
              .withPurge(server.purge())
              .withTrustedProxies(proxies)
              .withObservability(watched)
              .withContentKeys(keys)
              .withSearchRateLimit(searchLimit);
      DemoPaper.seed(config);
      return runUntilStopped(App.start(config));
    }
  }

  private static int runUntilStopped(App app) throws InterruptedException {
    System.out.println("Broadsheet is serving " + app.baseUrl() + " (Ctrl+C to stop)");
    String setup = app.setupLink();
    if (setup != null) {
      System.out.println("No admin yet. Create the first account within a day at: " + setup);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // On SIGTERM (or Ctrl+C) the server refuses new requests, finishes those in flight (for up to
    // App.STOP_TIMEOUT) and closes the store; a stop that went as planned exits 0, not 143.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                  System.out.flush();
                  System.err.flush();
                  Runtime.getRuntime().halt(0);
                }));
    stopped.await();
    return 0;
  }
}
