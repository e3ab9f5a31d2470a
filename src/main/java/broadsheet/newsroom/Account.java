package broadsheet.newsroom;

/** A member of staff who signs in to the newsroom, linked to the author profile of their byline. */
public record Account(
    long id, String email, String name, Role role, boolean disabled, Long authorId) {}
