package broadsheet.content;

import java.util.Comparator;

/** A topic label shared by articles of one story or theme. */
public record Tag(long id, String slug, String name) {
  /**
   * The longest name the tags table holds, in characters (VARCHAR(200); PostgreSQL refuses more).
   */
  public static final int NAME_LIMIT = 200;

  /** Tags as every list shows them: by name (see {@link Names}), then by id. */
  public static final Comparator<Tag> ORDER =
      Comparator.comparing(Tag::name, Names.ORDER).thenComparingLong(Tag::id);

  public String path() {
    return Addresses.tag(slug);
  }
}
