package broadsheet.content;

/**
 * The characters stored text may hold, one rule for every way text comes in (newsroom forms, the
 * WordPress import, the command line) and for what XML goes out. C0 control characters are never
 * text, except tab, line feed and carriage return in text of several lines (bodies); an unpaired
 * surrogate is half a character that no encoder can write. XML 1.0 cannot hold U+FFFE and U+FFFF
 * either.
 */
public final class CleanText {
  private enum Kind {
    LINE,
    TEXT,
    XML
  }

  private CleanText() {}

  /** One-line text (headlines, slugs, names, tags) without what it may not hold. */
  public static String line(String value) {
    return strip(value, Kind.LINE);
  }

  /** Text of several lines (bodies) without what it may not hold: tabs and line breaks stay. */
  public static String text(String value) {
    return strip(value, Kind.TEXT);
  }

  /** Text without the characters XML 1.0 cannot hold, so that any stored text can be written. */
  public static String xml(String value) {
    return strip(value, Kind.XML);
  }

  /**
   * Where the first character one-line ({@code multiLine} false) or several-line text may not hold
   * is, or -1.
   */
  public static int firstForbidden(String value, boolean multiLine) {
    Kind kind = multiLine ? Kind.TEXT : Kind.LINE;
    for (int i = 0; i < value.length(); i++) {
      if (!allowed(value, i, kind)) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String value, Kind kind) {
    if (value == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      boolean allowed = allowed(value, i, kind);
      if (!allowed && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      } else if (allowed && out != null) {
        out.append(value.charAt(i));
      }
    }
    return out == null ? value : out.toString();
  }

  private static boolean allowed(String value, int i, Kind kind) {
    char c = value.charAt(i);
    if (c < 0x20) {
      return kind != Kind.LINE && (c == '\t' || c == '\n' || c == '\r');
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
    }
    return kind != Kind.XML || (c != 0xFFFE && c != 0xFFFF);
  }
}
