package broadsheet.content;

/** A topic label shared by articles of one story or theme. */
public record Tag(long id, String slug, String name) {

  public String path() {
    return Addresses.tag(slug);
  }
}
