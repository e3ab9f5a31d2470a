package broadsheet.wordpress;

import broadsheet.content.Slugs;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The addresses WordPress served things at, as the keys of the redirects an import writes. */
final class OldAddresses {
  private OldAddresses() {}

  /** A writer's archive: by the login as a slug, as written, and {@code ?author=}. */
  static List<String> ofAuthor(String login, String key, String wpId) {
    List<String> paths = new ArrayList<>();
    paths.add(LegacyRedirects.key("/author/" + Slugs.of(login)));
    paths.add(LegacyRedirects.key("/author/" + key));
    if (isNumber(wpId)) {
      paths.add("/?author=" + wpId);
    }
    return paths;
  }

  /** A category: by its path of ancestors, by its own slug, and {@code ?cat=}. */
  static List<String> ofCategory(String path, String nicename, String wpId) {
    List<String> paths = new ArrayList<>();
    paths.add(LegacyRedirects.key("/category/" + path));
    paths.add(LegacyRedirects.key("/category/" + nicename));
    if (isNumber(wpId)) {
      paths.add("/?cat=" + wpId);
    }
    return paths;
  }

  /** A tag: its archive and {@code ?tag=}. */
  static List<String> ofTag(String wpSlug) {
    if (wpSlug.isBlank()) {
      return List.of();
    }
    return List.of(
        LegacyRedirects.key("/tag/" + wpSlug), "/?tag=" + LegacyRedirects.key(wpSlug).substring(1));
  }

  /** Every address WordPress may have served a post or page at: its link, ?p=, date and slug. */
  static Set<String> ofItem(Wxr.Item item, ItemKind kind) {
    boolean article = kind == ItemKind.ARTICLE;
    Set<String> paths = new LinkedHashSet<>();
    if (isNumber(item.postId())) {
      paths.add((article ? "/?p=" : "/?page_id=") + item.postId());
      if (article) {
        paths.add("/archives/" + item.postId());
      }
    }
    String link = LegacyRedirects.keyOfUrl(item.link());
    if (link != null) {
      paths.add(link);
    }
    List<String> slugs = new ArrayList<>();
    if (!item.postName().isBlank()) {
      slugs.add(item.postName());
    }
    slugs.addAll(item.metaValues("_wp_old_slug"));
    LocalDateTime local = ItemFields.localDate(item.postDate());
    for (String slug : slugs) {
      paths.add(LegacyRedirects.key("/" + slug));
      if (local != null && article) {
        // 2025-07-10 becomes /2025/07/10, as WordPress writes dates in its addresses.
        String day = "/" + local.toLocalDate().toString().replace('-', '/');
        paths.add(LegacyRedirects.key(day + "/" + slug));
        paths.add(LegacyRedirects.key(day.substring(0, 8) + "/" + slug));
      }
    }
    return paths;
  }

  /** Whether text is a WordPress id: digits only (a pattern would be compiled at every call). */
  static boolean isNumber(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
