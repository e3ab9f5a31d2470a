package broadsheet.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The certain repairs: what they change, what they leave, and that they change it once. */
class RepairsTest {
  @Test
  void leakedEmphasisInHtmlBecomesStrongAndEm() {
    String body =
        "<p>It was not a proposal that **“automatically paves the way for peace.”** and *not*"
            + " final.</p>\n\n<p>Second __block__ here.</p>\n";
    var repaired = EditorialChecks.repair(body);
    assertThat(repaired.body())
        .isEqualTo(
            "<p>It was not a proposal that <strong>“automatically paves the way for peace.”"
                + "</strong> and <em>not</em> final.</p>\n\n<p>Second <strong>block</strong>"
                + " here.</p>\n");
    assertThat(repaired.rules()).containsExactly("raw-markdown");
    assertThat(EditorialChecks.repair(repaired.body()).changed()).isFalse();
  }

  @Test
  void doubleEncodedEntitiesAreDecodedOnce() {
    var repaired =
        EditorialChecks.repair("<p>The mayor&amp;#8217;s &amp;quot;plan&amp;quot; &amp; more</p>");
    assertThat(repaired.body()).isEqualTo("<p>The mayor&#8217;s &quot;plan&quot; &amp; more</p>");
    assertThat(repaired.rules()).containsExactly("visible-markup");
  }

  @Test
  void markdownBlocksTagsAndCodeAreNeverTouched() {
    String body =
        "Written **in Markdown** here.\n\n<p><a href=\"/x?a=**b**\">link</a>"
            + " <code>**literal**</code> 2*3*4</p>\n";
    assertThat(EditorialChecks.repair(body).body()).isEqualTo(body);
  }

  @Test
  void repairedCopyChecksClean() {
    String body = "<p>Said **“no deal.”** today, the mayor&amp;#8217;s aide added.</p>\n";
    String repaired = EditorialChecks.repair(body).body();
    var rendered = RulesTest.RENDERER.render(repaired);
    var copy =
        new Copy(
            "Talks end", "No deal.", repaired, rendered, "", "", "", null, java.util.List.of());
    assertThat(EditorialChecks.find(copy, RulesTest.SITE)).isEmpty();
  }
}
