package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revisions, comparison, restore, corrections, and the preview host. */
class HistoryAndPreviewTest {
  private static final String PREVIEW = "preview.test";

  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(Fixtures::smallPaper).configured(c -> c.withPreviewHost(PREVIEW));

  @Test
  void everySaveKeepsARevisionThatCanBeComparedAndRestored() {
    Staff editor = Staff.signedIn(site, "reviser@test.example", "editor");
    long id = WorkflowTest.write(editor, "Council vote tonight");
    Map<String, String> second = WorkflowTest.article("Council vote delayed");
    second.put("body", "The first paragraph of the delayed vote.\n\nIt was **“quoted.”**");
    assertThat(editor.post("/admin/articles/" + id, second).statusCode()).isEqualTo(303);

    Document history = Jsoup.parse(editor.get("/admin/articles/" + id + "/history").body());
    var revisions = history.select("input[name=a]").eachAttr("value");
    assertThat(revisions).hasSize(2);
    String newer = revisions.get(0);
    String older = revisions.get(1);

    HttpResponse<String> compare =
        editor.get("/admin/articles/" + id + "/compare?a=" + older + "&b=" + newer);
    assertThat(HtmlChecker.errors(compare.body())).isEmpty();
    Document diff = Jsoup.parse(compare.body());
    assertThat(diff.select("del").eachText()).contains("tonight");
    assertThat(diff.select("ins").eachText()).contains("delayed");

    assertThat(
            editor
                .post("/admin/articles/" + id + "/restore", Map.of("revision", older))
                .statusCode())
        .isEqualTo(303);
    assertThat(editor.get("/admin/articles/" + id).body())
        .contains("value=\"Council vote tonight\"");
    assertThat(
            Jsoup.parse(editor.get("/admin/articles/" + id + "/history").body())
                .select("input[name=a]"))
        .hasSize(3);
  }

  @Test
  void aCorrectionAppearsOnThePageWithItsTimeAndMovesDateModified() throws Exception {
    Staff editor = Staff.signedIn(site, "corrector@test.example", "editor");
    long id = WorkflowTest.write(editor, "Ferry fares rise");
    WorkflowTest.move(editor, id, "published");
    String before = ldDateModified(site.get("/city/ferry-fares-rise").body());
    site.clock().advance(Duration.ofMinutes(1));
    HttpResponse<String> added =
        editor.post(
            "/admin/articles/" + id + "/corrections",
            Map.of("kind", "correction", "text", "The rise is 5 per cent, not 50."));
    assertThat(added.statusCode()).isEqualTo(303);
    String page = site.get("/city/ferry-fares-rise").body();
    Document doc = Jsoup.parse(page);
    assertThat(doc.selectFirst("section.corrections").text())
        .contains("The rise is 5 per cent, not 50.");
    assertThat(doc.select("section.corrections time[datetime]")).hasSize(1);
    assertThat(ldDateModified(page)).isGreaterThan(before);
  }

  @Test
  void thePreviewHostShowsDraftsToStaffAndLinkHoldersOnlyNeverIndexed() throws IOException {
    Staff author = Staff.signedIn(site, "previewer@test.example", "author");
    long id = WorkflowTest.write(author, "Secret harbour deal");
    String path = "/city/secret-harbour-deal";
    assertThat(site.get(path).statusCode()).isEqualTo(404);

    assertThat(raw(path, null))
        .startsWith("HTTP/1.1 404")
        .containsIgnoringCase("X-Robots-Tag: noindex");
    String staffView = raw(path, "newsroom_session=" + author.cookie("newsroom_session"));
    assertThat(staffView)
        .startsWith("HTTP/1.1 200")
        .containsIgnoringCase("X-Robots-Tag: noindex")
        .contains("preview-ribbon", "Secret harbour deal");
    String html = staffView.substring(staffView.indexOf("<!DOCTYPE"));
    assertThat(HtmlChecker.errors(html)).isEmpty();

    author.post("/admin/articles/" + id + "/preview-links", Map.of());
    Document editor = Jsoup.parse(author.get("/admin/articles/" + id).body());
    String link = editor.selectFirst("#preview-links code").text();
    String query = link.substring(link.indexOf(path));
    assertThat(raw(query, null)).startsWith("HTTP/1.1 200").contains("Secret harbour deal");
    assertThat(raw(query.substring(0, query.length() - 2) + "xx", null)).startsWith("HTTP/1.1 404");
    assertThat(raw("/city/tram-line-opens" + query.substring(query.indexOf('?')), null))
        .startsWith("HTTP/1.1 404");
    // The public host ignores preview links entirely.
    assertThat(site.get(query).statusCode()).isEqualTo(404);

    String linkId =
        editor
            .selectFirst("#preview-links form[action*=revoke]")
            .attr("action")
            .replaceAll(".*/preview-links/([0-9]+)/revoke", "$1");
    assertThat(
            author
                .post("/admin/articles/" + id + "/preview-links/" + linkId + "/revoke", Map.of())
                .statusCode())
        .isEqualTo(303);
    assertThat(raw(query, null)).startsWith("HTTP/1.1 404");
  }

