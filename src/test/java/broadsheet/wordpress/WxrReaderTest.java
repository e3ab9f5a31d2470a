package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports as WordPress wrote them over the years: stray ampersands, other encodings. */
class WxrReaderTest {
  private static String export(String encoding, String title, String link) {
    return "<?xml version=\"1.0\" encoding=\""
        + encoding
        + "\"?>\n<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n"
        + "<title>Old site</title><wp:wxr_version>1.2</wp:wxr_version>\n"
        + "<item><title>"
        + title
        + "</title><link>"
        + link
        + "</link><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>\n"
        + "<content:encoded><![CDATA[Tea & cake, <b>é</b> & ü]]></content:encoded></item>\n"
        + "</channel>\n</rss>\n";
  }

  private static List<Wxr.Item> items(byte[] file, List<WxrReader.Summary> summary)
      throws IOException {
    List<Wxr.Item> items = new ArrayList<>();
    summary.add(
        WxrReader.read(
            new ByteArrayInputStream(file),
            new Wxr.Handler() {
              @Override
              public void item(Wxr.Item item) {
                items.add(item);
              }
            }));
    return items;
  }

  @Test
  void strayAmpersandsOutsideSectionsAreRepairedAndCounted() throws Exception {
    String xml =
        export("UTF-8", "Fish &amp; chips &#38; more", "https://old.example/?p=7&preview=true");
    List<WxrReader.Summary> summary = new ArrayList<>();
    Wxr.Item item = items(xml.getBytes(StandardCharsets.UTF_8), summary).getFirst();

    assertThat(item.title()).isEqualTo("Fish & chips & more");
    assertThat(item.link()).isEqualTo("https://old.example/?p=7&preview=true");
    // Inside CDATA an ampersand is text already, multi-byte letters and all.
    assertThat(item.content()).isEqualTo("Tea & cake, <b>é</b> & ü");
    assertThat(summary.getFirst().ampersandsRepaired()).isEqualTo(1);
    assertThat(summary.getFirst().firstRepairLine()).isEqualTo(5);
  }

  @Test
  void anExportInAnotherEncodingIsReadInIt() throws Exception {
    String xml = export("ISO-8859-1", "Café crème", "https://old.example/caf%C3%A9");
    Wxr.Item item = items(xml.getBytes(StandardCharsets.ISO_8859_1), new ArrayList<>()).getFirst();
    assertThat(item.title()).isEqualTo("Café crème");
    assertThat(item.content()).isEqualTo("Tea & cake, <b>é</b> & ü");
  }

  @Test
  void theRepairPassesEverythingElseThroughAcrossItsBuffers() throws Exception {
    // Long enough to cross the repair's buffer many times, with its cases at every offset.
    StringBuilder in = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      String plain = "<p a=\"x&amp;y\">é" + "z".repeat(i % 37) + "</p><!-- a & b --><?pi c & d?>";
      in.append(plain).append("<![CDATA[e & ]] f]]>g & h\n");
      expected.append(plain).append("<![CDATA[e & ]] f]]>g &amp; h\n");
    }
    StringWriter out = new StringWriter();
    new AmpersandRepair(new StringReader(in.toString())).transferTo(out);
    assertThat(out.toString()).isEqualTo(expected.toString());
  }

  @Test
  void bytesThatAreNotUtf8BecomeReplacementCharactersNotAFailure() throws Exception {
    // Old sites moved between database character sets leave such bytes in their exports.
    byte[] file =
        export("UTF-8", "Caf\u00e9", "https://old.example/").getBytes(StandardCharsets.ISO_8859_1);
    Wxr.Item item = items(file, new ArrayList<>()).getFirst();
    assertThat(item.title()).isEqualTo("Caf\ufffd");
    assertThat(item.content()).isEqualTo("Tea & cake, <b>\ufffd</b> & \ufffd");
  }
}
