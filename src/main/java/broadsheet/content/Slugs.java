package broadsheet.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("(^-+|-+$)");
  private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

  public static String of(String name) {
    // Accents are split off and dropped; plain ASCII, most names, has none to split.
    String ascii =
        isAscii(name)
            ? name
            : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String hyphenated =
        NOT_WORD.matcher(ascii.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll("-");
    String slug = EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
    if (slug.length() > 120) {
      slug = TRAILING_HYPHENS.matcher(slug.substring(0, 120)).replaceAll("");
    }
    return slug.isEmpty() ? "untitled" : slug;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Whether text is already a well-formed slug, as URLs from readers must be. */
  public static boolean isValid(String text) {
    return text != null && text.length() <= 200 && text.matches("[a-z0-9]+(?:-[a-z0-9]+)*");
  }
}
