package broadsheet.checks;

import java.util.List;

/**
 * A headline too long for search results and social cards, in characters or in rendered width (both
 * limits are the paper's style). The width is reckoned from the advance widths of a common
 * sans-serif at the 20 px of a search result. Warns.
 */
final class HeadlineLength implements Rule {
  @Override
  public String id() {
    return "headline-length";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    String h = copy.headline().strip();
    int chars = h.codePointCount(0, h.length());
    Style style = site.style();
    if (chars > style.headlineChars()) {
      return List.of(
          finding(
              "headline",
              h,
              "Shorten the headline to "
                  + style.headlineChars()
                  + " characters or fewer (it has "
                  + chars
                  + "): search results cut it."));
    }
    int width = width(h);
    if (width > style.headlineWidth()) {
      return List.of(
          finding(
              "headline",
              h,
              "Shorten the headline: at about "
                  + width
                  + " px it is wider than the "
                  + style.headlineWidth()
                  + " px search results show."));
    }
    return List.of();
  }

  /** The headline's width in pixels at 20 px, from typical advance widths (in 1/1000 em). */
  static int width(String text) {
    long thousandths = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      thousandths += advance(c);
    }
    return (int) (thousandths * 20 / 1000);
  }

  private static int advance(int c) {
    if ("ijl|!.,:;'’‘`".indexOf(c) >= 0) {
      return 250;
    }
    if ("frtI()[]-/ \"“”".indexOf(c) >= 0) {
      return 320;
    }
    if (c == 'm' || c == 'M' || c == 'W' || c == 'w' || c == '@') {
      return 850;
    }
    if (Character.isUpperCase(c) || Character.isDigit(c)) {
      return 660;
    }
    if (Character.isIdeographic(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
      return 1000;
    }
    return 540;
  }
}
