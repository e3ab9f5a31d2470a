package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Markup a reader would see as text: an entity left over from encoding twice ({@code &#8217;},
 * {@code &quot;} on the page) or a tag escaped into text ({@code <p>} on the page). Found by a scan
 * from each {@code &} or {@code <}, never by backtracking patterns.
 */
final class Entities {
  /** Tags that mean markup when they show as text; other angle brackets are prose (a < b). */
  private static final Set<String> TAGS =
      Set.of(
          "a",
          "b",
          "i",
          "p",
          "br",
          "em",
          "strong",
          "span",
          "div",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "img",
          "blockquote",
          "figure",
          "figcaption",
          "hr",
          "sup",
          "sub");

  /** A reference found: where it starts and ends. */
  record Span(int start, int end) {}

  private Entities() {}

  /** Entities in text that is shown as it is (already decoded once). */
  static List<Span> references(String text) {
    List<Span> out = new ArrayList<>();
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      int end = referenceEnd(text, i);
      if (end > 0) {
        out.add(new Span(i, end));
      }
    }
    return out;
  }

  /** Tags in text that is shown as it is. */
  static List<Span> tags(String text) {
    List<Span> out = new ArrayList<>();
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      int from = i + 1 < text.length() && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
      int to = from;
      while (to < text.length() && to - from < 12 && Character.isLetterOrDigit(text.charAt(to))) {
        to++;
      }
      if (to == from || to >= text.length()) {
        continue;
      }
      String name = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
      char after = text.charAt(to);
      if (TAGS.contains(name) && (after == '>' || after == ' ' || after == '/')) {
        int gt = text.indexOf('>', to);
        if (gt > 0 && gt - to < 200) {
          out.add(new Span(i, gt + 1));
        }
      }
    }
    return out;
  }

  /**
   * The end of the character reference starting at {@code amp} ({@code &name;}, {@code &#123;},
   * {@code &#x1F;}), or -1 when none starts there.
   */
  static int referenceEnd(String text, int amp) {
    int i = amp + 1;
    int n = text.length();
    if (i < n && text.charAt(i) == '#') {
      i++;
      boolean hex = i < n && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      if (hex) {
        i++;
      }
      int digits = i;
      while (i < n && i - digits < 7 && (hex ? isHex(text.charAt(i)) : isDigit(text.charAt(i)))) {
        i++;
      }
      return i > digits && i < n && text.charAt(i) == ';' ? i + 1 : -1;
    }
    int name = i;
    while (i < n && i - name < 32 && isAsciiLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i == name || i >= n || text.charAt(i) != ';') {
      return -1;
    }
    return org.jsoup.nodes.Entities.isNamedEntity(text.substring(name, i)) ? i + 1 : -1;
  }

  /** Source text with each {@code &amp;} that encodes another reference decoded once. */
  static String decodedOnce(String text) {
    int i = text.indexOf("&amp;");
    if (i < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (; i >= 0; i = text.indexOf("&amp;", i + 1)) {
      if (referenceEnd(text, i + 4) > 0) {
        out.append(text, at, i + 1);
        at = i + 5;
      }
    }
    return at == 0 ? text : out.append(text, at, text.length()).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
