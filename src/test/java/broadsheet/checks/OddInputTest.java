package broadsheet.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No rule or repair throws on odd text, and none takes long on a large one. */
class OddInputTest {
  private static void survives(String headline, String body, String html) {
    Copy copy = new Copy(headline, headline, body, html, body, body, body, null, List.of(body));
    assertThatCode(() -> EditorialChecks.find(copy, RulesTest.SITE)).doesNotThrowAnyException();
    assertThatCode(() -> EditorialChecks.repair(body)).doesNotThrowAnyException();
  }

  @Test
  void emptyAndNullFields() {
    survives("", "", "");
    Copy nothing = new Copy(null, null, null, null, null, null, null, null, null);
    assertThat(EditorialChecks.find(nothing, RulesTest.SITE))
        .extracting(Finding::rule)
        .containsExactly("empty-standfirst");
  }

  @Test
  void everyUnicodePlaneAndLoneSurrogates() {
    StringBuilder s = new StringBuilder();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += 0x3FF) {
      s.appendCodePoint(cp);
    }
    s.append('\uD800').append("**").append('\uDC00').append("**&amp;#x1F600;").append('\uDBFF');
    String text = s.toString();
    survives(text, text, "<p>" + text + "</p>");
  }

  @Test
  void unbalancedAndBrokenHtml() {
    for (String html :
        List.of(
            "<p><b>**open",
            "</p></div>**x**<",
            "<p a=\"**b**>**c**</p>",
            "<pre><code>**x**",
            "[a](",
            "&amp;#;&amp;#x;&amp;#99999999;&amp;zzzz;&",
            "<<<>>>[[[(((“““")) {
      survives(html, html, html);
    }
  }

  @Test
  void fiveMegabytesOfAwkwardTextInLinearTime() {
    String chunk = "<p>**a** *b __c ](x) [y &amp;#8217; &lt;p (“ ’s Russias\n# h ";
    String big = chunk.repeat(5_000_000 / chunk.length());
    long started = System.nanoTime();
    survives(big, big, big);
    String stars = "*".repeat(5_000_000);
    survives(stars, stars, "<p>" + stars + "</p>");
    String underscores = "_a".repeat(2_500_000);
    survives(underscores, underscores, underscores);
    // A pattern that backtracks would take hours here; a linear scan takes seconds (a minute
    // is allowed for a machine busy with other builds).
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(60_000);
  }
}
