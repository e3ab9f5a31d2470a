package broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.HtmlChecker;
import org.junit.jupiter.api.Test;

/** What text may hold, in and out, and sanitised bodies a parser reads as they are written. */
class CleanTextTest {
  @Test
  void controlsOfEveryRangeAndNoncharactersAreNotText() {
    assertThat(CleanText.line("a\u007fb\u0085c\u009fd\ufdd0e\ufdeff\ufffeg")).isEqualTo("abcdefg");
    // U+1FFFF is a noncharacter; U+1F7FE and U+1F600 are characters.
    assertThat(CleanText.line("x\ud83f\udfffy\ud83d\udffez\ud83d\ude00"))
        .isEqualTo("xy\ud83d\udffez\ud83d\ude00");
    assertThat(CleanText.firstForbidden("ok\u0085", true)).isEqualTo(2);
    assertThat(CleanText.output("a\u0001\tb\r\nc\u000bd\ud800")).isEqualTo("a\tb\r\ncd");
  }

  @Test
  void aQueryIsOneLine() {
    assertThat(CleanText.query("harbour\r\ndues\u0000\u0085x\ud800")).isEqualTo("harbour  duesx");
  }

  @Test
  void sanitisedHtmlThatAParserReadsAsWrittenIsKeptAsItIs() {
    String fine = "<p>Say &#34;hi&#34;</p>\n<figure><img src=\"/a.jpg\" alt=\"A\" /></figure>";
    assertThat(WellFormedHtml.of(fine)).isSameAs(fine);
  }

  @Test
  void bodiesComeOutValidWhateverTheirMarkup() {
    BodyRenderer renderer = new BodyRenderer();
    for (String markdown :
        new String[] {
          "<p>one <div>two</div> three</p>",
          "<audio src=x onerror=alert(1)>\n\n<video><source onerror=alert(1)></video>",
          "![a picture](javascript:alert(1))",
          "<img src=\"https://example.com/a.jpg\">",
          "<a href='https://example.com/\"onmouseover=\"x'>link</a>",
          "</p><img src=x onerror=alert(1)></div></div>"
        }) {
      String page =
          "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>"
              + renderer.render(markdown)
              + "</body></html>";
      assertThat(HtmlChecker.errors(page)).as(markdown).isEmpty();
    }
  }
}
