package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.newsroom.Staff;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** HTTP done right on public pages: validators, 304, gzip, HEAD, and who bypasses the cache. */
class HttpCachingTest {
  private static final String ARTICLE = "/world/world-story-5";

  @RegisterExtension
  final RunningSite site =
      RunningSite.with(Fixtures::smallPaper).configured(c -> c.withPreviewHost("preview.test"));

  @Test
  void publicPagesCarryStrongValidatorsAndCdnFitCacheControl() {
    for (int attempt = 0; attempt < 2; attempt++) { // a miss, then a hit: the same headers
      HttpResponse<String> page = site.get(ARTICLE);
      assertThat(page.statusCode()).isEqualTo(200);
      // Strong: quoted, without the W/ of a weak validator (the hash itself may begin with W).
      assertThat(page.headers().firstValue("ETag").orElseThrow()).matches("\"[^\"]+\"");
      assertThat(page.headers().firstValue("Last-Modified")).isPresent();
      assertThat(page.headers().firstValue("Cache-Control").orElseThrow())
          .contains("public", "max-age=", "s-maxage=", "stale-while-revalidate=");
    }
  }

  @Test
  void aHitCarriesTheHeadersOfTheMissThatStoredIt() {
    // The miss is answered by the route, the hit by the cache front from headers encoded once:
    // the two must say the same, plain and gzipped (only the framing and the date may differ).
    // Each article is asked for the first time here, so its first answer is a miss.
    for (String[] ask : new String[][] {{ARTICLE, "identity"}, {"/world/world-story-6", "gzip"}}) {
      Map<String, List<String>> miss = headers(ask[0], ask[1]);
      Map<String, List<String>> hit = headers(ask[0], ask[1]);
      assertThat(hit).isEqualTo(miss).containsKeys("etag", "xkey", "surrogate-key", "vary");
    }
  }

  private Map<String, List<String>> headers(String path, String encoding) {
    HttpResponse<byte[]> response =
        site.sendBytes(
            HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Accept-Encoding", encoding)
                .build());
    assertThat(response.statusCode()).isEqualTo(200);
    Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
    headers.keySet().removeAll(List.of("date", "content-length", "transfer-encoding"));
    return headers;
  }

  @Test
  void aMatchingIfNoneMatchOrIfModifiedSinceAnswers304WithoutABody() {
    HttpResponse<String> page = site.get(ARTICLE);
    String etag = page.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = site.get(ARTICLE, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(site.get(ARTICLE, "If-None-Match", "\"something-else\"").statusCode())
        .isEqualTo(200);
    String modified = page.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(site.get(ARTICLE, "If-Modified-Since", modified).statusCode()).isEqualTo(304);
  }

  @Test
  void gzipWhenTheClientAcceptsItAndIdentityOtherwise() throws IOException {
    String plain = site.get(ARTICLE).body();
    for (int attempt = 0; attempt < 2; attempt++) {
      HttpResponse<byte[]> zipped =
          site.sendBytes(
              HttpRequest.newBuilder(URI.create(site.url(ARTICLE)))
                  .header("Accept-Encoding", "gzip")
                  .build());
      assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
      }
    }
    HttpResponse<String> identity = site.get(ARTICLE, "Accept-Encoding", "identity");
    assertThat(identity.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(
            site.get(ARTICLE, "Accept-Encoding", "gzip;q=0")
                .headers()
                .firstValue("Content-Encoding"))
        .isEmpty();
  }

  @Test
  void headAnswersLikeGetWithoutTheBody() {
    for (String path : new String[] {ARTICLE, "/", "/world", "/no-such-section", "/consent"}) {
      HttpResponse<String> get = site.get(path);
      HttpResponse<String> head =
          site.send(
              HttpRequest.newBuilder(URI.create(site.url(path)))
                  .method("HEAD", HttpRequest.BodyPublishers.noBody())
                  .build());
      assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
      assertThat(head.body()).isEmpty();
      assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    }
  }

  @Test
  void staffSessionsBypassTheCacheAndAreNeverStored() {
    assertThat(site.get(ARTICLE).body()).contains("World story number 5");
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h -> h.execute("UPDATE articles SET headline = 'Fresh' WHERE slug = 'world-story-5'"));
    String session =
        Staff.signedIn(site, "bypass-editor@test.example", "editor").cookie("newsroom_session");
    HttpResponse<String> staff = site.get(ARTICLE, "Cookie", "newsroom_session=" + session);
    assertThat(staff.body()).contains("Fresh");
    assertThat(staff.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    assertThat(site.get(ARTICLE).body()).contains("World story number 5");
  }

  @Test
  void thePreviewHostBypassesTheCache() throws IOException {
    // The public page is in the cache; the preview host must not be answered from it.
    assertThat(site.get(ARTICLE).body()).contains("World story number 5");
    String preview = rawGet("preview.test", ARTICLE);
    assertThat(preview)
        .startsWith("HTTP/1.1 404")
        .contains("no-store")
        .doesNotContain("World story number 5");
    assertThat(site.get(ARTICLE).body()).contains("World story number 5");
  }

  /** The JDK's client will not send a Host header of our choosing, so speak HTTP by hand. */
  private String rawGet(String host, String path) throws IOException {
    try (Socket socket = new Socket("localhost", site.app().port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
