package broadsheet.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * Passages with their matches in {@code <mark>}, escaped as Lucene's formatter escapes them, but a
 * run of plain text at a time rather than a character at a time: on long sentences the escaping was
 * a twentieth of a search's time (SearchFastPathsTest compares the two).
 */
final class PassageMarks extends DefaultPassageFormatter {
  PassageMarks() {
    super("<mark>", "</mark>", " … ", true);
  }

  @Override
  protected void append(StringBuilder dest, String content, int start, int end) {
    int plain = start;
    for (int i = start; i < end; i++) {
      String entity = entity(content.charAt(i));
      if (entity != null) {
        dest.append(content, plain, i).append(entity);
        plain = i + 1;
      }
    }
    dest.append(content, plain, end);
  }

  private static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#x27;";
      case '/' -> "&#x2F;";
      default -> null;
    };
  }
}
