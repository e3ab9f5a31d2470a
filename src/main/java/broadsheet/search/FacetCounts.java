package broadsheet.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The sections and years of a query's matches (each counted as if its own filter were off, so
 * readers can switch between values) and the matches both filters let through: the total a page of
 * results announces. A filter's value of null lets everything through. The matches are gathered
 * into a bitset per segment straight from the postings, then intersected with each value's
 * documents ({@link Ordinals}): no per-match call, lookup or counter.
 */
final class FacetCounts {
  private FacetCounts() {}

  /** Counts by section slug and by year, and the matches of both filters. */
  record Tally(Map<String, Long> sections, Map<String, Long> years, long total) {}

  static Tally count(IndexSearcher searcher, Query query, String section, String year)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Map<String, Long> sections = new HashMap<>();
    Map<String, Long> years = new HashMap<>();
    long total = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FixedBitSet matches = matches(weight, leaf);
      if (matches == null) {
        continue;
      }
      Ordinals.Values bySection = Ordinals.of(leaf.reader(), SearchIndex.SECTION);
      Ordinals.Values byYear = Ordinals.of(leaf.reader(), SearchIndex.YEAR);
      FixedBitSet inSection = only(matches, bySection, section);
      FixedBitSet inYear = only(matches, byYear, year);
      add(sections, bySection, inYear);
      add(years, byYear, inSection);
      total += FixedBitSet.intersectionCount(inSection, inYear);
    }
    return new Tally(sections, years, total);
  }

  /** The documents of the segment that match, deleted ones left out; null when none can. */
  private static FixedBitSet matches(Weight weight, LeafReaderContext leaf) throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    if (supplier == null) {
      return null;
    }
    Scorer scorer = supplier.get(Long.MAX_VALUE);
    FixedBitSet matches = new FixedBitSet(leaf.reader().maxDoc());
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    if (twoPhase == null) {
      matches.or(scorer.iterator());
    } else {
      // Phrases: a candidate from the postings of their words matches only where they stand in
      // order.
      DocIdSetIterator candidates = twoPhase.approximation();
      for (int doc = candidates.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = candidates.nextDoc()) {
        if (twoPhase.matches()) {
          matches.set(doc);
        }
      }
    }
    Bits live = leaf.reader().getLiveDocs();
    if (live != null) {
      live.applyMask(matches, 0);
    }
    return matches;
  }

  /** The matches with this value (all of them for a null value, none for one no match can have). */
  private static FixedBitSet only(FixedBitSet matches, Ordinals.Values values, String value) {
    if (value == null) {
      return matches;
    }
    FixedBitSet docs = values.of(value);
    FixedBitSet both = new FixedBitSet(matches.length());
    if (docs != null) {
      both.or(matches);
      both.and(docs);
    }
    return both;
  }

  private static void add(Map<String, Long> into, Ordinals.Values values, FixedBitSet matches) {
    for (int ord = 0; ord < values.names().length; ord++) {
      long n = FixedBitSet.intersectionCount(matches, values.docs()[ord]);
      if (n > 0) {
        into.merge(values.names()[ord], n, Long::sum);
      }
    }
  }
}
