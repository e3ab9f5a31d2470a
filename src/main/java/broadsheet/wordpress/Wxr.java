package broadsheet.wordpress;

import java.util.List;

/** The parts of a WordPress export (WXR 1.0–1.2), as read from the file and not yet mapped. */
final class Wxr {
  private Wxr() {}

  /** The exported site: its address keys what an import matched, so re-imports update. */
  public record Channel(
      String title, String link, String baseSiteUrl, String version, String description) {

    /** The site's address without scheme or trailing slash, as the key of what it exported. */
    public String siteKey() {
      String url = baseSiteUrl.isBlank() ? link : baseSiteUrl;
      return url.strip()
          .replaceFirst("(?i)^https?://", "")
          .replaceAll("/+$", "")
          .toLowerCase(java.util.Locale.ROOT);
    }
  }

  public record Author(
      String id,
      String login,
      String email,
      String displayName,
      String firstName,
      String lastName) {

    public String name() {
      if (!displayName.isBlank()) {
        return displayName;
      }
      String full = (firstName + " " + lastName).strip();
      return full.isEmpty() ? login : full;
    }
  }

  /** A term of a taxonomy: "category", "post_tag", or another (menus, formats …). */
  public record Term(
      String taxonomy,
      String id,
      String slug,
      String parentSlug,
      String name,
      String description) {}

  /** A {@code <category>} on an item: a category, a tag, a co-author, or another taxonomy. */
  public record ItemTerm(String domain, String slug, String name) {}

  public record Meta(String key, String value) {}

  public record Item(
      String title,
      String link,
      String pubDate,
      String creator,
      String guid,
      String content,
      String excerpt,
      String postId,
      String postDate,
      String postDateGmt,
      String postName,
      String status,
      String postParent,
      String postType,
      String password,
      boolean sticky,
      String attachmentUrl,
      List<ItemTerm> terms,
      List<Meta> meta,
      int comments) {

    public String meta(String key) {
      for (Meta m : meta) {
        if (m.key().equals(key)) {
          return m.value();
        }
      }
      return null;
    }

    public List<String> metaValues(String key) {
      return meta.stream().filter(m -> m.key().equals(key)).map(Meta::value).toList();
    }
  }

  /** What a reader of an export is told, in the order of the file. */
  public interface Handler {
    default void channel(Channel channel) {}

    default void author(Author author) {}

    default void term(Term term) {}

    default void item(Item item) {}
  }
}
