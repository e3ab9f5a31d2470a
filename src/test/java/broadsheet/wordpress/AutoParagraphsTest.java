package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WordPress's automatic paragraphs, as a classic post's body needs them. */
class AutoParagraphsTest {
  @Test
  void blankLinesSeparateParagraphsAndSingleBreaksStayInside() {
    // A line of spaces and tabs is blank too, as in WordPress.
    assertThat(AutoParagraphs.autop("One\nline\n \t\nTwo\n\n\nThree"))
        .isEqualTo("<p>One<br>\nline</p>\n\n<p>Two</p>\n\n<p>Three</p>\n\n");
  }

  @Test
  void blockElementsStandAloneWhereverTheyAreWritten() {
    assertThat(AutoParagraphs.autop("Intro<blockquote>Quote</blockquote>After"))
        .isEqualTo("<p>Intro</p>\n\n<blockquote>Quote</blockquote>\n\n<p>After</p>\n\n");
    assertThat(AutoParagraphs.autop("<DIV>x</DIV>y <em>z</em>"))
        .isEqualTo("<DIV>x</DIV>\n\n<p>y <em>z</em></p>\n\n");
  }

  @Test
  void preformattedTextAndStrayBracketsAreLeftAsWritten() {
    assertThat(AutoParagraphs.autop("<pre>a\n\nb</pre>\nText"))
        .isEqualTo("<pre>a\n\nb</pre>\n\n<p>Text</p>\n\n");
    assertThat(AutoParagraphs.autop("a < b and c>d\n\nx <unclosed"))
        .isEqualTo("<p>a < b and c>d</p>\n\n<p>x <unclosed</p>\n\n");
  }
}
