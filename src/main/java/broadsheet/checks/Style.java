package broadsheet.checks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paper's house style as the checks apply it: curly or straight quotes, and the longest
 * headline search results and social cards show whole, in characters and in rendered width (pixels
 * at the 20 px type of a search result).
 */
public record Style(boolean curlyQuotes, int headlineChars, int headlineWidth) {
  public static final Style DEFAULT = new Style(true, 80, 760);

  private static final int MAX_CHARS = 500;
  private static final int MIN_WIDTH = 100;
  private static final int MAX_WIDTH = 5000;

  /** Limits past which nothing is sensible: a headline of 1 to 500 characters, 100 to 5000 px. */
  public Style {
    headlineChars = Math.clamp(headlineChars, 1, MAX_CHARS);
    headlineWidth = Math.clamp(headlineWidth, MIN_WIDTH, MAX_WIDTH);
  }

  /**
   * What is wrong with values given for a style, by field ({@code quotes}, {@code headline_chars},
   * {@code headline_width}), each saying what is allowed; a null value is one not given.
   */
  public static Map<String, String> problems(String quotes, String chars, String width) {
    Map<String, String> out = new LinkedHashMap<>();
    if (quotes != null && !quotes.equals("curly") && !quotes.equals("straight")) {
      out.put("quotes", "curly or straight");
    }
    if (chars != null && !within(chars, 1, MAX_CHARS)) {
      out.put("headline_chars", "1 to " + MAX_CHARS + " characters");
    }
    if (width != null && !within(width, MIN_WIDTH, MAX_WIDTH)) {
      out.put("headline_width", MIN_WIDTH + " to " + MAX_WIDTH + " pixels");
    }
    return out;
  }

  private static boolean within(String text, int min, int max) {
    String t = text.strip();
    if (!t.matches("[0-9]{1,6}")) {
      return false;
    }
    int n = Integer.parseInt(t);
    return n >= min && n <= max;
  }
}
