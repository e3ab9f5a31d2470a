package broadsheet.content;

/** A writer named in bylines, with a page of their own at /author/{slug}. */
public record Author(long id, String slug, String name, String bio, String avatarUrl) {

  public String path() {
    return Addresses.author(slug);
  }
}
