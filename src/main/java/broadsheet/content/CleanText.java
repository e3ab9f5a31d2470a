package broadsheet.content;

/**
 * The characters stored text may hold, one rule for every way text comes in (newsroom forms, the
 * WordPress import, the command line) and for every page and feed that goes out. Control characters
 * (C0, DEL and C1) are never text, except tab, line feed and carriage return in text of several
 * lines (bodies); nor are noncharacters (U+FDD0 to U+FDEF, and the last two of every plane), which
 * HTML forbids and XML cannot hold at U+FFFE and U+FFFF; an unpaired surrogate is half a character
 * that no encoder can write.
 */
public final class CleanText {
  private enum Kind {
    LINE,
    TEXT
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

  /**
   * A typed query (a search) as the one line its field shows: line breaks and tabs become spaces;
   * other control characters, half characters and noncharacters go, as at every entry.
   */
  public static String query(String value) {
    if (value == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      if (allowed(value, i, Kind.LINE)) {
        out.append(value.charAt(i));
      } else if (value.charAt(i) == '\n' || value.charAt(i) == '\r' || value.charAt(i) == '\t') {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * A page or feed without what HTML and XML may not hold, so that text stored before these rules
   * (or written into the store by other means) still renders valid: tabs and line breaks stay.
   */
  public static String output(String value) {
    return strip(value, Kind.TEXT);
  }

  /**
   * Where the first character one-line ({@code multiLine} false) or several-line text may not hold
   * is, or -1.
   */
  public static int firstForbidden(String value, boolean multiLine) {
    return firstForbidden(value, multiLine ? Kind.TEXT : Kind.LINE);
  }

  private static int firstForbidden(String value, Kind kind) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      // Printable ASCII, nearly every character of a page, without a call: a page is checked
      // whole on its way out (output), so this loop runs over every byte served uncached.
      if ((c < 0x20 || c >= 0x7F) && !allowed(value, i, kind)) {
        return i;
      }
    }
    return -1;
  }

  private static String strip(String value, Kind kind) {
    if (value == null) {
      return null;
    }
    int forbidden = firstForbidden(value, kind);
    if (forbidden < 0) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length()).append(value, 0, forbidden);
    for (int i = forbidden + 1; i < value.length(); i++) {
      if (allowed(value, i, kind)) {
        out.append(value.charAt(i));
      }
    }
    return out.toString();
  }

  private static boolean allowed(String value, int i, Kind kind) {
    char c = value.charAt(i);
    if (c < 0x20) {
      return kind == Kind.TEXT && (c == '\t' || c == '\n' || c == '\r');
    }
    if (c < 0x7F) {
      return true;
    }
    if (c <= 0x9F) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      // A pair is one character, a noncharacter where it ends a plane (U+1FFFE, U+1FFFF, …).
      return i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))
          && !((c & 0x3F) == 0x3F && (value.charAt(i + 1) & 0x3FE) == 0x3FE);
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && allowed(value, i - 1, kind) && Character.isHighSurrogate(value.charAt(i - 1));
    }
    return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
  }
}
