package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptionShortcodeTest {

  @Test
  void aPictureWithPlainTextIsReadAsTheParserReadsIt() {
    for (String inner :
        List.of(
            "<img src=\"https://a.example/a.jpg\" alt=\"A quay\" width=\"800\" /> The quay.",
            "\n<img class=\"size-full wp-image-9  \" alt=\"\" src=\"https://a.example/b.png\"> "
                + "Caf\u00e9 \u201cn\u00b0 1\u201d, it's late ",
            "<a href=\"https://a.example/big.jpg\" rel=\"lightbox\"><img\nsrc=\"https://a.example/a.jpg\""
                + "\n/></a>",
            "<img src=\"https://a.example/a.jpg\">")) {
      assertThat(CaptionShortcode.plain(inner)).as(inner).isEqualTo(CaptionShortcode.parsed(inner));
    }
    assertThat(CaptionShortcode.plain("<img src=\"https://a.example/a.jpg\" /> The quay."))
        .isEqualTo(
            new CaptionShortcode.Parts("<img src=\"https://a.example/a.jpg\">", "The quay."));
  }

  @Test
  void anythingTheParserWouldWriteOtherwiseIsLeftToIt() {
    for (String inner :
        List.of(
            "<img src=\"https://a.example/a.jpg\"> A &amp; B",
            "<img src=\"https://a.example/a.jpg\"> <em>Marked</em> up",
            "<img src=\"https://a.example/a.jpg\"> Two  spaces",
            "<img src=\"https://a.example/a.jpg\"> A line\nend",
            "<img src='https://a.example/a.jpg'> Single quotes",
            "<img src=\"a\" alt=\"x\" alt=\"y\"> A repeated attribute",
            "<img src=\"a\" ismap=\"ismap\"> A boolean attribute",
            "<IMG SRC=\"a\"> Capitals",
            "<a href=\"https://a.example\"> <img src=\"a\"></a> A space in the link",
            "<img src=\"a\"></a> A link's end alone",
            "Text first <img src=\"a\">")) {
      assertThat(CaptionShortcode.plain(inner)).as(inner).isNull();
      assertThat(CaptionShortcode.parsed(inner)).as(inner).isNotNull();
    }
  }

  @Test
  void theFigureTakesTheCaptionAttributeAndAnAlignment() {
    assertThat(
            CaptionShortcode.figure(
                Map.of("align", "alignright", "caption", "Said \"so\""),
                "<img src=\"https://a.example/a.jpg\"> ignored"))
        .isEqualTo(
            "<figure class=\"wp-caption alignright\"><img src=\"https://a.example/a.jpg\">"
                + "<figcaption>Said &quot;so&quot;</figcaption></figure>");
    assertThat(CaptionShortcode.figure(Map.of(), "No picture")).isEqualTo("<p>No picture</p>");
  }
}
