package broadsheet.content;

import java.util.Comparator;

/**
 * The order of names in every list, worked out here rather than by the store: a database's
 * collation decides how ORDER BY sorts text (SQLite by bytes, PostgreSQL by its locale), and both
 * stores must list the same things in the same order. Case does not come first ("apple", "Banana",
 * "banana"); names equal but for case fall back to the exact text, and equal names to the id.
 */
public final class Names {
  public static final Comparator<String> ORDER =
      String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  private Names() {}
}
