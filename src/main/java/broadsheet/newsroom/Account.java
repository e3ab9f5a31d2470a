package broadsheet.newsroom;

import broadsheet.content.Addresses;

/** A member of staff who signs in to the newsroom, linked to the author profile of their byline. */
public record Account(
    long id,
    String email,
    String name,
    Role role,
    boolean disabled,
    Long authorId,
    String authorSlug) {

  /** The public page of their byline, if they have one. */
  public String authorPath() {
    return authorSlug == null ? null : Addresses.author(authorSlug);
  }
}
