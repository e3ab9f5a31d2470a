package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyRendererTest {
  private final BodyRenderer renderer = new BodyRenderer();

  @Test
  void boldQuotedSentencesAndCurlyQuotesSurviveAsWritten() {
    String html = renderer.render("It was **“a quoted sentence.”** The mayor’s “plan” won.");
    assertThat(html)
        .contains("<strong>“a quoted sentence.”</strong>")
        .contains("mayor’s “plan” won")
        .doesNotContain("**", "&#");
  }

  @Test
  void tablesAndAutolinksRender() {
    String html =
        renderer.render(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://www.aldermere.gov.example/x now.");
    assertThat(html).contains("<table>", "<th>a</th>", "<td>2</td>");
    assertThat(html).contains("<a href=\"https://www.aldermere.gov.example/x\"");
  }

  @Test
  void scriptHandlersJavascriptUrlsAndIframesAreRemoved() {
    String html =
        renderer.render(
            "<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\" alt=\"x\">\n\n"
                + "[click](javascript:alert(3)) <a href=\"JaVaScRiPt:alert(4)\">b</a>\n\n"
                + "<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object>"
                + "<p style=\"background:url(x)\" onclick=\"x()\">text</p>");
    assertThat(html.toLowerCase())
        .doesNotContain(
            "<script", "onerror", "javascript:", "<iframe", "<object", "onclick", "style=");
    assertThat(html).contains("text");
  }

  @Test
  void aVideoLinkOnItsOwnBecomesAnEmbedMarkerAndNothingElseDoes() {
    String html = renderer.render("Before.\n\nhttps://www.youtube.com/watch?v=abc_123\n\nAfter.");
    assertThat(html).contains("<figure class=\"embed\" data-embed=\"youtube:abc_123\">");
    String inline = renderer.render("Watch https://www.youtube.com/watch?v=abc_123 here.");
    assertThat(inline).doesNotContain("data-embed");
    String forged = renderer.render("<figure class=\"embed\" data-embed=\"evil:<x>\">x</figure>");
    assertThat(forged).doesNotContain("data-embed");
  }

  @Test
  void embedsExpandToAPlaceholderOrThePlayerByConsent() {
    String html = renderer.render("https://vimeo.com/12345");
    assertThat(Embeds.expand(html, false, "/a/b"))
        .contains("embed-placeholder")
        .doesNotContain("<iframe");
    assertThat(Embeds.expand(html, true, "/a/b"))
        .contains("<iframe src=\"https://player.vimeo.com/video/12345?dnt=1\"");
  }

  @Test
  void headingsSitBelowThePageTitleWithoutSkippedLevels() {
    assertThat(renderer.render("### First\n\n##### Deeper\n\n### Again\n\n# Top"))
        .isEqualTo("<h2>First</h2>\n<h3>Deeper</h3>\n<h2>Again</h2>\n<h2>Top</h2>\n");
    assertThat(renderer.render("## Kept\n\n### As written"))
        .isEqualTo("<h2>Kept</h2>\n<h3>As written</h3>\n");
  }

  @Test
  void obsoleteElementsBecomeTheirModernForms() {
    assertThat(BodyRenderer.sanitize("<p><strike>old</strike> <tt>x</tt> <big>y</big></p>"))
        .isEqualTo("<p><s>old</s> <code>x</code> y</p>");
  }
}
