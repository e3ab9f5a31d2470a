package broadsheet.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** URL slugs from names: lower case ASCII words joined by hyphens ("Tomás" becomes "tomas"). */
public final class Slugs {
  private Slugs() {}

  /**
   * First path segments the public site uses itself, and WordPress's /category/ whose old addresses
   * imports redirect; a section may not take one.
   */
  private static final Set<String> RESERVED =
      Set.of(
          "tag",
          "category",
          "author",
          "page",
          "search",
          "admin",
          "api",
          "media",
          "static",
          "feed.xml",
          "atom.xml",
          "sitemap.xml",
          "news-sitemap.xml",
          "robots.txt",
          "healthz",
          "readyz",
          "consent");

  public static boolean isReserved(String slug) {
    return RESERVED.contains(slug);
  }

  public static String of(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug =
        ascii
            .toLowerCase(Locale.ROOT)
            .replace("&", " and ")
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (slug.length() > 120) {
      slug = slug.substring(0, 120).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "untitled" : slug;
  }

  /** Whether text is already a well-formed slug, as URLs from readers must be. */
  public static boolean isValid(String text) {
    return text != null && text.length() <= 200 && text.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
  }
}
