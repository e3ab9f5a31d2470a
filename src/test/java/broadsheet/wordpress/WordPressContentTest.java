package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.content.BodyRenderer;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** WordPress bodies as Broadsheet stores them: paragraphs made, old markup made current. */
class WordPressContentTest {
  private final WordPressContent content = new WordPressContent(new NoMedia(), shortcode -> {});

  @Test
  void oldCaptionListsBecomeFiguresAndTermListsParagraphs() {
    var captioned =
        content.convert(
            "<dl class=\"wp-caption alignright\"><dt><img src=\"https://pictures.example/harbour.jpg\""
                + " alt=\"The harbour\"></dt><dd>Boats at dawn</dd></dl>\n\nAfter the storm.",
            "1");
    assertThat(captioned.html())
        .isEqualTo(
            "<figure>\n<img src=\"https://pictures.example/harbour.jpg\" alt=\"The harbour\" />\n"
                + "<figcaption>Boats at dawn</figcaption>\n</figure>\n<p>After the storm.</p>\n");
    assertThat(content.convert("<dl><dt>Term</dt><dt>Other</dt></dl>", "2").html())
        .isEqualTo("<div>\n<p>Term</p>\n<p>Other</p>\n</div>\n");
  }

  @Test
  void wellFormedBlocksAreKeptAsTheSanitiserWroteThem() {
    var body =
        content.convert(
            "Say \"hi\" & go.\n\n<blockquote>Quoted <b>words</b></blockquote>\n\n"
                + "[caption id=\"\" width=\"300\"]<img src=\"https://pictures.example/a.jpg\""
                + " alt=\"A quay\"> The quay[/caption]",
            "3");
    // The sanitiser's own escapes, not the parser's: the text was cut, not written again.
    assertThat(body.markdown())
        .startsWith(
            "<p>Say &#34;hi&#34; &amp; go.</p>\n\n<blockquote>Quoted <b>words</b></blockquote>");
    assertThat(body.html()).doesNotContain("\n\n").contains("<figcaption>The quay</figcaption>");
    assertStable(body);
  }

  @Test
  void markupTheParserRenestsTakesTheFullWay() {
    // Each was found by a generator of random bodies: the sanitiser writes these nested in a way
    // a browser's parser changes (a paragraph around a figure), so they cannot be cut from its
    // text.
    for (String html :
        List.of(
            "<p><span>s</span><blockquote></ul><video src=\"http://v/x.mp4\"></video>"
                + "<img src=\"http://x/a.png\"><!-- /wp:paragraph --></ul><center>c</center>"
                + "&nbsp;<a href=\"javascript:x\">j</a><table><tr><td>c</td></tr></table><h1>H</h1>"
                + "<h4>h</h4><div><video src=\"http://v/x.mp4\"></video><p class=\"x\"><b>"
                + "<img src=\"http://x/a.png\"><figure class=\"embed\">f</figure>>  &nbsp;</ul>",
            "<h2>x<div><div>\"q\" text </b><br><!-- /wp:paragraph --><p><h1>H</h1>"
                + "<p class=\"x\"><b><em>x</em>'a' <span>s</span><strong>s</strong>><p>"
                + "<figure class=\"embed\">f</figure>",
            // The sanitiser leaves space between the items of a list it had to close itself,
            // and drops it when the source is rendered.
            "<li><div><li>x</li></div></li><a href=\"http://z\"></ol><li>loose</li>\n")) {
      assertStable(content.convert(html, "4"));
    }
  }

  /**
   * What the newsroom's editor makes of the source is the stored HTML, and a browser reads that as
   * it is written: parsed, written out again and sanitised, nothing moves.
   */
  private static void assertStable(WordPressContent.Body body) {
    assertThat(new BodyRenderer().render(body.markdown())).isEqualTo(body.html());
    var reparsed = Jsoup.parseBodyFragment(body.html());
    reparsed.outputSettings().prettyPrint(false);
    assertThat(BodyRenderer.sanitize(reparsed.body().html())).isEqualTo(body.html());
  }
}
