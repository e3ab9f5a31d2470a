package broadsheet.search;

import broadsheet.content.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * The query that finds what an article is like: its most distinctive words, from headline and body,
 * each weighted by (1 + log tf) × idf. MoreLikeThis weighted them by tf × idf, so a word an article
 * repeats twenty times outweighed twenty words it uses once, and long pieces about one name pulled
 * in anything else that named it; the logarithm keeps the topic's breadth.
 */
final class RelatedQuery {
  /** Words of the article asked for, at most: more found better neighbours, up to about 200. */
  private static final int TERMS = 200;

  /**
   * Scores the candidates with BM25 saturating a word's repeats early (k1 0.5) and normalising
   * length fully (b 1): together they found better neighbours than the defaults (bench/quality).
   */
  static final Similarity SIMILARITY = new BM25Similarity(0.5f, 1f);

  private record Weighted(String field, String term, double weight) {}

  private RelatedQuery() {}

  /** A searcher over the same reader that scores as related lists want. */
  static IndexSearcher searcher(IndexSearcher searcher) {
    IndexSearcher related = new IndexSearcher(searcher.getIndexReader());
    related.setSimilarity(SIMILARITY);
    return related;
  }

  /** The article's distinctive words as a query of optional, weighted term clauses. */
  static Query like(IndexReader reader, Analyzer analyzer, Article article) throws IOException {
    int docs = Math.max(1, reader.numDocs());
    List<Weighted> words = new ArrayList<>();
    Map<String, String> texts =
        Map.of(
            SearchIndex.HEADLINE,
            article.headline(),
            SearchIndex.BODY,
            SearchIndex.bodyText(article.bodyHtml()));
    for (Map.Entry<String, String> text : texts.entrySet()) {
      for (Map.Entry<String, Integer> word :
          counts(analyzer, text.getKey(), text.getValue()).entrySet()) {
        // Document frequency from the body, where nearly all of a word's uses are; a word no
        // other article uses cannot find one.
        int df = reader.docFreq(new Term(SearchIndex.BODY, word.getKey()));
        if (df >= 2) {
          double weight = (1 + Math.log(word.getValue())) * Math.log((double) docs / df);
          words.add(new Weighted(text.getKey(), word.getKey(), weight));
        }
      }
    }
    // Ties broken by field and word, so the same article always gives the same query.
    words.sort(
        Comparator.comparingDouble(Weighted::weight)
            .reversed()
            .thenComparing(Weighted::field)
            .thenComparing(Weighted::term));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    double top = words.isEmpty() ? 1 : Math.max(words.get(0).weight(), 1e-9);
    for (Weighted w : words.subList(0, Math.min(TERMS, words.size()))) {
      query.add(
          new BoostQuery(new TermQuery(new Term(w.field(), w.term())), (float) (w.weight() / top)),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** How often each word of this text occurs, as the index analyses this field. */
  static Map<String, Integer> counts(Analyzer analyzer, String field, String text)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        counts.merge(term.toString(), 1, Integer::sum);
      }
      tokens.end();
    }
    return counts;
  }
}
