package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML that will show as text: entities encoded twice (the page shows {@code &#8217;}) and tags
 * escaped into text (the page shows {@code <p>}). Blocking.
 */
final class VisibleMarkup implements Rule {
  @Override
  public String id() {
    return "visible-markup";
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    look("headline", copy.headline(), out);
    look("standfirst", copy.standfirst(), out);
    for (String block : copy.rendered().blocks()) {
      look("body", block, out);
    }
    return out;
  }

  private void look(String field, String text, List<Finding> out) {
    for (Entities.Span s : Entities.references(text)) {
      out.add(
          finding(
              field,
              Passages.around(text, s.start(), s.end()),
              "Write the character itself (’, \", &): "
                  + text.substring(s.start(), s.end())
                  + " was encoded twice and shows as code."));
    }
    for (Entities.Span s : Entities.tags(text)) {
      out.add(
          finding(
              field,
              text.substring(s.start(), s.end()),
              "Remove the tag, or use the formatting it meant: it was escaped and shows as text."));
    }
  }
}
