package broadsheet.content;

/** A section of the paper (World, City …); a child section has its own front at /{slug}. */
public record Section(
    long id, String slug, String name, String description, int position, Long parentId) {

  public String path() {
    return Addresses.section(slug);
  }
}
