package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.S3Proxy;
import broadsheet.cli.Run;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes over one store, as a paper runs them behind a load balancer: whatever changes through
 * node 1, the command line or the scheduler is what node 2 serves within a second, from every page
 * that shows it, its caches warm beforehand.
 */
class SeveralNodesTest {
  private static final Duration WITHIN = Duration.ofSeconds(1);

  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);
  @TempDir Path temp;
  private RunningSite other;

  @BeforeEach
  void startTheOtherNode() {
    other = site.anotherNode();
  }

  @AfterEach
  void stopTheOtherNode() {
    other.close();
  }

  /** Pages node 2 has cached (each asked twice) before the change. */
  private void warm(List<String> paths) {
    for (String path : paths) {
      other.get(path);
      other.get(path);
    }
  }

  /** Waits for node 2 to show what the test expects; fails when it takes longer than a second. */
  private void onTheOtherNodeWithin(String path, Predicate<HttpResponse<String>> expected) {
    within(other, path, expected);
  }

  private static void within(
      RunningSite node, String path, Predicate<HttpResponse<String>> expected) {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    HttpResponse<String> seen = node.get(path);
    while (!expected.test(seen)) {
      assertThat(System.nanoTime())
          .as(
              "%s still serves the old %s after %s: %s",
              node.url(""), path, WITHIN, seen.statusCode())
          .isLessThan(deadline);
      sleep(20);
      seen = node.get(path);
    }
  }

  private static Predicate<HttpResponse<String>> shows(String text) {
    return r -> r.statusCode() == 200 && r.body().contains(text);
  }

  private static Predicate<HttpResponse<String>> lacks(String text) {
    return r -> r.statusCode() == 200 && !r.body().contains(text);
  }

  @Test
  void aPublicationEditAndWithdrawalOnNode1AreServedByNode2WithinASecond() {
    Staff editor = Staff.signedIn(site, "two-nodes@test.example", "editor");
    long id = WorkflowTest.write(editor, "Night ferry timetable returns");
    String path = "/city/night-ferry-timetable-returns";
    List<String> lists =
        List.of(
            "/",
            "/city",
            "/tag/workflow",
            "/feed.xml",
            "/atom.xml",
            "/city/feed.xml",
            "/sitemap.xml",
            "/search?q=ferry");
    warm(lists);
    warm(List.of(path));
    assertThat(other.get(path).statusCode()).isEqualTo(404);

    assertThat(WorkflowTest.move(editor, id, "published")).isEqualTo(303);
    onTheOtherNodeWithin(path, shows("Night ferry timetable returns"));
    for (String list : lists) {
      onTheOtherNodeWithin(list, shows(list.equals("/sitemap.xml") ? path : "Night ferry"));
    }
    String author =
        Jsoup.parse(other.get(path).body()).selectFirst("a[href^=/author/]").attr("href");
    onTheOtherNodeWithin(author, shows("Night ferry timetable returns"));
    assertThat(other.get(path).headers().firstValue("ETag"))
        .isPresent()
        .isEqualTo(site.get(path).headers().firstValue("ETag"));

    Map<String, String> edited = WorkflowTest.article("Night ferry timetable returns");
    edited.put("body", "Sailings resume at midnight from the south quay.");
    assertThat(editor.post("/admin/articles/" + id, edited).statusCode()).isEqualTo(303);
    onTheOtherNodeWithin(path, shows("south quay"));
    onTheOtherNodeWithin("/search?q=quay", shows(path));

    assertThat(WorkflowTest.move(editor, id, "unpublished")).isEqualTo(303);
    assertThat(site.get(path).statusCode()).isEqualTo(410);
    onTheOtherNodeWithin(path, r -> r.statusCode() == 410);
    for (String list : List.of("/", "/city", "/feed.xml", "/search?q=ferry")) {
      onTheOtherNodeWithin(list, lacks("Night ferry"));
    }
  }

  @Test
  void aNewSectionReachesNode2sNavigation() {
    Staff editor = Staff.signedIn(site, "sections@test.example", "editor");
    warm(List.of("/", "/world"));
    var created =
        editor.post(
            "/admin/sections",
            Map.of("slug", "weather", "name", "Weather", "description", "", "parent", ""));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    onTheOtherNodeWithin("/", shows("href=\"/weather\""));
    onTheOtherNodeWithin("/world", shows("href=\"/weather\""));
  }

  @Test
  void scheduledPublicationsReachBothNodesAndBothIndexes() {
    Staff editor = Staff.signedIn(site, "schedules@test.example", "editor");
    String when =
        LocalDateTime.now(site.clock().withZone(Fixtures.ZONE))
            .plusHours(1)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    for (String headline : List.of("Lighthouse keeper retires", "Lighthouse lamp restored")) {
      long id = WorkflowTest.write(editor, headline);
      assertThat(WorkflowTest.schedule(editor, id, when)).isEqualTo(303);
    }
    warm(List.of("/", "/search?q=lighthouse"));
    site.clock().advance(Duration.ofHours(2));
    // Either node's scheduler may claim them (each looks every two seconds), once each; on one
    // SQLite file the two nodes' writes wait for each other, so the bound is generous. The bound
    // that matters, a second for the other node, is checked below.
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!site.get("/").body().contains("Lighthouse lamp restored")
        || !site.get("/").body().contains("Lighthouse keeper retires")) {
      assertThat(System.nanoTime()).as("the scheduler published both").isLessThan(deadline);
      sleep(50);
    }
    // Each node's own index holds both, whichever node published them.
    for (RunningSite node : List.of(site, other)) {
      within(node, "/search?q=lighthouse", shows("Lighthouse keeper retires"));
      within(node, "/search?q=lighthouse", shows("Lighthouse lamp restored"));
    }
    onTheOtherNodeWithin("/", shows("Lighthouse keeper retires"));
  }

  @Test
  void anImageUploadedOnNode1IsServedByNode2FromTheBucket() throws Exception {
    try (S3Proxy s3 = withBucket(S3Proxy.running(), "paper");
        RunningSite one =
            RunningSite.with(Fixtures::smallPaper)
                .configured(c -> c.withMedia(s3.media("paper", "media")))
                .start();
        RunningSite two = one.anotherNode()) {
      Staff photographer = Staff.signedIn(one, "two-nodes-photos@test.example", "author");
      BufferedImage image = new BufferedImage(900, 450, BufferedImage.TYPE_INT_RGB);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      HttpResponse<String> uploaded =
          Multipart.post(
              one,
              photographer,
              "/admin/media",
              Map.of("_csrf", photographer.csrf(), "alt", "A grey field"),
              "image",
              "field.png",
              "image/png",
              png.toByteArray());
      assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
      String path =
          Jsoup.parse(uploaded.body())
              .selectFirst(".notice")
              .text()
              .replaceAll(".*(/media/\\S+?\\.png).*", "$1");
      HttpResponse<byte[]> served =
          two.sendBytes(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(two.url(path))).build());
      assertThat(served.statusCode()).isEqualTo(200);
      HttpResponse<byte[]> fromNode1 =
          one.sendBytes(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(one.url(path))).build());
      assertThat(served.body()).isNotEmpty().isEqualTo(fromNode1.body());
      assertThat(served.headers().firstValue("Cache-Control"))
          .hasValueSatisfying(v -> assertThat(v).contains("immutable"));
      int mediaChanges =
          one.app()
              .database()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT COUNT(*) FROM changes WHERE kind = 'MEDIA'")
                          .mapTo(Integer.class)
                          .one());
      assertThat(mediaChanges).as("the upload is a change in the feed").isEqualTo(1);
    }
  }

  private static S3Proxy withBucket(S3Proxy s3, String bucket) {
    s3.createBucket(bucket);
    return s3;
  }

  @Test
  void anImportFromTheCommandLineReachesBothRunningNodes() throws Exception {
    warm(List.of("/", "/search?q=breakwater"));
    Path export = Files.writeString(temp.resolve("export.xml"), EXPORT);
    String store = site.storeUrl();
    Run imported =
        Run.of(
            Map.of(),
            List.of(),
            "import-wxr",
            export.toString(),
            "--db",
            store,
            "--data",
            temp.resolve("cli").toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    onTheOtherNodeWithin("/", shows("Breakwater lights relit"));
    onTheOtherNodeWithin("/harbour/breakwater-lights", shows("Breakwater lights relit"));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    for (RunningSite node : List.of(site, other)) {
      String q = "/search?q=" + URLEncoder.encode("breakwater", StandardCharsets.UTF_8);
      while (!node.get(q).body().contains("/harbour/breakwater-lights")) {
        assertThat(System.nanoTime()).as("the index rebuilt after the import").isLessThan(deadline);
        sleep(50);
      }
    }
  }

  /** A WordPress export of one post (the import tests of the newsroom share it). */
  static final String EXPORT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
        xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>Harbour Times</title><link>https://harbour-times.example</link>
      <wp:wxr_version>1.2</wp:wxr_version>
      <item><title>Breakwater lights relit</title><wp:post_id>41</wp:post_id>
      <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
      <wp:post_name>breakwater-lights</wp:post_name>
      <wp:post_date>2026-11-02 18:30:00</wp:post_date>
      <wp:post_date_gmt>2026-11-02 17:30:00</wp:post_date_gmt>
      <category domain="category" nicename="harbour"><![CDATA[Harbour]]></category>
      <content:encoded><![CDATA[The green and red lamps shine again at the harbour mouth.]]>\
      </content:encoded></item>
      </channel></rss>
      """;

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
