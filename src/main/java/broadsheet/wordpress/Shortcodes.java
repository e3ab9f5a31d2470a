package broadsheet.wordpress;

import broadsheet.content.Embeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's shortcodes ({@code [caption]}, {@code [gallery]}, {@code [embed]}, {@code [audio]},
 * {@code [video]}) and lines holding only an address, as the HTML WordPress would show for them. A
 * shortcode Broadsheet does not know stays as written, and is reported.
 */
final class Shortcodes {
  private static final Pattern SHORTCODE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([A-Za-z0-9_-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
  private static final Pattern URL_LINE =
      Pattern.compile("(?m)^[ \\t]*(https?://[^\\s<>\"]+)[ \\t]*$");

  private final WordPressContent.Media media;
  private final Consumer<String> unknownShortcode;

  Shortcodes(WordPressContent.Media media, Consumer<String> unknownShortcode) {
    this.media = media;
    this.unknownShortcode = unknownShortcode;
  }

  /** The text with every shortcode it knows written out, then every address line embedded. */
  String expand(String text, String postId) {
    // A line holding only an address is an embed in WordPress, in both kinds of post.
    return embedLines(shortcodes(text, postId));
  }

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
    List<WordPressContent.Attachment> pictures = new ArrayList<>();
    String ids = attributes.getOrDefault("ids", attributes.getOrDefault("include", ""));
    if (!ids.isBlank()) {
      for (String id : ids.split(",")) {
        WordPressContent.Attachment a = media.byId(id.strip());
        if (a != null && a.isImage()) {
          pictures.add(a);
        }
      }
    } else {
      media.children(postId).stream()
          .filter(WordPressContent.Attachment::isImage)
          .forEach(pictures::add);
    }
    if (pictures.isEmpty()) {
      return "";
    }
    StringBuilder html = new StringBuilder("<figure class=\"gallery\"><ul>");
    for (WordPressContent.Attachment a : pictures) {
      html.append("<li><img src=\"")
          .append(WordPressContent.escape(a.url()))
          .append("\" alt=\"")
          .append(WordPressContent.escape(a.alt()))
          .append("\">");
      if (!a.caption().isBlank()) {
        html.append(' ').append(WordPressContent.escape(a.caption()));
      }
      html.append("</li>");
    }
    return html.append("</ul></figure>").toString();
  }

  /** A video we know becomes a consent-gated embed; any other address stays a plain link. */
  static String embed(String url) {
    String address = url.strip();
    if (!address.matches("https?://\\S+")) {
      return "";
    }
    String escaped = WordPressContent.escape(address);
    return Embeds.marker(address).orElse("<p><a href=\"" + escaped + "\">" + escaped + "</a></p>");
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
    String escaped = WordPressContent.escape(src);
    return "<figure><"
        + tag
        + " controls preload=\"none\" src=\""
        + escaped
        + "\"><a href=\""
        + escaped
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
}
