package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.MediaSettings;
import broadsheet.store.Database;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With --media-base-url, pages link uploaded images at that address (a CDN or the bucket) instead
 * of /media/; the store keeps /media/ addresses, and other images are linked as they are.
 */
class MediaBaseUrlTest {
  private static final String HASH = "ab".repeat(32);

  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(MediaBaseUrlTest::paperWithUploads)
          .configured(
              c ->
                  c.withMedia(
                      new MediaSettings(
                          c.media().location(), c.media().access(), "https://cdn.example/m")));

  private static void paperWithUploads(Database db) {
    Fixtures.smallPaper(db);
    db.jdbi()
        .useHandle(
            h -> {
              h.execute("UPDATE articles SET image_url = ?", "/media/" + HASH + "-800.jpg");
              h.execute(
                  "UPDATE articles SET body_html = ? WHERE slug = ?",
                  "<p>Before.</p><p><img src=\"/media/"
                      + HASH
                      + "-400.jpg\" alt=\"A harbour\"></p><p><img src=\"/static/logo.png\""
                      + " alt=\"Logo\"></p>",
                  "world-story-1");
            });
  }

  @Test
  void articlePagesLinkFeaturedAndBodyImagesAtTheBaseUrl() {
    Document page = Jsoup.parse(site.get("/world/world-story-1").body());
    var featured = page.selectFirst("figure.featured img");
    assertThat(featured.attr("src")).isEqualTo("https://cdn.example/m/" + HASH + "-800.jpg");
    assertThat(featured.attr("srcset"))
        .isEqualTo(
            "https://cdn.example/m/"
                + HASH
                + "-400.jpg 400w, https://cdn.example/m/"
                + HASH
                + "-800.jpg 800w");
    assertThat(page.select(".body img").eachAttr("src"))
        .containsExactly("https://cdn.example/m/" + HASH + "-400.jpg", "/static/logo.png");
    assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo("https://cdn.example/m/" + HASH + "-800.jpg");
    assertThat(page.select("script[type=application/ld+json]").html())
        .contains("https://cdn.example/m/" + HASH + "-800.jpg")
        .doesNotContain("/media/");
  }

  @Test
  void theHomePageLeadIsLinkedAtTheBaseUrlToo() {
    Document home = Jsoup.parse(site.get("/").body());
    assertThat(home.selectFirst(".lead img").attr("src"))
        .isEqualTo("https://cdn.example/m/" + HASH + "-800.jpg");
    assertThat(home.html()).doesNotContain("\"/media/");
  }
}
