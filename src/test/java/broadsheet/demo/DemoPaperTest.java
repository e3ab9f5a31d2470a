package broadsheet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo paper seeds a real-looking newspaper in which every page type has content. */
class DemoPaperTest {
  @RegisterExtension
  static final RunningSite site = RunningSite.with(db -> DemoPaper.seed(db, Instant.now()));

  @Test
  void theIndexListsEveryArticleFileInTheFolder() throws IOException {
    Path folder = Path.of("src/main/resources/demo/articles");
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".md"))
              .sorted()
              .toList();
      assertThat(DemoPaper.articleFiles()).isEqualTo(names);
    }
  }

  @Test
  void atLeastFortyArticlesInAtLeastFiveSectionsWithSeveralAuthorsAndCorrections() {
    Document home = Jsoup.parse(site.get("/").body());
    assertThat(home.title()).startsWith("The Aldermere Gazette");
    assertThat(home.select("nav[aria-label=Sections] a")).hasSizeGreaterThanOrEqualTo(5);
    int articles = 0;
    for (String section :
        List.of("/world", "/city", "/politics", "/business", "/culture", "/sport")) {
      Document front = Jsoup.parse(site.get(section).body());
      int count = front.select("article.teaser").size();
      assertThat(count).as(section).isGreaterThanOrEqualTo(3);
      articles += count;
    }
    assertThat(articles).isGreaterThanOrEqualTo(40);
    String corrected = site.get("/politics/council-approves-kettle-point").body();
    assertThat(corrected).contains("corrections-title", "28 to 25");
  }

  @Test
  void everyPageTypeOfTheDemoIsValidHtml() {
    for (String path :
        List.of(
            "/",
            "/city",
            "/harbour",
            "/politics/council-approves-kettle-point",
            "/city/tram-consultation-record-response",
            "/tag/trams",
            "/author/nadia-okoro",
            "/page/about",
            "/page/privacy",
            "/page/contact")) {
      var response = site.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(HtmlChecker.errors(response.body())).as(path).isEmpty();
    }
  }

  @Test
  void featuredImagesAreServedWithTheirAltText() {
    Document article = Jsoup.parse(site.get("/harbour/harbour-berths-plan").body());
    var img = article.selectFirst("figure.featured img");
    assertThat(img.attr("alt")).contains("container cranes");
    var image = site.get(img.attr("src"));
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).contains("image/jpeg");
  }
}
