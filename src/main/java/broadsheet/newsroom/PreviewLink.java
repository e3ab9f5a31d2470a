package broadsheet.newsroom;

import java.time.Instant;

/** A signed link that shows one unpublished article on the preview host until it expires. */
public record PreviewLink(
    long id, long articleId, Instant createdAt, Instant expiresAt, boolean revoked, String url) {

  public boolean live(Instant now) {
    return !revoked && expiresAt.isAfter(now);
  }
}
