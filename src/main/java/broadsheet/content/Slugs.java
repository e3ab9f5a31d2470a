package broadsheet.content;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from names: lower case ASCII words joined by hyphens ("Tomás" becomes "tomas"). */
public final class Slugs {
  private Slugs() {}

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
