package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.App;
import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.S3Proxy;
import broadsheet.TestStore;
import broadsheet.config.ServerConfig;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Media in a bucket of a real S3 API server (s3proxy): an upload through the newsroom writes the
 * original and its variants there, and every node serves them, streamed with the cache headers of a
 * local file; a bucket that cannot be reached is a 503, never a 500.
 */
class MediaBucketTest {
  private static S3Proxy s3;
  private static RunningSite site;

  @BeforeAll
  static void start() {
    s3 = S3Proxy.running();
    s3.createBucket("paper-media");
    site =
        RunningSite.with(Fixtures::smallPaper)
            .configured(c -> c.withMedia(s3.media("paper-media", "courier/images")))
            .start();
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
    if (s3 != null) {
      s3.close();
    }
  }

  private static byte[] png(int width, int height, Color colour) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static HttpResponse<String> upload(Staff staff, byte[] bytes) {
    return Multipart.post(
        site,
        staff,
        "/admin/media",
        Map.of("_csrf", staff.csrf(), "alt", "A field"),
        "image",
        "field.png",
        "image/png",
        bytes);
  }

  /** The /media/… address the upload page names. */
  private static String uploaded(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Jsoup.parse(response.body())
        .selectFirst(".notice")
        .text()
        .replaceAll(".*(/media/\\S+?\\.png).*", "$1");
  }

  private static HttpResponse<byte[]> fetch(String url) throws Exception {
    try (HttpClient http = HttpClient.newHttpClient()) {
      return http.send(
          HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
  }

  @Test
  void anUploadLandsInTheBucketAndIsServedStreamedWithItsCacheHeaders() throws Exception {
    Staff author = Staff.signedIn(site, "bucket-photographer@test.example", "author");
    byte[] original = png(1000, 500, new Color(0x2e, 0x8b, 0x57));
    String url = uploaded(upload(author, original));
    String hash = url.substring("/media/".length(), "/media/".length() + 64);

    assertThat(
            s3
                .client()
                .listObjectsV2(b -> b.bucket("paper-media").prefix("courier/images/"))
                .contents()
                .stream()
                .map(S3Object::key))
        .containsExactlyInAnyOrder(
            "courier/images/" + hash + ".png",
            "courier/images/" + hash + "-400.png",
            "courier/images/" + hash + "-800.png");
    HeadObjectResponse stored =
        s3.client()
            .headObject(b -> b.bucket("paper-media").key("courier/images/" + hash + "-800.png"));
    assertThat(stored.contentType()).isEqualTo("image/png");
    assertThat(stored.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
    // Nothing on this node's disk: the bucket is the only copy.
    assertThat(site.dataDir().resolve("media")).doesNotExist();

    HttpResponse<byte[]> variant = fetch(site.url(url));
    assertThat(variant.statusCode()).isEqualTo(200);
    assertThat(variant.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(variant.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(variant.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
    assertThat(variant.headers().firstValue("Content-Length"))
        .hasValue(String.valueOf(variant.body().length));
    assertThat(ImageIO.read(new ByteArrayInputStream(variant.body())).getWidth()).isEqualTo(800);
    assertThat(fetch(site.url("/media/" + hash + ".png")).body()).isEqualTo(original);
    HttpResponse<String> head =
        site.send(
            HttpRequest.newBuilder(URI.create(site.url(url)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length"))
        .hasValue(String.valueOf(variant.body().length));

    // Missing and malformed names are the site's own 404 page.
    HttpResponse<String> missing = site.get(url.replace("-800", "-1600"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Page not found");
    assertThat(site.get("/media/..%2Fs3proxy.conf").statusCode()).isEqualTo(404);
  }

  @Test
  void anyNodeOnTheSameStoreAndBucketServesWhatAnotherReceived(@TempDir Path otherData)
      throws Exception {
    Staff author = Staff.signedIn(site, "node-photographer@test.example", "author");
    String url = uploaded(upload(author, png(500, 300, Color.ORANGE)));
    ServerConfig second =
        new ServerConfig(0, otherData, TestStore.in(site.dataDir()).url(), null, null)
            .withMedia(s3.media("paper-media", "courier/images"));
    try (App node2 = App.start(second)) {
      HttpResponse<byte[]> there = fetch("http://localhost:" + node2.port() + url);
      assertThat(there.statusCode()).isEqualTo(200);
      assertThat(there.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      assertThat(there.body()).isEqualTo(fetch(site.url(url)).body());
    }
    assertThat(Files.exists(otherData.resolve("media"))).isFalse();
  }

  @Test
  void aBucketThatCannotBeReachedIsA503AndUploadsSaveNothing() throws Exception {
    Staff author = Staff.signedIn(site, "outage-photographer@test.example", "author");
    String url = uploaded(upload(author, png(600, 400, Color.BLUE)));
    int images = countImages();
    s3.stop();
    try {
      HttpResponse<String> away = site.get(url);
      assertThat(away.statusCode()).isEqualTo(503);
      assertThat(away.headers().firstValue("Retry-After")).isPresent();
      assertThat(away.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(away.body()).contains("Temporarily unavailable").doesNotContain("Exception");

      HttpResponse<String> refused = upload(author, png(700, 400, Color.RED));
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.body()).contains("nothing was saved");
      assertThat(countImages()).isEqualTo(images);
    } finally {
      s3.start();
    }
    assertThat(site.get(url).statusCode()).isEqualTo(200);
  }

  private static int countImages() {
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM images").mapTo(Integer.class).one());
  }
}