  /**
   * The preview host grants what the newsroom grants: a contributor sees their own draft there but
   * not a colleague's (which the newsroom refuses them too), an editor sees every draft, and a
   * preview link opens the draft for anyone holding it. Preview pages send no referrer.
   */
  @Test
  void thePreviewHostGrantsWhatTheNewsroomGrants() throws IOException {
    Staff writer = Staff.signedIn(site, "preview-writer@test.example", "contributor");
    Staff other = Staff.signedIn(site, "preview-other@test.example", "contributor");
    Staff author = Staff.signedIn(site, "preview-author@test.example", "author");
    Staff editor = Staff.signedIn(site, "preview-desk@test.example", "editor");
    long id = WorkflowTest.write(writer, "Draft only its writer sees");
    String path = "/city/draft-only-its-writer-sees";

    assertThat(other.get("/admin/articles/" + id).statusCode()).isEqualTo(403);
    for (Staff refused : new Staff[] {other, author}) {
      assertThat(raw(path, "newsroom_session=" + refused.cookie("newsroom_session")))
          .startsWith("HTTP/1.1 404")
          .doesNotContain("Draft only its writer sees");
    }
    for (Staff allowed : new Staff[] {writer, editor}) {
      assertThat(raw(path, "newsroom_session=" + allowed.cookie("newsroom_session")))
          .startsWith("HTTP/1.1 200")
          .containsIgnoringCase("Referrer-Policy: no-referrer\r\n")
          .contains("Draft only its writer sees");
    }

    editor.post("/admin/articles/" + id + "/preview-links", Map.of());
    String link =
        Jsoup.parse(editor.get("/admin/articles/" + id).body())
            .selectFirst("#preview-links code")
            .text();
    String query = link.substring(link.indexOf(path));
    for (String cookie :
        new String[] {null, "newsroom_session=" + other.cookie("newsroom_session")}) {
      assertThat(raw(query, cookie))
          .startsWith("HTTP/1.1 200")
          .containsIgnoringCase("Referrer-Policy: no-referrer\r\n")
          .contains("Draft only its writer sees");
    }
    assertThat(raw("/", null)).containsIgnoringCase("Referrer-Policy: no-referrer\r\n");
  }

  @Test
  void unpublishedWorkIsAbsentFromEveryPublicSurface() {
    Staff author = Staff.signedIn(site, "quiet@test.example", "author");
    WorkflowTest.write(author, "Unannounced tram closure");
    for (String path :
        new String[] {
          "/",
          "/city",
          "/tag/trams",
          "/tag/workflow",
          "/feed.xml",
          "/atom.xml",
          "/city/feed.xml",
          "/sitemap.xml",
          "/news-sitemap.xml",
          "/city/tram-line-opens",
          "/harbour/ferry-timetable"
        }) {
      HttpResponse<String> response = site.get(path);
      assertThat(response.body())
          .as(path)
          .doesNotContain("Unannounced tram closure", "unannounced-tram-closure");
    }
  }

  private static String ldDateModified(String html) {
    String ld = Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data();
    return ld.replaceAll(".*\"dateModified\":\"([^\"]+)\".*", "$1");
  }

  /** The JDK's client will not send our own Host header, so speak HTTP by hand. */
  private static String raw(String path, String cookie) throws IOException {
    try (Socket socket = new Socket("localhost", site.app().port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + PREVIEW
                  + "\r\nConnection: close\r\n"
                  + (cookie == null ? "" : "Cookie: " + cookie + "\r\n")
                  + "\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
