package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Quotes in the other style than the paper's: straight quotes and apostrophes in a paper that sets
 * curly ones, or curly ones in a paper that keeps them straight. One finding per field. Warns.
 */
final class QuoteStyle implements Rule {
  @Override
  public String id() {
    return "quote-style";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    boolean curly = site.style().curlyQuotes();
    List<Finding> out = new ArrayList<>();
    look("headline", copy.headline(), curly, out);
    look("standfirst", copy.standfirst(), curly, out);
    for (String block : copy.rendered().blocks()) {
      if (look("body", block, curly, out)) {
        break;
      }
    }
    return out;
  }

  private boolean look(String field, String text, boolean curly, List<Finding> out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean other = curly ? c == '"' || c == '\'' : c == '“' || c == '”' || c == '‘' || c == '’';
      if (other) {
        out.add(
            finding(
                field,
                Passages.around(text, i, i + 1),
                curly
                    ? "The paper sets curly quotes: write “ ” ‘ ’ (and ’ for an apostrophe)."
                    : "The paper keeps quotes straight: write \" and '."));
        return true;
      }
    }
    return false;
  }
}
