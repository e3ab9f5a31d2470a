package broadsheet.checks;

/**
 * The paper's house style as the checks apply it: curly or straight quotes, and the longest
 * headline search results and social cards show whole, in characters and in rendered width (pixels
 * at the 20 px type of a search result).
 */
public record Style(boolean curlyQuotes, int headlineChars, int headlineWidth) {
  public static final Style DEFAULT = new Style(true, 80, 760);

  /** Limits past which nothing is sensible: a headline of 1 to 500 characters, 100 to 5000 px. */
  public Style {
    headlineChars = Math.clamp(headlineChars, 1, 500);
    headlineWidth = Math.clamp(headlineWidth, 100, 5000);
  }
}
