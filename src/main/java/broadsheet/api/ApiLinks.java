package broadsheet.api;

import broadsheet.content.SiteSettings;
import broadsheet.media.MediaLinks;

/**
 * Absolute addresses as the APIs give them: site paths on the site's base URL, media where pages
 * link them (the media base URL, or this site's /media/).
 */
public record ApiLinks(SiteSettings site, MediaLinks media) {
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
    String base = site.baseUrl();
    return media
        .body(html)
        .replace("src=\"/", "src=\"" + base + "/")
        .replace("href=\"/", "href=\"" + base + "/");
  }
}
