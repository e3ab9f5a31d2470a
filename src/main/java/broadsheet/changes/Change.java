package broadsheet.changes;

/**
 * One row of the change feed: something readers see changed, named by its kind and id. A node reads
 * the current state from the store when it applies a change, so the row needs no more.
 *
 * @param seq the change's place in the feed, rising in commit order
 * @param ref the article, page or section id; 0 for kinds that name no one thing
 * @param origin the node (or command) that made the change
 */
public record Change(long seq, Kind kind, long ref, String origin) {
  public enum Kind {
    /** An article was saved, moved in the workflow, corrected, published or withdrawn. */
    ARTICLE,
    /** The stored related list of article {@code ref} changed. */
    RELATED,
    /** Sections or static pages changed: the navigation every page carries. */
    STRUCTURE,
    /** The site's settings changed: every page may show them. */
    SETTINGS,
    /** An image was uploaded (images are named by their content hash: {@code ref} is 0). */
    MEDIA,
    /** An import replaced much of the store: everything may have changed. */
    IMPORT
  }
}
