package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.ServingNode;
import broadsheet.TestStore;
import broadsheet.store.Database;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes over one store, each in a JVM of its own, answer every public page with the same bytes,
 * the same ETag and the same keys for a CDN, and so does a node after a restart: a reader's
 * If-None-Match holds whichever node the load balancer picks. Anything a process draws afresh at
 * start (a hash seed, the time, a random id) and lets into a page would show here.
 */
class SameBytesOnEveryNodeTest {
  private static final String BASE_URL = "https://courier.example";

  /** Every kind of public page and document, with the variants a reader's choices make. */
  private static final List<Request> PAGES =
      List.of(
          new Request(200, "/"),
          new Request(200, "/world"),
          new Request(200, "/world?page=2"),
          new Request(200, "/harbour"),
          new Request(200, "/world/world-story-3"),
          new Request(200, "/world/world-story-4"),
          new Request(200, "/city/tram-line-opens"),
          new Request(200, "/city/tram-line-opens", "Cookie", "consent=v1-a0-m0-e1"),
          new Request(200, "/city/tram-line-opens", "Cookie", "consent=v1-a0-m0-e0"),
          new Request(200, "/tag/trams"),
          new Request(200, "/author/ada-quill"),
          new Request(200, "/page/about"),
          new Request(200, "/search?q=story"),
          new Request(200, "/search?q=tram&section=city"),
          new Request(404, "/no-such-section"),
          new Request(410, "/city/withdrawn-story"),
          new Request(200, "/feed.xml"),
          new Request(200, "/atom.xml"),
          new Request(200, "/world/feed.xml"),
          new Request(200, "/world/atom.xml"),
          new Request(200, "/tag/trams/feed.xml"),
          new Request(200, "/tag/trams/atom.xml"),
          new Request(200, "/author/ada-quill/feed.xml"),
          new Request(200, "/author/ada-quill/atom.xml"),
          new Request(200, "/sitemap.xml"),
          new Request(200, "/news-sitemap.xml"),
          new Request(200, "/robots.txt"),
          new Request(200, "/consent?back=/world"));

  @TempDir Path temp;

  private final List<ServingNode> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(ServingNode::close);
    TestStore.discard(temp.resolve("store"));
  }

  @Test
  void twoNodesAndARestartedOneAnswerEveryPublicPageWithTheSameBytesAndETag() {
    Path storeDir = temp.resolve("store");
    try (Database db = TestStore.open(storeDir)) {
      Fixtures.smallPaper(db);
    }
    String store = TestStore.in(storeDir).url();
    ServingNode one = node(store, "one");
    ServingNode two = node(store, "two");

    assertSameOn(one, two, "two nodes");
    // A second round: what node one answers now comes from its page cache.
    assertSameOn(one, two, "two nodes, node one from its cache");

    two.restart();
    assertSameOn(one, two, "node two after a restart");
  }

  private ServingNode node(String store, String name) {
    ServingNode node = ServingNode.over(store, temp.resolve(name), "--base-url", BASE_URL);
    nodes.add(node);
    return node.start();
  }

  private static void assertSameOn(ServingNode one, ServingNode two, String when) {
    for (Request request : PAGES) {
      for (String encoding : List.of("identity", "gzip")) {
        String[] headers = request.headers(encoding);
        HttpResponse<byte[]> a = one.get(request.path(), headers);
        HttpResponse<byte[]> b = two.get(request.path(), headers);
        String what = when + ": " + request + " (" + encoding + ")";
        assertThat(a.statusCode()).as(what).isEqualTo(request.status());
        assertThat(b.statusCode()).as(what).isEqualTo(request.status());
        if (!Arrays.equals(a.body(), b.body())) {
          // Shown as text, the first difference is easy to find; gzip differs as a whole.
          assertThat(new String(b.body(), StandardCharsets.ISO_8859_1))
              .as(what)
              .isEqualTo(new String(a.body(), StandardCharsets.ISO_8859_1));
        }
        for (String header : List.of("ETag", "Surrogate-Key", "xkey")) {
          assertThat(b.headers().firstValue(header))
              .as(what + " " + header)
              .isEqualTo(a.headers().firstValue(header));
        }
      }
    }
  }

  /** A GET of a path, with a reader's cookie where it changes the page, and its status. */
  private record Request(int status, String path, String... cookie) {
    String[] headers(String encoding) {
      List<String> headers = new ArrayList<>(List.of("Accept-Encoding", encoding));
      headers.addAll(List.of(cookie));
      return headers.toArray(String[]::new);
    }

    @Override
    public String toString() {
      return cookie.length == 0 ? path : path + " with " + String.join(": ", cookie);
    }
  }
}
