package broadsheet.cli;

import broadsheet.App;
import broadsheet.config.ServerConfig;
import broadsheet.demo.DemoPaper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * `broadsheet warm-up` (hidden): serves a throwaway demo paper and reads each kind of page once.
 * The launcher runs it after a build, on JDK 25 and newer, with the JVM recording an ahead-of-time
 * cache of what serving loads and links; later starts read that cache instead of doing the work
 * again, which shortens the time to the first page.
 */
@Command(name = "warm-up", hidden = true, description = "Record a start-up cache (launcher use).")
final class WarmUpCommand implements Callable<Integer> {
  /** An article's address, /section/slug: not a static page, tag, author or asset. */
  private static final Pattern ARTICLE =
      Pattern.compile("href=\"(/(?!page/|tag/|author/|static/|admin/)[a-z-]+/[a-z0-9-]+)\"");

  @Override
  public Integer call() throws Exception {
    Path data = Files.createTempDirectory("broadsheet-warm-up");
    try {
      ServerConfig config = new ServerConfig(0, data, null, null, null, true);
      DemoPaper.seed(config);
      try (App app = App.start(config)) {
        HttpClient http = HttpClient.newHttpClient();
        String home = read(http, app.baseUrl(), "/", 200);
        Matcher article = ARTICLE.matcher(home);
        if (!article.find()) {
          throw new IllegalStateException("warm-up: the demo home page links no article");
        }
        String first = article.group(1);
        for (String path :
            List.of(
                first,
                first.substring(0, first.lastIndexOf('/')),
                "/search?q=harbour",
                "/feed.xml",
                "/sitemap.xml")) {
          read(http, app.baseUrl(), path, 200);
        }
        read(http, app.baseUrl(), "/no-such-page", 404);
      }
    } finally {
      delete(data);
    }
    return 0;
  }

  /** A page's body; a cache recorded from error pages would be of little use, so it stops. */
  private static String read(HttpClient http, String base, String path, int expected)
      throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          "warm-up: " + path + " answered " + response.statusCode() + ", not " + expected);
    }
    return response.body();
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
