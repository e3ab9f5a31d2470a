package broadsheet.wordpress;

import broadsheet.content.BodyRenderer;
import broadsheet.content.Embeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * WordPress post content to the HTML a Broadsheet body holds. WordPress stores bodies half-made:
 * classic posts have no paragraphs (its {@code wpautop} adds them when showing), block posts carry
 * {@code <!-- wp:… -->} comments, and both may hold shortcodes. This does what WordPress would do
 * when showing the post, and writes the result with one top-level block per paragraph, so that the
 * body is also valid Markdown source (CommonMark passes such HTML blocks through unchanged) and the
 * newsroom's editor can go on from it.
 */
final class WordPressContent {
  private static final Pattern BLOCK_COMMENT =
      Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
  private static final Pattern SPECIAL_COMMENT =
      Pattern.compile("<!--\\s*(?:more|nextpage|noteaser)\\b.*?-->", Pattern.DOTALL);
  private static final String BLOCKS =
      "address|article|aside|audio|blockquote|details|div|dl|dd|dt|fieldset|figcaption|figure"
          + "|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|table|tbody|thead"
          + "|tfoot|tr|td|th|caption|ul|video|object|embed|style|script|math|select|option";
  private static final Set<String> BLOCK_NAMES = names(BLOCKS);
  private static final Pattern STARTS_BLOCK =
      Pattern.compile("^</?(?:" + BLOCKS + ")[\\s/>]", Pattern.CASE_INSENSITIVE);
  private static final Set<String> MARKDOWN_BLOCKS =
      names(
          "address|article|aside|blockquote|caption|center|details|dialog|div|dl|dd|dt|fieldset"
              + "|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|legend|li|main|menu|nav|ol"
              + "|p|pre|search|section|summary|table|tbody|td|tfoot|th|thead|tr|ul");
  private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>", Pattern.DOTALL);
  private static final Pattern SHORTCODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z0-9_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
  private static final Pattern URL_LINE =
      Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");
  private static final Pattern IMAGE_CLASS = Pattern.compile("wp-image-([0-9]+)");
  private static final Pattern IFRAME =
      Pattern.compile(
          "<iframe\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(?:.*?</iframe\\s*>)?",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*(?=\n)");
  private static final Pattern HAS_ALT = Pattern.compile("\\salt\\s*=", Pattern.CASE_INSENSITIVE);

  /** Element names written as alternatives, as the patterns above have them. */
  private static Set<String> names(String alternatives) {
    return Set.of(alternatives.replace("h[1-6]", "h1|h2|h3|h4|h5|h6").split("\\|"));
  }

  /** An attachment of the export, as posts refer to it. */
  record Attachment(
      String id, String url, String title, String alt, String caption, String parent) {
    boolean isImage() {
      return url.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|webp|avif)(\\?.*)?");
    }
  }

  /** The attachments a post can name, by id or as its children (for a plain [gallery]). */
  interface Media {
    Attachment byId(String id);

    List<Attachment> children(String postId);
  }

  private final Media media;
  private final Consumer<String> unknownShortcode;

  WordPressContent(Media media, Consumer<String> unknownShortcode) {
    this.media = media;
    this.unknownShortcode = unknownShortcode;
  }

  /**
   * A converted body: the HTML to store, and the same blocks a blank line apart as the Markdown
   * source (which renders to exactly that HTML).
   */
  record Body(String markdown, String html) {}

