package broadsheet;

import broadsheet.config.ServerConfig;
import broadsheet.store.Database;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Broadsheet for a test: the whole app on a random port over a fresh store in a temp data
 * directory (see {@link TestStore}), content put in through the real repositories, a clock the test
 * can move, and a plain HTTP client that does not follow redirects or keep cookies unless told to.
 *
 * <p>Registered on a static field, one site serves the whole class; on an instance field, every
 * test gets its own:
 *
 * <pre>
 * {@code @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);}
 * </pre>
 */
public final class RunningSite
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AutoCloseable {
  private final Consumer<Database> seed;
  private final UnaryOperator<ServerConfig> configure;
  private final App.Limits limits;
  private TestClock clock = new TestClock();
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Path dataDir;
  private ServerConfig config;
  private App app;
  private boolean forTheClass;
  private boolean ownsStore = true;

  private RunningSite(
      Consumer<Database> seed, UnaryOperator<ServerConfig> configure, App.Limits limits) {
    this.seed = seed;
    this.configure = configure;
    this.limits = limits;
  }

  /** A site whose store is first filled by {@code seed} (which may do nothing). */
  public static RunningSite with(Consumer<Database> seed) {
    return new RunningSite(seed, config -> config, App.Limits.DEFAULT);
  }

  /** The same with the configuration changed first (e.g. a preview host). */
  public RunningSite configured(UnaryOperator<ServerConfig> change) {
    return new RunningSite(seed, change, limits);
  }

  /** The same with lower protocol limits, for tests that cross them cheaply. */
  public RunningSite limits(App.Limits lower) {
    return new RunningSite(seed, configure, lower);
  }

  /** Seeds the store and starts the app: the extension does, or a test that runs several sites. */
  public RunningSite start() {
    try {
      dataDir = Files.createTempDirectory("broadsheet-test");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    config = configure.apply(TestStore.server(dataDir));
    try {
      try (Database db = Database.open(config.storeUrl())) {
        seed.accept(db);
      }
      app = App.start(config, limits, clock);
    } catch (RuntimeException | Error e) {
      deleteDataDir();
      throw e;
    }
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    forTheClass = true;
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!forTheClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!forTheClass) {
      close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /**
   * Another node over this site's store, with a data directory (search index, media) of its own, as
   * an operator runs several behind a load balancer, on the same clock. Closing it leaves the store
   * alone.
   */
  public RunningSite anotherNode() {
    RunningSite node = new RunningSite(db -> {}, configure, limits);
    try {
      node.dataDir = Files.createTempDirectory("broadsheet-node");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    node.ownsStore = false;
    node.clock = clock;
    node.config =
        configure.apply(new ServerConfig(0, node.dataDir, config.storeUrl(), app.baseUrl(), null));
    node.app = App.start(node.config, limits, node.clock);
    return node;
  }

  /** Stops the app and starts a new one over the same store and clock, as a restart would. */
  public void restart(Runnable whileStopped) {
    app.close();
    whileStopped.run();
    app = App.start(config, limits, clock);
  }

  public App app() {
    return app;
  }

  /** The app's clock: a test moves time on with {@link TestClock#advance} instead of sleeping. */
  public TestClock clock() {
    return clock;
  }

  /** The store's address, as --db takes it. */
  public String storeUrl() {
    return config.storeUrl();
  }

  public Path dataDir() {
    return dataDir;
  }

  public String url(String path) {
    return "http://localhost:" + app.port() + path;
  }

  public HttpResponse<String> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  /** A form post, as a browser without JavaScript sends it. */
  public HttpResponse<String> post(String path, String form, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request.build());
  }

  public HttpResponse<byte[]> sendBytes(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  public HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(
          request.method() + " " + request.uri().getPath() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops the app and deletes its data directory; nothing to do when it never started. */
  @Override
  public void close() {
    if (app == null) {
      return;
    }
    app.close();
    app = null;
    deleteDataDir();
  }

  private void deleteDataDir() {
    if (ownsStore) {
      TestStore.discard(dataDir);
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp directory left behind is harmless.
    }
  }
}
