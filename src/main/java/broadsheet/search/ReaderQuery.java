package broadsheet.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a reader typed, turned into a Lucene query without ever running Lucene's query syntax:
 * quoted parts become phrases, everything else words, each analysed (stemmed) like the index. Stray
 * quotes, colons, brackets or stars are just punctuation. Fields weigh headline above tags and
 * standfirst above body.
 */
final class ReaderQuery {
  static final int MAX_LENGTH = 300;
  // In a fixed order: a word's scores in its fields are added in it, the same sum every run.
  static final Map<String, Float> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put(SearchIndex.HEADLINE, 3.0f);
    FIELDS.put(SearchIndex.TAGS, 2.0f);
    FIELDS.put(SearchIndex.STANDFIRST, 1.5f);
    FIELDS.put(SearchIndex.BODY, 1.0f);
    FIELDS.put(SearchIndex.AUTHORS, 1.0f);
  }

  private ReaderQuery() {}

  /** The words and phrases of the input; null when nothing searchable remains. */
  static Query parse(String input, Analyzer analyzer) {
    if (input == null) {
      return null;
    }
    String text = input.length() > MAX_LENGTH ? input.substring(0, MAX_LENGTH) : input;
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    String[] parts = text.split("\"", -1);
    int clauses = 0;
    for (int i = 0; i < parts.length; i++) {
      // Odd parts were inside quotes, if the quote was closed.
      boolean phrase = i % 2 == 1 && i < parts.length - 1;
      List<String> terms = terms(analyzer, SearchIndex.BODY, parts[i]);
      if (terms.isEmpty()) {
        continue;
      }
      if (phrase && terms.size() > 1) {
        query.add(phrase(terms), BooleanClause.Occur.MUST);
        clauses++;
      } else {
        for (String term : terms) {
          word(query, term);
          clauses++;
        }
      }
      if (clauses >= 40) {
        break;
      }
    }
    return clauses == 0 ? null : query.build();
  }

  /** The analysed words of the input, for spelling suggestions. */
  static List<String> words(String input, Analyzer analyzer) {
    String text =
        input == null ? "" : input.length() > MAX_LENGTH ? input.substring(0, MAX_LENGTH) : input;
    return terms(analyzer, SearchIndex.BODY, text.replace('"', ' '));
  }

  /**
   * A word in each field, weighed by the field, its scores added: clauses of the query itself
   * rather than one clause per word, so that Lucene can tell the few headline matches that make the
   * top of a list from the many body matches that cannot, and skip the latter.
   */
  private static void word(BooleanQuery.Builder query, String term) {
    FIELDS.forEach(
        (field, boost) ->
            query.add(
                new BoostQuery(new TermQuery(new Term(field, term)), boost),
                BooleanClause.Occur.SHOULD));
  }

  private static Query phrase(List<String> terms) {
    List<Query> perField = new ArrayList<>();
    FIELDS.forEach(
        (field, boost) -> {
          PhraseQuery.Builder p = new PhraseQuery.Builder();
          for (int i = 0; i < terms.size(); i++) {
            p.add(new Term(field, terms.get(i)), i);
          }
          perField.add(new BoostQuery(p.build(), boost));
        });
    return new DisjunctionMaxQuery(perField, 0.1f);
  }

  static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && terms.size() < 64) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
