package broadsheet.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Third-party embeds kept behind consent. Stored bodies hold only a marker figure; at render time
 * it becomes the player when the reader has allowed embeds, or a click-to-load placeholder: a plain
 * form that records consent to embeds and comes back, so it works without JavaScript.
 */
public final class Embeds {
  static final String MARKER_VALUE = "(youtube|vimeo):[A-Za-z0-9_-]{1,64}";
  private static final Pattern MARKER =
      Pattern.compile(
          "<figure class=\"embed\" data-embed=\"(youtube|vimeo):([A-Za-z0-9_-]{1,64})\">.*?</figure>",
          Pattern.DOTALL);

  private static final Pattern VIDEO_URL =
      Pattern.compile(
          "https?://(?:www\\.|m\\.)?(?:youtube(?:-nocookie)?\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)"
              + "|youtu\\.be/|vimeo\\.com/(?:video/)?|player\\.vimeo\\.com/video/)"
              + "([A-Za-z0-9_-]{1,64})(?:[?&#/].*)?");

  private Embeds() {}

  /**
   * The marker figure for a YouTube or Vimeo address, kept in stored bodies in place of the player,
   * or empty for any other address.
   */
  public static Optional<String> marker(String url) {
    Matcher m = VIDEO_URL.matcher(url.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String provider = url.contains("vimeo") ? "vimeo" : "youtube";
    String link = escape(url.strip());
    return Optional.of(
        "<figure class=\"embed\" data-embed=\""
            + provider
            + ":"
            + m.group(1)
            + "\"><a href=\""
            + link
            + "\">"
            + link
            + "</a></figure>");
  }

  /** Whether a body holds any embed, so pages without one need no consent variant. */
  public static boolean present(String bodyHtml) {
    return bodyHtml.contains("data-embed=\"");
  }

  public static String expand(String bodyHtml, boolean allowed, String backPath) {
    if (!present(bodyHtml)) {
      return bodyHtml;
    }
    Matcher m = MARKER.matcher(bodyHtml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String provider = m.group(1);
      String id = m.group(2);
      String html = allowed ? player(provider, id) : placeholder(provider, id, backPath);
      m.appendReplacement(out, Matcher.quoteReplacement(html));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String name(String provider) {
    return provider.equals("vimeo") ? "Vimeo" : "YouTube";
  }

  private static String watchUrl(String provider, String id) {
    return provider.equals("vimeo")
        ? "https://vimeo.com/" + id
        : "https://www.youtube.com/watch?v=" + id;
  }

  private static String player(String provider, String id) {
    String src =
        provider.equals("vimeo")
            ? "https://player.vimeo.com/video/" + id + "?dnt=1"
            : "https://www.youtube-nocookie.com/embed/" + id;
    return "<figure class=\"embed\"><iframe src=\""
        + src
        + "\" title=\"Video from "
        + name(provider)
        + "\" loading=\"lazy\" allowfullscreen></iframe></figure>";
  }

  private static String placeholder(String provider, String id, String backPath) {
    String who = name(provider);
    return "<figure class=\"embed embed-placeholder\">"
        + "<p>This video is hosted by "
        + who
        + ", which may set cookies and track you. It loads only if you allow embedded"
        + " content.</p>"
        + "<form method=\"post\" action=\"/consent\">"
        + "<input type=\"hidden\" name=\"choice\" value=\"embeds\">"
        + "<input type=\"hidden\" name=\"back\" value=\""
        + escape(backPath)
        + "\">"
        + "<button type=\"submit\">Load video from "
        + who
        + "</button></form>"
        + "<p><a href=\""
        + watchUrl(provider, id)
        + "\">Watch on "
        + who
        + " instead</a></p></figure>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
