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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

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
    return index.withSearcher(s -> SearchIndex.ids(s, s.search(scored(text), max).scoreDocs));
  }

  private Query scored(Query text) {
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(SearchIndex.recency(clock, 0.5f, 180), BooleanClause.Occur.SHOULD)
        .build();
  }

  private SearchResults run(
      IndexSearcher searcher, String input, Query text, String section, String year, int page)
      throws IOException {
    Query filtered = filter(scored(text), section, year);
    TopDocs top = searcher.search(filtered, page * PAGE_SIZE);
    long total = top.totalHits.value();
    if (total < page * PAGE_SIZE
        && top.totalHits.relation() != org.apache.lucene.search.TotalHits.Relation.EQUAL_TO) {
      total = searcher.count(filtered);
    }
    ScoreDoc[] onPage =
        java.util.Arrays.copyOfRange(
            top.scoreDocs,
            Math.min(top.scoreDocs.length, (page - 1) * PAGE_SIZE),
            top.scoreDocs.length);
    List<SearchResults.Hit> hits = hits(searcher, text, onPage);
    // Each facet counts as if its own filter were off, so readers can switch between values;
    // without filters one pass over the matches serves both.
    Map<String, Long> sectionCounts;
    Map<String, Long> yearCounts;
    if (section == null && year == null) {
      var both = searcher.search(text, new FacetCounts(SearchIndex.SECTION, SearchIndex.YEAR));
      sectionCounts = both.get(SearchIndex.SECTION);
      yearCounts = both.get(SearchIndex.YEAR);
    } else {
      sectionCounts =
          searcher
              .search(filter(text, null, year), new FacetCounts(SearchIndex.SECTION))
              .get(SearchIndex.SECTION);
      yearCounts =
          searcher
              .search(filter(text, section, null), new FacetCounts(SearchIndex.YEAR))
              .get(SearchIndex.YEAR);
    }
    String suggestion = total == 0 ? suggest(searcher, input) : null;
    int pages = (int) Math.max(1, Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE));
    return new SearchResults(
        input,
        hits,
        total,
        sectionFacets(sectionCounts, section),
        yearFacets(yearCounts, year),
        suggestion,
        page,
        pages);
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
    String[] snippets = snippets(searcher, text, docs, ids);
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
   * Highlighted passages of each hit's body, cut by the offsets in the index from the body's text
   * read from the store (the index stores no text); null where a body has no match.
   */
  private String[] snippets(IndexSearcher searcher, Query text, ScoreDoc[] docs, List<Long> ids)
      throws IOException {
    Map<Long, String> bodies = articles.bodiesByIds(ids);
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < docs.length; i++) {
      byDoc.put(docs[i].doc, SearchIndex.bodyText(bodies.getOrDefault(ids.get(i), "")));
    }
    UnifiedHighlighter.Builder settings =
        UnifiedHighlighter.builder(searcher, index.analyzer())
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(20_000)
            // Marks the words of a quoted phrase one by one (only where they form the phrase)
            // rather than as one span, which would build a matcher per hit.
            .withWeightMatches(false);
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter(settings) {
          @Override
          protected List<CharSequence[]> loadFieldValues(
              String[] fields, DocIdSetIterator hits, int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = hits.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = hits.nextDoc()) {
              CharSequence[] texts = new CharSequence[fields.length];
              Arrays.fill(texts, byDoc.getOrDefault(doc, ""));
              values.add(texts);
            }
            return values;
          }
        };
    TopDocs page =
        new TopDocs(
            new org.apache.lucene.search.TotalHits(
                docs.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO),
            docs);
    return highlighter.highlight(SearchIndex.BODY, text, page, 2);
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
