package broadsheet.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of hits' bodies: the body text the index keeps, cut at the offsets its
 * postings keep, so a page of hits needs neither the store nor an analysis of any body again.
 */
final class Snippets {
  private static final PassageMarks MARKS = new PassageMarks();
  private static final PassageScores SCORES = new PassageScores();

  private Snippets() {}

  /** Up to two passages of each hit's body, escaped; null where a body has no match. */
  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query text, ScoreDoc[] docs)
      throws IOException {
    return of(searcher, analyzer, text, docs, MARKS, SCORES);
  }

  /** The same with another formatter and scorer: Lucene's own, for the test of ours. */
  static String[] of(
      IndexSearcher searcher,
      Analyzer analyzer,
      Query text,
      ScoreDoc[] docs,
      PassageFormatter marks,
      PassageScorer scores)
      throws IOException {
    UnifiedHighlighter highlighter =
        new FromDocValues(
            UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(marks)
                .withScorer(scores)
                .withMaxLength(20_000)
                // Marks the words of a quoted phrase one by one (only where they form the phrase)
                // rather than as one span, which would build a matcher per hit.
                .withWeightMatches(false));
    TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    return highlighter.highlight(SearchIndex.BODY, text, page, 2);
  }

  /**
   * Reads the text from the field's doc values ({@link SearchIndex#document}): a slice of the index
   * read as it lies, where a stored field would first decompress a block of other articles' text
   * around it.
   */
  private static final class FromDocValues extends UnifiedHighlighter {
    FromDocValues(Builder builder) {
      super(builder);
    }

    /** The body's passages cut at the sentence boundaries found when it was indexed. */
    @Override
    protected FieldHighlighter newFieldHighlighter(
        String field,
        FieldOffsetStrategy offsets,
        BreakIterator rules,
        PassageScorer scorer,
        int maxPassages,
        int maxNoHighlightPassages,
        PassageFormatter formatter,
        Comparator<Passage> order) {
      if (!field.equals(SearchIndex.BODY)) {
        return super.newFieldHighlighter(
            field, offsets, rules, scorer, maxPassages, maxNoHighlightPassages, formatter, order);
      }
      Sentences sentences = new Sentences();
      return new FieldHighlighter(
          field,
          offsets,
          sentences,
          scorer,
          maxPassages,
          maxNoHighlightPassages,
          formatter,
          order) {
        @Override
        public Object highlightFieldForDoc(LeafReader reader, int doc, String content)
            throws IOException {
          BinaryDocValues bounds = DocValues.getBinary(reader, SearchIndex.SENTENCES);
          sentences.expect(
              bounds.advanceExact(doc) ? Sentences.decode(bounds.binaryValue()) : null);
          return super.highlightFieldForDoc(reader, doc, content);
        }
      };
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        CharSequence[] texts = new CharSequence[fields.length];
        for (int i = 0; i < fields.length; i++) {
          texts[i] = SearchIndex.keptText(leaf.reader(), fields[i], doc - leaf.docBase);
        }
        values.add(texts);
      }
      return values;
    }
  }
}
