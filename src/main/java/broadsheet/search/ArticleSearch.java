package broadsheet.search;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Section;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Readers' search: BM25 over weighted fields, a touch of recency, facets, snippets, suggestions.
 */
public final class ArticleSearch {
  public static final int PAGE_SIZE = 10;
  private static final int MAX_PAGE = 100;

  private final SearchIndex index;
  private final ArticleRepository articles;
  private final Supplier<List<Section>> sections;
  private final Clock clock;

  public ArticleSearch(
      SearchIndex index,
      ArticleRepository articles,
      Supplier<List<Section>> sections,
      Clock clock) {
    this.index = index;
    this.articles = articles;
    this.sections = sections;
    this.clock = clock;
  }

  public SearchResults search(String input, String section, String year, int page) {
    Query text = ReaderQuery.parse(input, index.analyzer());
    if (text == null) {
      return SearchResults.empty(input == null ? "" : input);
    }
    int wanted = Math.max(1, Math.min(page, MAX_PAGE));
    return index.withSearcher(s -> run(s, input, text, blank(section), blank(year), wanted));
  }

  /**
   * The ids of the articles a reader's query finds, best first, ranked as the search page ranks
   * them: at most {@code max}, none for a query without words.
   */
  public List<Long> ranked(String input, int max) {
    Query text = ReaderQuery.parse(input, index.analyzer());
    if (text == null) {
      return List.of();
    }
    return index.withSearcher(s -> SearchIndex.ids(s, top(s, text, max).scoreDocs));
  }

  private SearchResults run(
      IndexSearcher searcher, String input, Query typed, String section, String year, int page)
      throws IOException {
    Query text = lookedUp(searcher, typed);
    TopDocs top = top(searcher, filter(text, section, year), page * PAGE_SIZE);
    ScoreDoc[] onPage =
        Arrays.copyOfRange(
            top.scoreDocs,
            Math.min(top.scoreDocs.length, (page - 1) * PAGE_SIZE),
            top.scoreDocs.length);
    List<SearchResults.Hit> hits = hits(searcher, text, onPage);
    FacetCounts.Tally tally = FacetCounts.count(searcher, text, section, year);
    long total = tally.total();
    String suggestion = total == 0 ? suggest(searcher, input) : null;
    int pages = (int) Math.max(1, Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    return new SearchResults(
        input,
        hits,
        total,
        sectionFacets(tally.sections(), section),
        yearFacets(tally.years(), year),
        suggestion,
        page,
        pages);
  }

  /** The best {@code n} matches, with a touch of recency (see {@link RecentTopDocs}). */
  private TopDocs top(IndexSearcher searcher, Query query, int n) throws IOException {
    return searcher.search(query, new RecentTopDocs(n, clock, 0.5f, 180));
  }

  private List<SearchResults.Hit> hits(IndexSearcher searcher, Query text, ScoreDoc[] docs)
      throws IOException {
    if (docs.length == 0) {
      return List.of();
    }
    List<Long> ids = SearchIndex.ids(searcher, docs);
    List<Article> found = articles.publishedByIds(ids);
    Map<Long, Article> byId = new HashMap<>();
    found.forEach(a -> byId.put(a.id(), a));
    String[] snippets = Snippets.of(searcher, index.analyzer(), text, docs);
    List<SearchResults.Hit> hits = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Article a = byId.get(ids.get(i));
      if (a != null) {
        String snippet = snippets[i] != null ? snippets[i] : escape(a.standfirst());
        hits.add(new SearchResults.Hit(a, snippet));
      }
    }
    return hits;
  }

  /**
   * The query with each word looked up in the index once, for the two passes over it (the best
   * hits, then the facets) that would each look it up again: loading the terms' blocks was a tenth
   * of what a search allocated.
   */
  private static Query lookedUp(IndexSearcher searcher, Query query) throws IOException {
    if (query instanceof BooleanQuery words) {
      BooleanQuery.Builder out =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(words.getMinimumNumberShouldMatch());
      for (BooleanClause clause : words.clauses()) {
        out.add(lookedUp(searcher, clause.query()), clause.occur());
      }
      return out.build();
    }
    if (query instanceof BoostQuery boosted) {
      return new BoostQuery(lookedUp(searcher, boosted.getQuery()), boosted.getBoost());
    }
    if (query instanceof TermQuery word) {
      return new TermQuery(word.getTerm(), TermStates.build(searcher, word.getTerm(), true));
    }
    return query;
  }

  private static Query filter(Query query, String section, String year) {
    if (section == null && year == null) {
      return query;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (section != null) {
      b.add(new TermQuery(new Term(SearchIndex.SECTION, section)), BooleanClause.Occur.FILTER);
    }
    if (year != null) {
      b.add(new TermQuery(new Term(SearchIndex.YEAR, year)), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** "Did you mean": each word replaced by its closest frequent spelling in the index. */
  private String suggest(IndexSearcher searcher, String input) throws IOException {
    List<String> words = ReaderQuery.terms(SPELLING, SearchIndex.SPELL, input.replace('"', ' '));
    DirectSpellChecker checker = new DirectSpellChecker();
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (String word : words) {
      SuggestWord[] best =
          checker.suggestSimilar(
              new Term(SearchIndex.SPELL, word),
              1,
              searcher.getIndexReader(),
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      String chosen = best.length > 0 ? best[0].string : word;
      changed |= !chosen.equals(word);
      out.append(out.isEmpty() ? "" : " ").append(chosen);
    }
    return changed ? out.toString() : null;
  }

  private static final org.apache.lucene.analysis.Analyzer SPELLING =
      new org.apache.lucene.analysis.standard.StandardAnalyzer();

  private List<SearchResults.Facet> sectionFacets(Map<String, Long> counts, String selected) {
    List<SearchResults.Facet> facets = new ArrayList<>();
    for (Section s : sections.get()) {
      Long n = counts.get(s.slug());
      if (n != null) {
        facets.add(new SearchResults.Facet(s.slug(), s.name(), n, s.slug().equals(selected)));
      }
    }
    facets.sort(Comparator.comparingLong(SearchResults.Facet::count).reversed());
    return facets;
  }

  private static List<SearchResults.Facet> yearFacets(Map<String, Long> counts, String selected) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByKey().reversed())
        .map(
            e ->
                new SearchResults.Facet(
                    e.getKey(), e.getKey(), e.getValue(), e.getKey().equals(selected)))
        .toList();
  }

  private static String blank(String s) {
    return s == null || s.isBlank() || s.length() > 100 ? null : s;
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
