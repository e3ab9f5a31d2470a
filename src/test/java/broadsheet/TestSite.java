package broadsheet;

import broadsheet.config.ServerConfig;
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

/**
 * A real Broadsheet for a test: the whole app on a random port over a fresh SQLite file in a temp
 * directory, content put in through the real repositories, and a plain HTTP client that does not
 * follow redirects or keep cookies unless told to.
 */
public final class TestSite implements AutoCloseable {
  private final Path dataDir;
  private final ServerConfig config;
  private App app;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestSite(Path dataDir, ServerConfig config, App app) {
    this.dataDir = dataDir;
    this.config = config;
    this.app = app;
  }

  /** Stops the app and starts a new one over the same store, as a restart would. */
  public void restart(Runnable whileStopped) {
    app.close();
    whileStopped.run();
    app = App.start(config);
  }

  /** Starts a site whose store was first filled by {@code seed} (which may do nothing). */
  public static TestSite start(Consumer<broadsheet.store.Database> seed) {
    return start(seed, config -> config);
  }

  public static TestSite start(
      Consumer<broadsheet.store.Database> seed, UnaryOperator<ServerConfig> configure) {
    return start(seed, configure, App.Limits.DEFAULT);
  }

  /** As {@link #start(Consumer)}, with the configuration changed first (e.g. a preview host). */
  public static TestSite start(
      Consumer<broadsheet.store.Database> seed,
      UnaryOperator<ServerConfig> configure,
      App.Limits limits) {
    try {
      Path dir = Files.createTempDirectory("broadsheet-test");
      ServerConfig config = configure.apply(new ServerConfig(0, dir, null, null, null));
      try (var db = broadsheet.store.Database.open(config.storeUrl())) {
        seed.accept(db);
      }
      return new TestSite(dir, config, App.start(config, limits));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public App app() {
    return app;
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
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temp directory left behind is harmless.
    }
  }
}
