package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.content.BodyRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The conversion's fast paths against the full ways they stand in for, over generated bodies: the
 * automatic-paragraph scanner against the patterns it replaced, {@link WrittenBlocks} against
 * parsing, writing out and sanitising again, and {@link CaptionShortcode}'s reading against jsoup's
 * own (so a jsoup that writes an attribute otherwise shows here). The suite runs a thousand bodies;
 * {@code bench/differential/run} runs as many as it is asked ({@code
 * -Dbroadsheet.differential.cases=N}, and {@code .seed=S} for other bodies).
 */
class FastPathsDifferentialTest {
  private static final int CASES = Integer.getInteger("broadsheet.differential.cases", 1_000);
  private static final long SEED = Long.getLong("broadsheet.differential.seed", 20261204L);

  @Test
  void theParagraphScannerAgreesWithThePatterns() {
    GeneratedBodies bodies = new GeneratedBodies(SEED);
    for (int i = 0; i < CASES; i++) {
      for (String text : List.of(bodies.classic(), bodies.soup())) {
        same(AutoParagraphs.autop(text), autop(text), i, text);
      }
    }
  }

  @Test
  void blocksCutAsWrittenAreWhatTheFullWayMakes() {
    GeneratedBodies bodies = new GeneratedBodies(SEED + 1);
    int cut = 0;
    int tried = 0;
    for (int i = 0; i < CASES; i++) {
      for (String html :
          List.of(bodies.blocks(), AutoParagraphs.autop(bodies.classic()), bodies.soup())) {
        String sanitized = BodyRenderer.sanitize(html);
        WordPressContent.Body fast = Tidying.cut(sanitized);
        tried++;
        if (fast != null) {
          cut++;
          // The same HTML; the Markdown source keeps the sanitiser's escapes, the full way jsoup's.
          same(fast.html(), Tidying.parsed(sanitized).html(), i, html);
        }
      }
    }
    // The check means something only where the fast way is taken, as it is for most bodies.
    assertThat(cut).as("bodies cut as written, of " + tried).isGreaterThan(tried / 4);
  }

  @Test
  void captionsReadOffTheTextAreWhatTheParserMakes() {
    GeneratedBodies bodies = new GeneratedBodies(SEED + 2);
    int read = 0;
    for (int i = 0; i < CASES * 5; i++) {
      String inner = bodies.captionInner();
      CaptionShortcode.Parts fast = CaptionShortcode.plain(inner);
      if (fast != null) {
        read++;
        same(fast, CaptionShortcode.parsed(inner), i, inner);
      }
    }
    assertThat(read).as("captions read off the text").isGreaterThan(CASES / 4);
  }

  /**
   * Every attribute name of HTML, with the values that make jsoup write a boolean attribute by its
   * name alone: a jsoup that counts one more attribute as boolean fails here, whatever the caption
   * reader's own list says.
   */
  @Test
  void everyAttributeOfHtmlIsWrittenAsTheParserWritesIt() {
    for (String name : GeneratedBodies.ATTRIBUTE_NAMES) {
      for (String value : List.of(name, "", "x")) {
        for (String inner :
            List.of(
                "<img src=\"https://a.example/a.jpg\" " + name + "=\"" + value + "\"> A quay",
                "<a href=\"https://a.example/\" "
                    + name
                    + "=\""
                    + value
                    + "\">"
                    + "<img src=\"https://a.example/a.jpg\"></a> A quay")) {
          CaptionShortcode.Parts fast = CaptionShortcode.plain(inner);
          if (fast != null) {
            assertThat(fast).as(inner).isEqualTo(CaptionShortcode.parsed(inner));
          }
        }
      }
    }
  }

  /** The fast way's result is the full way's; a difference names the input and its case. */
  private static void same(Object fast, Object full, int i, String input) {
    if (!fast.equals(full)) {
      assertThat(fast).as("seed " + SEED + ", case " + i + ": " + input).isEqualTo(full);
    }
  }

  // --- the automatic paragraphs as patterns: the full way the scanner stands in for -----------

  private static final Pattern BLOCK_TAG =
      Pattern.compile("<(/?)([\\p{javaLetterOrDigit}]*)[^>]*>");
  private static final Pattern STARTS_BLOCK =
      Pattern.compile("^</?(?:" + AutoParagraphs.BLOCKS + ")[\\s/>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>", Pattern.DOTALL);
  private static final Set<String> BLOCK_NAMES = AutoParagraphs.names(AutoParagraphs.BLOCKS);

  /** WordPress's automatic paragraphs written with patterns, as they were before the scanner. */
  static String autop(String text) {
    List<String> kept = new ArrayList<>();
    Matcher pre = PRE.matcher(text);
    StringBuilder protectedText = new StringBuilder();
    while (pre.find()) {
      kept.add(pre.group());
      pre.appendReplacement(
          protectedText, "\n\n<pre>\u0000" + (kept.size() - 1) + "\u0000</pre>\n\n");
    }
    pre.appendTail(protectedText);
    String spaced =
        BLOCK_TAG
            .matcher(protectedText)
            .replaceAll(
                m -> {
                  String tag = Matcher.quoteReplacement(m.group());
                  if (!BLOCK_NAMES.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                    return tag;
                  }
                  return m.group(1).isEmpty() ? "\n\n" + tag : tag + "\n\n";
                });
    StringBuilder out = new StringBuilder();
    for (String chunk : spaced.split("\n[ \t]*\n")) {
      String c = chunk.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (STARTS_BLOCK.matcher(c).find()) {
        out.append(c).append("\n\n");
      } else {
        out.append("<p>").append(c.replace("\n", "<br>\n")).append("</p>\n\n");
      }
    }
    String result = out.toString();
    for (int i = 0; i < kept.size(); i++) {
      result = result.replace("<pre>\u0000" + i + "\u0000</pre>", kept.get(i));
    }
    return result;
  }
}
