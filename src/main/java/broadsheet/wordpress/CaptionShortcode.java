package broadsheet.wordpress;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * {@code [caption]<img …> The caption[/caption]}, the picture perhaps inside a link: a figure with
 * its caption. Most captions are a picture with plain text after it; those are read off the text,
 * in the form the parser would write them, and anything else is parsed. {@code
 * FastPathsDifferentialTest} holds the reading to jsoup's own, for every attribute of HTML (the
 * list of boolean attributes below is jsoup's, and must grow with it).
 */
final class CaptionShortcode {
  /** An optional link straight around a picture, then plain text. */
  private static final Pattern PLAIN =
      Pattern.compile(
          "[ \\t\\n\\r\\f]*(?:<a((?:\\s+[a-z][a-z0-9-]*=\"[^\"&<>\\u00a0]*\")*)>)?"
              + "<img((?:\\s+[a-z][a-z0-9-]*=\"[^\"&<>\\u00a0]*\")*)\\s*/?>"
              + "(</a>)?([^<>&\\u00a0]*)");

  private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z][a-z0-9-]*)=\"([^\"]*)\"");

  /** Where the parser writes an attribute's name alone, and so not as it is here. */
  private static final Set<String> BOOLEAN_ATTRIBUTES =
      Set.of(
          "allowfullscreen",
          "async",
          "autofocus",
          "checked",
          "compact",
          "declare",
          "default",
          "defer",
          "disabled",
          "formnovalidate",
          "hidden",
          "inert",
          "ismap",
          "itemscope",
          "multiple",
          "muted",
          "nohref",
          "noresize",
          "noshade",
          "novalidate",
          "nowrap",
          "open",
          "readonly",
          "required",
          "reversed",
          "seamless",
          "selected",
          "sortable",
          "truespeed",
          "typemustmatch");

  private CaptionShortcode() {}

  static String figure(Map<String, String> attributes, String inner) {
    Parts parts = plain(inner);
    if (parts == null) {
      parts = parsed(inner);
    }
    if (parts == null) {
      return "<p>" + inner + "</p>";
    }
    String captionHtml =
        attributes.containsKey("caption")
            ? WordPressContent.escape(attributes.get("caption"))
            : parts.caption();
    String align = attributes.getOrDefault("align", "").replaceAll("[^a-z]", "");
    String alignClass = align.matches("align(left|right|center)") ? " " + align : "";
    return "<figure class=\"wp-caption"
        + alignClass
        + "\">"
        + parts.picture()
        + (captionHtml.isEmpty() ? "" : "<figcaption>" + captionHtml + "</figcaption>")
        + "</figure>";
  }

  /** The picture (a linked one with its link) as HTML, and the caption's HTML. */
  record Parts(String picture, String caption) {}

  /** Any content, through the parser; null when it holds no picture. */
  static Parts parsed(String inner) {
    Element body = Jsoup.parseBodyFragment(inner).body();
    Element image = body.selectFirst("img");
    if (image == null) {
      return null;
    }
    Element picture = image.parent() != null && image.parent().nameIs("a") ? image.parent() : image;
    String html = picture.outerHtml();
    picture.remove();
    return new Parts(html, body.html().strip());
  }

  /**
   * A picture, perhaps linked, then text with nothing to escape or gather: written as the parser
   * would write it. Null for anything else.
   */
  static Parts plain(String inner) {
    Matcher m = PLAIN.matcher(inner);
    if (!m.matches() || (m.group(1) == null) != (m.group(3) == null)) {
      return null;
    }
    String caption = m.group(4).strip();
    for (int i = 0; i < caption.length(); i++) {
      char c = caption.charAt(i);
      // The parser gathers runs of spaces and line ends into one space.
      if (c == '\n'
          || c == '\t'
          || c == '\r'
          || c == '\f'
          || (c == ' ' && caption.charAt(i + 1) == ' ')) {
        return null;
      }
    }
    String image = tag("img", m.group(2));
    if (image == null) {
      return null;
    }
    if (m.group(1) == null) {
      return new Parts(image, caption);
    }
    String link = tag("a", m.group(1));
    return link == null ? null : new Parts(link + image + "</a>", caption);
  }

  /** A start tag as the parser writes it, or null where it would write it otherwise. */
  private static String tag(String name, String attributes) {
    StringBuilder html = new StringBuilder("<").append(name);
    Set<String> names = new HashSet<>();
    Matcher a = ATTRIBUTE.matcher(attributes);
    while (a.find()) {
      if (!names.add(a.group(1)) || BOOLEAN_ATTRIBUTES.contains(a.group(1))) {
        return null; // the parser drops a repeated one and writes a boolean one by its name
      }
      html.append(' ').append(a.group(1)).append("=\"").append(a.group(2)).append('"');
    }
    return html.append('>').toString();
  }
}
