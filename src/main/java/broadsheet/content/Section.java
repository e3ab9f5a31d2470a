package broadsheet.content;

/** A section of the paper (World, City …); a child section has its own front at /{slug}. */
public record Section(
    long id, String slug, String name, String description, int position, Long parentId) {
  /** The longest name the sections table holds, in characters (VARCHAR(200), as PostgreSQL). */
  public static final int NAME_LIMIT = 200;

  public String path() {
    return Addresses.section(slug);
  }
}
