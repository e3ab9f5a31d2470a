package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown that will show as raw characters: paired emphasis, a heading's {@code #}, or a link's
 * {@code [text](address)} left in text that is HTML (or in a plain-text field). Blocking.
 */
final class RawMarkdown implements Rule {
  private static final String FIX_EMPHASIS =
      "Use the editor's bold or italics (or <strong>/<em> in HTML) instead of the asterisks.";

  @Override
  public String id() {
    return "raw-markdown";
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    plain("headline", copy.headline(), out);
    plain("standfirst", copy.standfirst(), out);
    for (String block : copy.rendered().blocks()) {
      emphasis("body", block, out);
      heading(block, out);
      link(block, out);
    }
    return out;
  }

  private void plain(String field, String text, List<Finding> out) {
    emphasis(field, text, out);
    link(field, text, out);
  }

  private void emphasis(String field, String text, List<Finding> out) {
    for (Emphasis.Pair p : Emphasis.pairs(text)) {
      out.add(finding(field, text.substring(p.start(), p.end()), FIX_EMPHASIS));
    }
  }

  private void heading(String block, List<Finding> out) {
    for (int line = 0; line >= 0 && line < block.length(); ) {
      int i = line;
      while (i < block.length() && (block.charAt(i) == ' ' || block.charAt(i) == '\t')) {
        i++;
      }
      int hashes = 0;
      while (i + hashes < block.length() && block.charAt(i + hashes) == '#') {
        hashes++;
      }
      if (hashes >= 1
          && hashes <= 6
          && i + hashes < block.length()
          && block.charAt(i + hashes) == ' ') {
        int end = block.indexOf('\n', i);
        out.add(
            finding(
                "body",
                block.substring(i, end < 0 ? block.length() : end),
                "Make the line a heading (a subheading in the editor, or <h2> in HTML) without the #."));
      }
      int next = block.indexOf('\n', line);
      line = next < 0 ? -1 : next + 1;
    }
  }

  private void link(String block, List<Finding> out) {
    link("body", block, out);
  }

  private void link(String field, String text, List<Finding> out) {
    for (int i = text.indexOf("]("); i >= 0; i = text.indexOf("](", i + 2)) {
      int open = text.lastIndexOf('[', i);
      int close = text.indexOf(')', i);
      int lineStart = text.lastIndexOf('\n', i);
      if (open >= 0 && open > lineStart && close > i + 2 && close - i < 500 && open < i) {
        out.add(
            finding(
                field,
                text.substring(open, close + 1),
                "Make the words a link (the editor's link, or <a href> in HTML) instead of"
                    + " [text](address)."));
        i = close;
      }
    }
  }
}
