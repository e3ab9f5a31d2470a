package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Paired emphasis Markdown in text: {@code **text**} and {@code __text__} (strong), {@code *text*}
 * (emphasis). A pair holds text on one line that neither starts nor ends with a space, and {@code
 * __} or {@code *} stand apart from the words around them (so {@code snake__case__names} and {@code
 * 2*3*4} are not pairs). One pass per marker, each closer found by one forward search: linear.
 */
final class Emphasis {
  /** A pair: where it starts and ends in the text, and its marker's length (2 strong, 1 em). */
  record Pair(int start, int end, int marker) {}

  private Emphasis() {}

  static List<Pair> pairs(String text) {
    List<Pair> out = new ArrayList<>();
    scan(text, "**", out);
    scan(text, "__", out);
    scan(text, "*", out);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return withoutOverlaps(out);
  }

  private static void scan(String text, String marker, List<Pair> out) {
    int m = marker.length();
    int i = text.indexOf(marker);
    while (i >= 0) {
      if (m == 1 && (at(text, i - 1) == '*' || at(text, i + 1) == '*')) {
        i = text.indexOf(marker, i + 1);
        continue;
      }
      int close = closer(text, marker, i + m + 1);
      if (close < 0) {
        return;
      }
      if (valid(text, i, close, marker)) {
        out.add(new Pair(i, close + m, m));
        i = text.indexOf(marker, close + m);
      } else {
        i = close;
      }
    }
  }

  /** The next marker from {@code from} that is not part of a longer run (for a single *). */
  private static int closer(String text, String marker, int from) {
    int j = text.indexOf(marker, Math.min(from, text.length()));
    while (marker.length() == 1 && j >= 0 && (at(text, j - 1) == '*' || at(text, j + 1) == '*')) {
      j = text.indexOf(marker, j + 2);
    }
    return j;
  }

  private static boolean valid(String text, int open, int close, String marker) {
    int m = marker.length();
    char first = text.charAt(open + m);
    char last = text.charAt(close - 1);
    if (Character.isWhitespace(first) || Character.isWhitespace(last)) {
      return false;
    }
    for (int k = open + m; k < close; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '<' || c == '>') {
        return false;
      }
    }
    if (marker.equals("**")) {
      return true;
    }
    return !Character.isLetterOrDigit(at(text, open - 1))
        && !Character.isLetterOrDigit(at(text, close + m));
  }

  private static char at(String text, int i) {
    return i < 0 || i >= text.length() ? ' ' : text.charAt(i);
  }

  private static List<Pair> withoutOverlaps(List<Pair> sorted) {
    List<Pair> out = new ArrayList<>();
    int end = -1;
    for (Pair p : sorted) {
      if (p.start() >= end) {
        out.add(p);
        end = p.end();
      }
    }
    return out;
  }

  /** The text with every pair made HTML: {@code <strong>} or {@code <em>} around its text. */
  static String asHtml(String text) {
    List<Pair> pairs = pairs(text);
    if (pairs.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + pairs.size() * 16);
    int at = 0;
    for (Pair p : pairs) {
      String tag = p.marker() == 2 ? "strong" : "em";
      out.append(text, at, p.start())
          .append('<')
          .append(tag)
          .append('>')
          .append(asHtml(text.substring(p.start() + p.marker(), p.end() - p.marker())))
          .append("</")
          .append(tag)
          .append('>');
      at = p.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
