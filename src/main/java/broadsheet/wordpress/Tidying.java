package broadsheet.wordpress;

import broadsheet.content.BodyRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The last stage of a body's conversion: sanitises it and writes one top-level block after another,
 * every picture with an alt text and empty paragraphs dropped. Blocks already written that way are
 * cut from the text ({@link WrittenBlocks}); any other body is parsed as HTML would be, its stray
 * inline content wrapped in paragraphs. {@code FastPathsDifferentialTest} checks that both ways
 * come to the same result.
 */
final class Tidying {
  private static final Set<String> MARKDOWN_BLOCKS =
      AutoParagraphs.names(
          "address|article|aside|blockquote|caption|center|details|dialog|div|dl|dd|dt|fieldset"
              + "|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|legend|li|main|menu|nav|ol"
              + "|p|pre|search|section|summary|table|tbody|td|tfoot|th|thead|tr|ul");
  private static final Pattern IMAGE_CLASS = Pattern.compile("wp-image-([0-9]+)");
  private static final Pattern IFRAME =
      Pattern.compile(
          "<iframe\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(?:.*?</iframe\\s*>)?",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*(?=\n)");
  private static final Pattern HAS_ALT = Pattern.compile("\\salt\\s*=", Pattern.CASE_INSENSITIVE);

  private final WordPressContent.Media media;

  Tidying(WordPressContent.Media media) {
    this.media = media;
  }

  WordPressContent.Body tidy(String html) {
    String sanitized = sanitized(html);
    WordPressContent.Body cut = cut(sanitized);
    return cut != null ? cut : parsed(sanitized);
  }

  /**
   * The body sanitised before its layout, so that what the sanitiser removes (an element it does
   * not allow around some text) leaves text that is laid out like any other. What needs markup the
   * sanitiser drops (an iframe's address, an image's class) is read before.
   */
  String sanitized(String html) {
    String prepared = html;
    if (hasTag(prepared, "<iframe")) {
      prepared =
          IFRAME.matcher(prepared).replaceAll(m -> Matcher.quoteReplacement(frame(m.group(1))));
    }
    if (hasTag(prepared, "<img")) {
      prepared =
          IMAGE.matcher(prepared).replaceAll(m -> Matcher.quoteReplacement(withAlt(m.group())));
    }
    return BodyRenderer.sanitize(prepared);
  }

  /**
   * The sanitised body cut into the blocks it is already written as, each kept as the sanitiser
   * wrote it instead of being parsed, written out again and sanitised a second time to the same
   * HTML; null when it is not written so.
   */
  static WordPressContent.Body cut(String sanitized) {
    List<String> written = WrittenBlocks.of(sanitized);
    return written == null
        ? null
        : joined(written.stream().map(Tidying::withoutBlankLines).toList());
  }

  /** The full way for any sanitised body: parsed, written out block by block, sanitised again. */
  static WordPressContent.Body parsed(String sanitized) {
    Element body = parse(sanitized);
    if (sanitized.contains("<dl")) {
      // Looked for in the text first: walking every body's tree to find none cost more.
      for (Element list : body.getElementsByTag("dl")) {
        captionList(list);
      }
    }
    List<Node> children = new ArrayList<>(body.childNodes());
    List<String> out = new ArrayList<>();
    StringBuilder inline = new StringBuilder();
    for (Node node : children) {
      if (!(node instanceof Element e) || !e.isBlock() || e.nameIs("br")) {
        inline.append(node.outerHtml());
        continue;
      }
      flushInline(inline, out);
      if (!MARKDOWN_BLOCKS.contains(e.normalName())) {
        // Markdown passes only some block elements through as they are; wrap the rest.
        e = e.wrap("<div></div>").parent();
      }
      if (emptyParagraph(e)) {
        continue;
      }
      out.add(blockHtml(e));
    }
    flushInline(inline, out);
    // Blocks written out anew are sanitised once more, as they would be when shown.
    WordPressContent.Body joined = joined(out);
    return new WordPressContent.Body(joined.markdown(), BodyRenderer.sanitize(joined.html()));
  }

  /** The HTML is what Markdown makes of the source: its blocks one per line. */
  private static WordPressContent.Body joined(List<String> blocks) {
    if (blocks.isEmpty()) {
      return new WordPressContent.Body("", "");
    }
    return new WordPressContent.Body(
        String.join("\n\n", blocks) + "\n", String.join("\n", blocks) + "\n");
  }

  /**
   * Whether a tag's opening occurs in any case: most bodies have no iframe, and a pattern that
   * ignores case would try every position of the text to learn so.
   */
  private static boolean hasTag(String html, String opening) {
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      if (html.regionMatches(true, i, opening, 0, opening.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A paragraph with neither text nor a picture or player, which WordPress leaves behind. {@link
   * WrittenBlocks} judges the same from the text, and leaves to this what it cannot be sure of.
   */
  private static boolean emptyParagraph(Element e) {
    return e.nameIs("p") && blank(e) && e.select("img,audio,video,iframe").isEmpty();
  }

  /**
   * Whether an element shows no text. A letter or digit in its own text settles it without
   * gathering the text of the whole paragraph.
   */
  private static boolean blank(Element e) {
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof TextNode t && hasLetterOrDigit(t.getWholeText())) {
        return false;
      }
    }
    return e.text().isBlank();
  }

  private static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Older WordPress themes wrote captions as a definition list ({@code <dl class="wp-caption">}
   * with the picture in {@code <dt>} and its caption in {@code <dd>}): a figure is what it meant.
   * Any other list without a description is only a block of its terms.
   */
  private static void captionList(Element list) {
    boolean caption = list.hasClass("wp-caption") || list.selectFirst("> dt img") != null;
    if (caption) {
      list.tagName("figure");
      list.select("> dt").forEach(Element::unwrap);
      list.select("> dd").forEach(dd -> dd.tagName("figcaption"));
    } else if (list.select("> dd").isEmpty()) {
      list.tagName("div");
      list.select("> dt").forEach(dt -> dt.tagName("p"));
    }
  }

  private static Element parse(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body();
  }

  /** An iframe of a video we know becomes its embed; any other, a link to what it showed. */
  private static String frame(String src) {
    String address = Parser.unescapeEntities(src, true);
    return address.matches("https?://\\S+") ? Shortcodes.embed(address) : "";
  }

  /** Every picture gets an alt text: its attachment's (named by its wp-image-N class) or none. */
  private String withAlt(String tag) {
    if (HAS_ALT.matcher(tag).find()) {
      return tag;
    }
    String alt = "";
    Matcher m = IMAGE_CLASS.matcher(tag);
    if (m.find()) {
      WordPressContent.Attachment a = media.byId(m.group(1));
      if (a != null) {
        alt = a.alt();
      }
    }
    return tag.replaceFirst(
        "(?i)^<img", Matcher.quoteReplacement("<img alt=\"" + WordPressContent.escape(alt) + "\""));
  }

  private static void flushInline(StringBuilder inline, List<String> out) {
    String text = inline.toString().strip();
    inline.setLength(0);
    if (!text.isEmpty() && !text.replaceAll("(?i)<br\\s*/?>", "").isBlank()) {
      out.add("<p>" + text.replaceAll("\n[ \t]*\n", "\n") + "</p>");
    }
  }

  /**
   * A block's HTML without blank lines inside it, which would end it as a Markdown HTML block.
   * Outside {@code <pre>} a blank line is only whitespace; inside a nested one it keeps a no-break
   * space.
   */
  private static String blockHtml(Element e) {
    String html = e.outerHtml();
    if (e.nameIs("pre") || !hasBlankLine(html)) {
      return html;
    }
    if (html.contains("<pre")) {
      for (Element pre : e.getElementsByTag("pre")) {
        for (TextNode t : pre.textNodes()) {
          t.text(t.getWholeText().replaceAll("\n(?=[ \t]*\n)", "\n\u00a0"));
        }
      }
      html = e.outerHtml();
    }
    return BLANK_LINE.matcher(html).replaceAll("");
  }

  /** Outside {@code <pre>}, a blank line in a block is whitespace, and would end it in Markdown. */
  private static String withoutBlankLines(String html) {
    return hasBlankLine(html) ? BLANK_LINE.matcher(html).replaceAll("") : html;
  }

  private static boolean hasBlankLine(String html) {
    for (int i = html.indexOf('\n'); i >= 0; i = html.indexOf('\n', i + 1)) {
      int j = i + 1;
      while (j < html.length() && (html.charAt(j) == ' ' || html.charAt(j) == '\t')) {
        j++;
      }
      if (j < html.length() && html.charAt(j) == '\n') {
        return true;
      }
    }
    return false;
  }
}
