package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** WordPress bodies as Broadsheet stores them: paragraphs made, old markup made current. */
class WordPressContentTest {
  private final WordPressContent content =
      new WordPressContent(
          new WordPressContent.Media() {
            @Override
            public WordPressContent.Attachment byId(String id) {
              return null;
            }

            @Override
            public List<WordPressContent.Attachment> children(String postId) {
              return List.of();
            }
          },
          shortcode -> {});

  @Test
  void blankLinesSeparateParagraphsAndSingleBreaksStayInside() {
    // A line of spaces and tabs is blank too, as in WordPress.
    assertThat(WordPressContent.autop("One\nline\n \t\nTwo\n\n\nThree"))
        .isEqualTo("<p>One<br>\nline</p>\n\n<p>Two</p>\n\n<p>Three</p>\n\n");
  }

  @Test
  void blockElementsStandAloneWhereverTheyAreWritten() {
    assertThat(WordPressContent.autop("Intro<blockquote>Quote</blockquote>After"))
        .isEqualTo("<p>Intro</p>\n\n<blockquote>Quote</blockquote>\n\n<p>After</p>\n\n");
    assertThat(WordPressContent.autop("<DIV>x</DIV>y <em>z</em>"))
        .isEqualTo("<DIV>x</DIV>\n\n<p>y <em>z</em></p>\n\n");
  }

  @Test
  void preformattedTextAndStrayBracketsAreLeftAsWritten() {
    assertThat(WordPressContent.autop("<pre>a\n\nb</pre>\nText"))
        .isEqualTo("<pre>a\n\nb</pre>\n\n<p>Text</p>\n\n");
    assertThat(WordPressContent.autop("a < b and c>d\n\nx <unclosed"))
        .isEqualTo("<p>a < b and c>d</p>\n\n<p>x <unclosed</p>\n\n");
  }

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
}
