package broadsheet.content;

/**
 * Something happened to an article that readers may see: it was published, edited, corrected,
 * unpublished or deleted. Carries what the page cache and the search index need to follow it.
 *
 * @param articleId the article, which may no longer exist when {@code kind} is DELETED
 * @param kind what happened
 */
public record ArticleChange(long articleId, Kind kind) {
  public enum Kind {
    SAVED,
    DELETED
  }
}
