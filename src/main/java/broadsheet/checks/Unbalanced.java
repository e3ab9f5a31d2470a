package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes or brackets left open or closed without opening, paragraph by paragraph. A quotation that
 * runs on into the next paragraph leaves its opening quote unclosed there, as newspapers do, when
 * the next paragraph opens with a quote again. Warns.
 */
final class Unbalanced implements Rule {
  @Override
  public String id() {
    return "unbalanced";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    check("headline", List.of(copy.headline()), out);
    check("standfirst", List.of(copy.standfirst()), out);
    check("body", copy.rendered().blocks(), out);
    return out;
  }

  private void check(String field, List<String> blocks, List<Finding> out) {
    String openQuote = null;
    for (String block : blocks) {
      String text = block.strip();
      if (openQuote != null && !text.startsWith("“")) {
        out.add(
            finding(
                field, openQuote, "Close the quotation (”) or open the next paragraph with “."));
      }
      openQuote = null;
      int quotes = 0;
      int round = 0;
      int square = 0;
      String problem = null;
      for (int i = 0; i < text.length() && problem == null; i++) {
        switch (text.charAt(i)) {
          case '“' -> quotes++;
          case '”' -> quotes = quotes == 0 ? fail() : quotes - 1;
          case '(' -> round++;
          case ')' -> round = round == 0 && !listMarker(text, i) ? fail() : Math.max(0, round - 1);
          case '[' -> square++;
          case ']' -> square = square == 0 ? fail() : square - 1;
          default -> {}
        }
        if (quotes < 0 || round < 0 || square < 0) {
          problem = "Open what this closes: a quote or bracket closes here without opening.";
        }
      }
      if (problem == null && (round > 0 || square > 0)) {
        problem = "Close the bracket opened here.";
      }
      if (problem != null) {
        out.add(finding(field, text, problem));
      } else if (quotes > 0) {
        openQuote = text;
      }
    }
    if (openQuote != null) {
      out.add(finding(field, openQuote, "Close the quotation (”)."));
    }
  }

  private static int fail() {
    return Integer.MIN_VALUE / 2;
  }

  /** A closing bracket of a list marker ("a)", "2)") or a smiley (":)"), not prose. */
  private static boolean listMarker(String text, int i) {
    char before = i > 0 ? text.charAt(i - 1) : ' ';
    boolean marker =
        i > 0 && Character.isLetterOrDigit(before) && (i == 1 || text.charAt(i - 2) == ' ');
    return marker || before == ':' || before == ';';
  }
}
