package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The article page of DESIGN §1, read as a browser and a crawler would read it. */
class ArticlePageTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static Document page(String path) {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body(), site.url(path));
  }

  @Test
  void titleIsHeadlineSectionSiteAndTheHeadlineIsTheOnlyH1() {
    Document doc = page("/world/world-story-3");
    assertThat(doc.title()).isEqualTo("World story number 3 | World | The Test Courier");
    assertThat(doc.select("h1")).hasSize(1);
    assertThat(doc.selectFirst("h1").text()).isEqualTo("World story number 3");
    assertThat(doc.selectFirst(".standfirst").text()).contains("summary of world story number 3");
  }

  @Test
  void bylineDatesImageTagsAndBreadcrumbs() {
    Document doc = page("/world/world-story-4");
    assertThat(doc.select(".byline a[href=/author/ada-quill]").text()).isEqualTo("Ada Quill");
    Element published = doc.selectFirst(".dates time");
    assertThat(OffsetDateTime.parse(published.attr("datetime"))).isNotNull();
    Element image = doc.selectFirst("figure.featured img");
    assertThat(image.attr("alt")).isEqualTo("The test paper's logo");
    assertThat(doc.selectFirst("figure.featured figcaption").text()).contains("Test desk");
    assertThat(doc.select(".tags a[href=/tag/diplomacy]")).hasSize(1);
    assertThat(doc.select(".breadcrumbs a").eachAttr("href")).containsExactly("/", "/world");
  }

  @Test
  void correctionsShowWithTheirDatesAndMoveTheUpdatedTime() {
    Document doc = page("/city/tram-line-opens");
    Element corrections = doc.selectFirst("section.corrections");
    assertThat(corrections.text()).contains("Correction", "wrong frequency");
    assertThat(corrections.select("time[datetime]")).hasSize(1);
    assertThat(doc.select(".dates time")).hasSize(2);
  }

  @Test
  void relatedListsThreeOtherPublishedArticlesInRankOrder() {
    Document doc = page("/world/world-story-6");
    var links = doc.select("#related a").eachAttr("href");
    assertThat(links).hasSize(3).doesNotContain("/world/world-story-6");
    assertThat(links).allMatch(l -> l.startsWith("/world/world-story-"));
    // Story 6 is tagged "Trade talks", as are stories 3, 9, 12 …: those share a tag, newest first.
    assertThat(links)
        .containsExactly("/world/world-story-3", "/world/world-story-9", "/world/world-story-12");
    assertThat(page("/city/tram-line-opens").select("#related a").eachAttr("href"))
        .doesNotContain("/city/secret-draft", "/city/withdrawn-story");
  }

  @Test
  void canonicalOpenGraphAndTwitterCard() {
    Document doc = page("/world/world-story-2");
    assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(site.url("/world/world-story-2"));
    assertThat(meta(doc, "og:site_name")).isEqualTo("The Test Courier");
    assertThat(meta(doc, "og:title")).isEqualTo("World story number 2 | World | The Test Courier");
    assertThat(meta(doc, "og:type")).isEqualTo("article");
    assertThat(meta(doc, "og:image")).startsWith("http://localhost:");
    assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
  }

  @Test
  void jsonLdIsANewsArticleWithTheFieldsSearchEnginesRead() throws Exception {
    Document doc = page("/world/world-story-2");
    JsonNode ld =
        new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.get("headline").asText()).isEqualTo("World story number 2");
    assertThat(OffsetDateTime.parse(ld.get("datePublished").asText())).isNotNull();
    assertThat(OffsetDateTime.parse(ld.get("dateModified").asText())).isNotNull();
    assertThat(ld.get("author").get(0).get("name").asText()).isEqualTo("Ada Quill");
    assertThat(ld.get("author").get(0).get("url").asText()).endsWith("/author/ada-quill");
    assertThat(ld.get("publisher").get("name").asText()).isEqualTo("The Test Courier");
    assertThat(ld.get("publisher").get("logo").get("url").asText()).contains("/static/logo.");
    assertThat(ld.get("image").get(0).asText()).startsWith("http://");
    assertThat(ld.get("mainEntityOfPage").get("@id").asText())
        .isEqualTo(site.url("/world/world-story-2"));
    assertThat(ld.get("articleSection").asText()).isEqualTo("World");
  }

  @Test
  void aBoldQuotedSentenceRendersStrongWithItsCurlyQuotes() {
    String html = site.get("/world/world-story-1").body();
    assertThat(html).contains("<strong>“a quoted sentence.”</strong>").doesNotContain("**");
  }

  @Test
  void aChildSectionsArticleHasTheParentInItsBreadcrumbs() {
    Document doc = page("/harbour/ferry-timetable");
    assertThat(doc.select(".breadcrumbs a").eachAttr("href"))
        .containsExactly("/", "/city", "/harbour");
    assertThat(doc.title()).isEqualTo("Ferry timetable changes | Harbour | The Test Courier");
  }

  private static String meta(Document doc, String property) {
    return doc.selectFirst("meta[property=" + property + "]").attr("content");
  }
}
