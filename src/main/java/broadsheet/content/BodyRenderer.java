package broadsheet.content;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns an article's Markdown into the HTML we store: CommonMark with GFM tables and autolinks,
 * then the OWASP sanitiser over everything, so raw HTML in a body can never carry script.
 */
public final class BodyRenderer {
  private static final Pattern VIDEO_LINE =
      Pattern.compile(
          "(?m)^[ \\t]*(https://(?:www\\.)?(?:youtube\\.com/watch\\?v=|youtu\\.be/|vimeo\\.com/)"
              + "([A-Za-z0-9_-]{1,64}))[ \\t]*$");

  private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])(?=[\\s>])");

  private static final PolicyFactory POLICY =
      Sanitizers.FORMATTING
          .and(Sanitizers.BLOCKS)
          .and(Sanitizers.LINKS)
          .and(Sanitizers.TABLES)
          .and(Sanitizers.IMAGES)
          .and(
              new HtmlPolicyBuilder()
                  .allowElements(
                      "figure",
                      "address",
                      "figcaption",
                      "pre",
                      "code",
                      "hr",
                      "br",
                      "sup",
                      "sub",
                      "dl",
                      "dt",
                      "dd",
                      "abbr",
                      "cite",
                      "q",
                      "mark",
                      "small",
                      "caption",
                      "thead",
                      "tbody",
                      "tfoot",
                      "audio",
                      "video",
                      "source")
                  // Elements HTML no longer has, as old WordPress posts still use them.
                  .allowElements((name, attributes) -> "s", "strike")
                  .allowElements((name, attributes) -> "code", "tt")
                  .allowElements((name, attributes) -> "abbr", "acronym")
                  .allowElements((name, attributes) -> null, "big", "font")
                  .allowElements((name, attributes) -> "div", "center")
                  .allowUrlProtocols("https", "http")
                  .allowAttributes("src")
                  .onElements("audio", "video", "source")
                  .allowAttributes("poster")
                  .onElements("video")
                  .allowAttributes("controls")
                  .matching(Pattern.compile("|controls"))
                  .onElements("audio", "video")
                  .allowAttributes("preload")
                  .matching(Pattern.compile("none"))
                  .onElements("audio", "video")
                  .allowAttributes("class")
                  .matching(Pattern.compile("embed|wp-caption|gallery|align(left|right|center)"))
                  .onElements("figure", "div")
                  .allowAttributes("data-embed")
                  .matching(Pattern.compile(Embeds.MARKER_VALUE))
                  .onElements("figure")
                  .allowAttributes("title")
                  .onElements("abbr")
                  .allowAttributes("align")
                  .matching(Pattern.compile("left|right|center"))
                  .onElements("th", "td")
                  .allowAttributes("start")
                  .matching(Pattern.compile("[0-9]{1,6}"))
                  .onElements("ol")
                  .toFactory());

  private final Parser parser;
  private final HtmlRenderer renderer;

  public BodyRenderer() {
    List<Extension> extensions = List.of(TablesExtension.create(), AutolinkExtension.create());
    this.parser = Parser.builder().extensions(extensions).build();
    this.renderer = HtmlRenderer.builder().extensions(extensions).build();
  }

  /** Markdown in, safe HTML out. */
  public String render(String markdown) {
    String withEmbeds = markVideos(markdown == null ? "" : markdown);
    return sanitize(renderer.render(parser.parse(withEmbeds)));
  }

  /** Any HTML in (an import, a raw block), only what the policy allows out. */
  public static String sanitize(String html) {
    String clean = settleHeadings(POLICY.sanitize(html));
    String rebuilt = WellFormedHtml.of(clean);
    // Rebuilt by a parser, it goes through the sanitiser once more to be written as it writes.
    return rebuilt == clean ? clean : POLICY.sanitize(rebuilt);
  }

  /**
   * A body's headings sit below the page's one {@code <h1>}, without skipped levels: the body's top
   * level becomes {@code <h2>} and each deeper level one more, however the writer numbered them
   * (WordPress posts often start at h3, or use h1).
   */
  static String settleHeadings(String html) {
    if (!html.contains("<h")) {
      return html;
    }
    Matcher m = HEADING_TAG.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
    int current = 2;
    while (m.find()) {
      int level = m.group(2).charAt(0) - '0';
      if (m.group(1).isEmpty()) {
        while (!open.isEmpty() && open.peek()[0] > level) {
          open.pop();
        }
        if (!open.isEmpty() && open.peek()[0] == level) {
          current = open.peek()[1];
        } else {
          current = Math.min(6, open.isEmpty() ? 2 : open.peek()[1] + 1);
          open.push(new int[] {level, current});
        }
      }
      m.appendReplacement(out, "<" + m.group(1) + "h" + current);
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A paragraph that is only a video link becomes an embed marker (see {@link Embeds}). */
  private static String markVideos(String markdown) {
    Matcher m = VIDEO_LINE.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String marker = Embeds.marker(m.group(1)).map(html -> "\n" + html + "\n").orElse(m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(marker));
    }
    m.appendTail(out);
    return out.toString();
  }
}
