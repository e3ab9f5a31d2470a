package broadsheet.search;

import broadsheet.content.Article;
import java.util.List;

/** One page of search hits, with facet counts and, when nothing matched, a suggestion. */
public record SearchResults(
    String query,
    List<Hit> hits,
    long total,
    List<Facet> sections,
    List<Facet> years,
    String suggestion,
    int page,
    int pages) {

  /** An article found, with a highlighted, escaped snippet (safe to print as HTML). */
  public record Hit(Article article, String snippetHtml) {}

  /** A facet value and how many hits have it; selected when it is the active filter. */
  public record Facet(String value, String label, long count, boolean selected) {}

  public static SearchResults empty(String query) {
    return new SearchResults(query, List.of(), 0, List.of(), List.of(), null, 1, 1);
  }
}
