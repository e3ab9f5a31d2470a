package broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every page type passes the Nu HTML Checker and has the structure assistive technology needs. */
class HtmlValidityTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  /** Path and the consent cookie to send with it ("" for none). */
  static List<String[]> pages() {
    return List.of(
        new String[] {"/", ""},
        new String[] {"/", "consent=v1-a0-m0-e0"},
        new String[] {"/world", ""},
        new String[] {"/world?page=2", ""},
        new String[] {"/city", ""},
        new String[] {"/harbour", ""},
        new String[] {"/world/world-story-1", ""},
        new String[] {"/city/tram-line-opens", ""},
        new String[] {"/city/tram-line-opens", "consent=v1-a0-m0-e1"},
        new String[] {"/tag/trams", ""},
        new String[] {"/author/ada-quill", ""},
        new String[] {"/page/about", ""},
        new String[] {"/consent?back=/world", ""},
        new String[] {"/no-such-page", ""},
        new String[] {"/city/withdrawn-story", ""},
        new String[] {"/world?page=0", ""});
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("pages")
  void passesTheHtmlCheckerWithLandmarksAndLabels(String path, String cookie) {
    String html =
        cookie.isEmpty() ? site.get(path).body() : site.get(path, "Cookie", cookie).body();
    assertThat(HtmlChecker.errors(html)).as(path).isEmpty();

    Document doc = Jsoup.parse(html);
    assertThat(doc.selectFirst("html").attr("lang")).isNotBlank();
    assertThat(doc.select("a.skip-link[href=#main]")).hasSize(1);
    assertThat(doc.select("main#main")).hasSize(1);
    assertThat(doc.select("header")).isNotEmpty();
    assertThat(doc.select("nav")).isNotEmpty();
    assertThat(doc.select("footer")).isNotEmpty();
    assertThat(doc.select("h1")).hasSize(1);
    for (Element img : doc.select("img")) {
      assertThat(img.hasAttr("alt")).as(img.outerHtml()).isTrue();
    }
    for (Element input : doc.select("input:not([type=hidden]), select, textarea")) {
      assertThat(doc.select("label[for=" + input.id() + "]")).as(input.outerHtml()).hasSize(1);
    }
    for (Element button : doc.select("button")) {
      assertThat(button.text()).isNotBlank();
    }
  }
}
