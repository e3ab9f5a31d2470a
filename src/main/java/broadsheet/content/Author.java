package broadsheet.content;

/** A writer named in bylines, with a page of their own at /author/{slug}. */
public record Author(long id, String slug, String name, String bio, String avatarUrl) {
  /**
   * The longest name the authors table holds, in characters (VARCHAR(250), as WordPress's display
   * names; PostgreSQL refuses more).
   */
  public static final int NAME_LIMIT = 250;

  public String path() {
    return Addresses.author(slug);
  }
}
