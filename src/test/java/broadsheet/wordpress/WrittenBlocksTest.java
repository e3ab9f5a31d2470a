package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class WrittenBlocksTest {

  @Test
  void blocksAreCutWhereTheyAreWritten() {
    String html =
        "<h2 id=\"x\">A <em>head</em></h2>\n<p>Say &#34;hi&#34; <a href=\"https://a.example/?q&#61;1\""
            + " rel=\"nofollow\">here</a><br />now</p>\n\n"
            + "<ul><li>one <b>1</b></li><li><p>two</p><ul><li>deeper</li></ul></li></ul>"
            + "<figure class=\"wp-caption\"><img src=\"https://a.example/a.jpg\" alt=\"\" />"
            + "<figcaption>The quay</figcaption></figure>"
            + "<blockquote><p>Quoted</p><hr /><div>more</div></blockquote>"
            + "<p><audio controls=\"controls\" src=\"https://a.example/a.mp3\">"
            + "<source src=\"https://a.example/a.ogg\" /><a href=\"https://a.example/a.mp3\">x</a>"
            + "</audio></p>";

    List<String> blocks = WrittenBlocks.of(html);

    assertThat(blocks)
        .hasSize(6)
        .startsWith(
            "<h2 id=\"x\">A <em>head</em></h2>",
            "<p>Say &#34;hi&#34; <a href=\"https://a.example/?q&#61;1\" rel=\"nofollow\">here</a>"
                + "<br />now</p>");
    assertThat(String.join("", blocks)).isEqualTo(html.replace("\n", ""));
    assertReadAsWritten(html);
  }

  @Test
  void emptyParagraphsAreLeftOutAndDoubtfulOnesLeftToTheParser() {
    assertThat(WrittenBlocks.of("<p> \n</p><p><span> </span><br /></p><p>Kept</p>"))
        .containsExactly("<p>Kept</p>");
    assertThat(WrittenBlocks.of("<p><img src=\"https://a.example/a.jpg\" alt=\"\" /></p>"))
        .hasSize(1);
    assertThat(WrittenBlocks.of("<p>\u2026</p>")).isNull();
    assertThat(WrittenBlocks.of("<p>&#160;</p>")).isNull();
    assertThat(WrittenBlocks.of("<p>&amp; 1</p>")).hasSize(1);
    assertThat(WrittenBlocks.of("")).isEmpty();
  }

  @Test
  void whatAParserWouldReadOtherwiseIsNotCut() {
    for (String html :
        List.of(
            "<p>A <div>block</div> in a paragraph</p>",
            "<p>A rule <hr /> in a paragraph</p>",
            "<p><a href=\"https://a.example\">a <span><a href=\"https://b.example\">b</a></span></a></p>",
            "<h2>A <h3>heading</h3> in a heading</h2>",
            "<ul><li>a</li>\n</ul>",
            "<ul><p>not an item</p></ul>",
            "<div><li>an item outside a list</li></div>",
            "<ul><li><div><li>an item in an item</li></div></li></ul>",
            "<p><b>bold <i>across</b> ends</i></p>",
            "<p>never closed",
            "<p>closed twice</p></p>",
            "loose text<p>then a paragraph</p>",
            "<table><tr><td>a cell</td></tr></table>",
            "<pre>\nfirst line</pre>",
            "<dl><dt>a</dt><dd>b</dd></dl>",
            "<p>an <span />empty span</p>",
            "<p class=x>unquoted</p>",
            "<P>upper case</P>",
            "<p>a <!-- comment --></p>",
            "<li>a top-level item</li>",
            "<hr />",
            "<p>" + "<span>".repeat(60) + "deep" + "</span>".repeat(60) + "</p>")) {
      assertThat(WrittenBlocks.of(html)).as(html).isNull();
    }
  }

  /** The parser's tree, written out, is the text itself: every tag was read as written. */
  private static void assertReadAsWritten(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    assertThat(doc.body().html().replace("\n", ""))
        .isEqualTo(
            html.replace("\n", "")
                .replace("&#34;", "\"")
                .replace("&#61;", "=")
                .replace(" />", ">"));
  }
}
