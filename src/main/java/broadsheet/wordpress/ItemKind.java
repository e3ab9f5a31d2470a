package broadsheet.wordpress;

/** What an import remembers of an export, by the name it is remembered under. */
enum ItemKind {
  ARTICLE("article", "posts"),
  PAGE("page", "pages"),
  MEDIA("media", "media"),
  AUTHOR("author", "authors");

  /** As {@code wordpress_items.kind} and {@code redirects.target_kind} hold it. */
  final String key;

  /** Its line in the import's report. */
  final String label;

  ItemKind(String key, String label) {
    this.key = key;
    this.label = label;
  }
}
