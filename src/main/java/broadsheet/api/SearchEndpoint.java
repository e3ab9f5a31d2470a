package broadsheet.api;

import broadsheet.search.ArticleSearch;
import broadsheet.search.SearchResults;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/**
 * GET /api/v1/search: the site's search (the same ranking, snippets and facets) as JSON, a page of
 * ten hits at a time. Not kept in the page cache: queries are endless.
 */
final class SearchEndpoint {
  /** A hit: the article's summary and the passages that matched, as escaped HTML. */
  record Hit(ObjectNode article, String snippet) {}

  record Facet(String value, String label, long count) {}

  record Facets(List<Facet> sections, List<Facet> years) {}

  record Results(
      String query,
      long total,
      int page,
      int pages,
      String suggestion,
      List<Hit> hits,
      Facets facets) {}

  private final ArticleSearch search;
  private final Supplier<ApiLinks> links;
  private final ApiResponses responses;

  SearchEndpoint(ArticleSearch search, Supplier<ApiLinks> links, ApiResponses responses) {
    this.search = search;
    this.links = links;
    this.responses = responses;
  }

  void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiProblem.invalid("q", "Give some words to search for.");
    }
    if (q.length() > 500) {
      throw ApiProblem.invalid("q", "A query may be 500 characters long at most.");
    }
    int page = QueryParameters.number(ctx, "page", 1, 100, 1);
    String year = ctx.queryParam("year");
    if (year != null && !year.matches("[0-9]{4}")) {
      throw ApiProblem.invalid("year", "Give a year of four digits.");
    }
    SearchResults results = search.search(q, ctx.queryParam("section"), year, page);
    ApiLinks l = links.get();
    List<Hit> hits =
        results.hits().stream()
            .map(
                h ->
                    new Hit(
                        ArticleFields.SUMMARY.select(
                            responses.json().tree(ContentArticle.of(h.article(), l))),
                        h.snippetHtml()))
            .toList();
    responses.sendUncached(
        ctx,
        new Results(
            results.query(),
            results.total(),
            results.page(),
            results.pages(),
            results.suggestion(),
            hits,
            new Facets(facets(results.sections()), facets(results.years()))));
  }

  private static List<Facet> facets(List<SearchResults.Facet> facets) {
    return facets.stream().map(f -> new Facet(f.value(), f.label(), f.count())).toList();
  }
}
