package broadsheet.api;

import broadsheet.content.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of a list starts, opaque to clients: after an article's (published time, id)
 * in the newest-first order, or, for a list ranked by a query, at a position in the ranking.
 *
 * @param publishedAt null at the start of a list, and for a ranked list
 */
record Cursor(Instant publishedAt, long id, int offset) {
  private static final Cursor START = new Cursor(null, 0, 0);
  private static final Pattern AFTER = Pattern.compile("p(-?[0-9]{1,12})\\.([0-9]{1,19})");
  private static final Pattern AT = Pattern.compile("q([0-9]{1,6})");

  static Cursor after(Article last) {
    return new Cursor(last.publishedAt(), last.id(), 0);
  }

  static Cursor at(int offset) {
    return new Cursor(null, 0, offset);
  }

  String encode() {
    String text =
        publishedAt != null ? "p" + publishedAt.getEpochSecond() + "." + id : "q" + offset;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The cursor a client sent back, or the start of the list when there is none.
   *
   * @param ranked whether the list is ranked by a query, whose cursors only it takes
   */
  static Cursor parse(String given, boolean ranked) {
    if (given == null) {
      return START;
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(given), StandardCharsets.US_ASCII);
    } catch (IllegalArgumentException e) {
      throw refused();
    }
    Matcher after = AFTER.matcher(text);
    if (!ranked && after.matches()) {
      try {
        return new Cursor(
            Instant.ofEpochSecond(Long.parseLong(after.group(1))),
            Long.parseLong(after.group(2)),
            0);
      } catch (NumberFormatException e) {
        throw refused();
      }
    }
    Matcher at = AT.matcher(text);
    if (ranked && at.matches()) {
      return at(Integer.parseInt(at.group(1)));
    }
    throw refused();
  }

  private static ApiProblem refused() {
    return ApiProblem.invalid(
        "cursor", "This is not a cursor this list gave; use the list's next link as it is.");
  }
}
