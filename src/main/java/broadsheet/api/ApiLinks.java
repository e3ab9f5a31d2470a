package broadsheet.api;

import broadsheet.content.SiteSettings;
import broadsheet.media.MediaLinks;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute addresses as the APIs give them: site paths on the site's base URL, media where pages
 * link them (the media base URL, or this site's /media/).
 */
public record ApiLinks(SiteSettings site, MediaLinks media) {
  /** A link or source that starts at the site's root (not a protocol-relative "//host"). */
  private static final Pattern ROOTED = Pattern.compile("\\b(src|href)=\"/(?!/)");

  public String page(String path) {
    return site.absolute(path);
  }

  public String media(String url) {
    if (url == null) {
      return null;
    }
    String linked = media.link(url);
    return linked.startsWith("http://") || linked.startsWith("https://")
        ? linked
        : site.absolute(linked);
  }

  /** An article body's HTML with its media and site-relative links made absolute. */
  public String body(String html) {
    if (html == null) {
      return null;
    }
    return ROOTED
        .matcher(media.body(html))
        .replaceAll("$1=\"" + Matcher.quoteReplacement(site.baseUrl()) + "/");
  }
}