  /** The post's content as sanitised HTML that is also its own Markdown source. */
  Body convert(String content, String postId) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    boolean comments = text.contains("<!--");
    boolean blocks = comments && BLOCK_COMMENT.matcher(text).find();
    if (blocks) {
      text = BLOCK_COMMENT.matcher(text).replaceAll("");
    }
    if (comments) {
      text = SPECIAL_COMMENT.matcher(text).replaceAll("");
    }
    text = shortcodes(text, postId);
    // A line holding only an address is an embed in WordPress, in both kinds of post.
    text = embedLines(text);
    if (!blocks) {
      text = autop(text);
    }
    return tidy(text);
  }

  // --- shortcodes -------------------------------------------------------------------------------

  private String shortcodes(String text, String postId) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('[', i);
      if (open < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open);
      int next = shortcode(text, open, postId, out);
      i = next > open ? next : open + 1;
      if (next <= open) {
        out.append('[');
      }
    }
    return out.toString();
  }

  /** Writes the shortcode starting at {@code open} and returns where the text goes on. */
  private int shortcode(String text, int open, String postId, StringBuilder out) {
    if (text.startsWith("[[", open)) {
      // [[name]] is WordPress's way of writing a shortcode as plain text.
      int end = text.indexOf("]]", open);
      if (end < 0) {
        return -1;
      }
      out.append(text, open + 1, end + 1);
      return end + 2;
    }
    Matcher name = SHORTCODE_NAME.matcher(text).region(open + 1, text.length());
    if (!name.lookingAt()) {
      return -1;
    }
    int close = text.indexOf(']', name.end());
    int newline = text.indexOf('\n', name.end());
    if (close < 0 || (newline >= 0 && newline < close)) {
      return -1;
    }
    String tag = name.group().toLowerCase(Locale.ROOT);
    String attributeText = text.substring(name.end(), close);
    if (!attributeText.isEmpty()
        && !Character.isWhitespace(attributeText.charAt(0))
        && !attributeText.equals("/")) {
      return -1;
    }
    Map<String, String> attributes = attributes(attributeText);
    int after = close + 1;
    String inner = null;
    String closing = "[/" + name.group() + "]";
    if (!attributeText.endsWith("/")) {
      int end = text.indexOf(closing, after);
      if (end >= 0 && enclosing(tag)) {
        inner = text.substring(after, end);
        after = end + closing.length();
      }
    }
    String html =
        switch (tag) {
          case "caption", "wp_caption" ->
              CaptionShortcode.figure(attributes, inner == null ? "" : inner);
          case "gallery" -> gallery(attributes, postId);
          case "embed" -> embed(inner == null ? attributes.getOrDefault("src", "") : inner);
          case "audio", "video" -> player(tag, attributes, inner);
          default -> null;
        };
    if (html == null) {
      unknownShortcode.accept(tag);
      return -1;
    }
    out.append("\n\n").append(html).append("\n\n");
    return after;
  }

  private static boolean enclosing(String tag) {
    return switch (tag) {
      case "caption", "wp_caption", "embed", "audio", "video" -> true;
      default -> false;
    };
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      attributes.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value);
    }
    return attributes;
  }

  /** [gallery ids="…"] or a plain [gallery] of the post's own images: a list of pictures. */
  private String gallery(Map<String, String> attributes, String postId) {
    List<Attachment> pictures = new ArrayList<>();
    String ids = attributes.getOrDefault("ids", attributes.getOrDefault("include", ""));
    if (!ids.isBlank()) {
      for (String id : ids.split(",")) {
        Attachment a = media.byId(id.strip());
        if (a != null && a.isImage()) {
          pictures.add(a);
        }
      }
    } else {
      media.children(postId).stream().filter(Attachment::isImage).forEach(pictures::add);
    }
    if (pictures.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<figure class=\"gallery\"><ul>");
    for (Attachment a : pictures) {
      html.append("<li><img src=\"")
          .append(escape(a.url()))
          .append("\" alt=\"")
          .append(escape(a.alt()))
          .append("\">");
      if (!a.caption().isBlank()) {
        html.append(' ').append(escape(a.caption()));
      }
      html.append("</li>");
    }
    return html.append("</ul></figure>").toString();
  }

  /** A video we know becomes a consent-gated embed; any other address stays a plain link. */
  private static String embed(String url) {
    String address = url.strip();
    if (!address.matches("https?://\\S+")) {
      return "";
    }
    return Embeds.marker(address)
        .orElse("<p><a href=\"" + escape(address) + "\">" + escape(address) + "</a></p>");
  }

  /** [audio mp3="…"] and [video mp4="…"]: the player, loading nothing until asked. */
  private static String player(String tag, Map<String, String> attributes, String inner) {
    String src = attributes.get("src");
    for (String format : List.of("mp3", "m4a", "ogg", "wav", "mp4", "m4v", "webm", "ogv")) {
      if (src == null) {
        src = attributes.get(format);
      }
    }
    if (src == null && inner != null && inner.strip().matches("https?://\\S+")) {
      src = inner.strip();
    }
    if (src == null || !src.matches("https?://\\S+")) {
      return "";
    }
    String what = tag.equals("audio") ? "the audio" : "the video";
    return "<figure><"
        + tag
        + " controls preload=\"none\" src=\""
        + escape(src)
        + "\">"
        + "<a href=\""
        + escape(src)
        + "\">Download "
        + what
        + "</a></"
        + tag
        + "></figure>";
  }

  private static String embedLines(String text) {
    if (!hasLineStartingWith(text, "http")) {
      return text;
    }
    return URL_LINE
        .matcher(text)
        .replaceAll(m -> Matcher.quoteReplacement("\n\n" + embed(m.group(1)) + "\n\n"));
  }

  /**
   * Whether a line starts with the word, after spaces or tabs. A cheap look before a multi-line
   * pattern, which would try every position of the text; it counts every line end the pattern does.
   */
  private static boolean hasLineStartingWith(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int j = i;
      while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
        j--;
      }
      if (j == 0 || "\n\r\u0085\u2028\u2029".indexOf(text.charAt(j - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  // --- paragraphs -------------------------------------------------------------------------------

  /**
   * WordPress's automatic paragraphs, in short: blank lines separate paragraphs, a single line
   * break inside one is a {@code <br>}, block elements stand alone, and {@code <pre>} is left as
   * written.
   */
  static String autop(String text) {
    List<String> kept = new ArrayList<>();
    String protectedText = text;
    if (text.contains("<pre")) {
      Matcher pre = PRE.matcher(text);
      StringBuilder withoutPre = new StringBuilder();
      while (pre.find()) {
        kept.add(pre.group());
        pre.appendReplacement(
            withoutPre, "\n\n<pre>\u0000" + (kept.size() - 1) + "\u0000</pre>\n\n");
      }
      pre.appendTail(withoutPre);
      protectedText = withoutPre.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (String chunk : chunks(spaceBlocks(protectedText))) {
      if (STARTS_BLOCK.matcher(chunk).find()) {
        out.append(chunk).append("\n\n");
      } else {
        out.append("<p>").append(chunk.replace("\n", "<br>\n")).append("</p>\n\n");
      }
    }
    String result = out.toString();
    for (int i = 0; i < kept.size(); i++) {
      result = result.replace("<pre>\u0000" + i + "\u0000</pre>", kept.get(i));
    }
    return result;
  }

  /**
   * A blank line before each block element's opening tag and after its closing tag. The text
   * between tags is copied a run at a time: it is most of a body.
   */
  private static String spaceBlocks(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
    int i = 0;
    int n = text.length();
    while (i < n) {
      int tag = text.indexOf('<', i);
      if (tag < 0) {
        out.append(text, i, n);
        break;
      }
      out.append(text, i, tag);
      i = tag;
      int end = text.indexOf('>', i);
      if (end < 0) {
        out.append(text, i, n);
        break;
      }
      boolean closing = i + 1 < n && text.charAt(i + 1) == '/';
      int nameStart = closing ? i + 2 : i + 1;
      int nameEnd = nameStart;
      while (nameEnd < end && Character.isLetterOrDigit(text.charAt(nameEnd))) {
        nameEnd++;
      }
      String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      boolean block = nameEnd > nameStart && BLOCK_NAMES.contains(name);
      if (block && !closing) {
        out.append("\n\n");
      }
      out.append(text, i, end + 1);
      if (block && closing) {
        out.append("\n\n");
      }
      i = end + 1;
    }
    return out.toString();
  }

  /** The text split at blank lines, each part stripped, empty parts left out. */
  private static List<String> chunks(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = text.indexOf('\n'); i >= 0; ) {
      int j = i + 1;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j < n && text.charAt(j) == '\n') {
        addChunk(parts, text.substring(start, i));
        start = j + 1;
        i = text.indexOf('\n', j + 1);
      } else {
        i = text.indexOf('\n', i + 1);
      }
    }
    addChunk(parts, text.substring(start));
    return parts;
  }

  private static void addChunk(List<String> parts, String chunk) {
    String stripped = chunk.strip();
    if (!stripped.isEmpty()) {
      parts.add(stripped);
    }
  }

  // --- tidying ----------------------------------------------------------------------------------

  /**
   * Sanitises the result and writes one top-level block after another, every picture with an alt
   * text and empty paragraphs dropped. Blocks already written that way are cut from the text; any
   * other body is parsed as HTML would be, its stray inline content wrapped in paragraphs.
   */
  private Body tidy(String html) {
    // Sanitised before the layout, so that what the sanitiser removes (an element it does not
    // allow around some text) leaves text that is laid out like any other. What needs markup the
    // sanitiser drops (an iframe's address, an image's class) is read before.
    String prepared = html;
    if (hasTag(prepared, "<iframe")) {
      prepared =
          IFRAME.matcher(prepared).replaceAll(m -> Matcher.quoteReplacement(frame(m.group(1))));
    }
    if (hasTag(prepared, "<img")) {
      prepared =
          IMAGE.matcher(prepared).replaceAll(m -> Matcher.quoteReplacement(withAlt(m.group())));
    }
    String sanitized = BodyRenderer.sanitize(prepared);
    List<String> written = WrittenBlocks.of(sanitized);
    if (written != null) {
      // Already one Markdown block after another: each block is kept as the sanitiser wrote it,
      // instead of being parsed, written out again and sanitised a second time, to the same HTML.
      return joined(written.stream().map(WordPressContent::withoutBlankLines).toList());
    }
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
    Body joined = joined(out);
    return new Body(joined.markdown(), BodyRenderer.sanitize(joined.html()));
  }

  /** The HTML is what Markdown makes of the source: its blocks one per line. */
  private static Body joined(List<String> blocks) {
    if (blocks.isEmpty()) {
      return new Body("", "");
    }
    return new Body(String.join("\n\n", blocks) + "\n", String.join("\n", blocks) + "\n");
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
    return address.matches("https?://\\S+") ? embed(address) : "";
  }

  /** Every picture gets an alt text: its attachment's (named by its wp-image-N class) or none. */
  private String withAlt(String tag) {
    if (HAS_ALT.matcher(tag).find()) {
      return tag;
    }
    String alt = "";
    Matcher m = IMAGE_CLASS.matcher(tag);
    if (m.find()) {
      Attachment a = media.byId(m.group(1));
      if (a != null) {
        alt = a.alt();
      }
    }
    return tag.replaceFirst(
        "(?i)^<img", Matcher.quoteReplacement("<img alt=\"" + escape(alt) + "\""));
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

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
