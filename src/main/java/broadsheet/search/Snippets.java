package broadsheet.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlighted passages of hits' bodies: the body text the index stores, cut at the offsets its
 * postings keep, so a page of hits needs neither the store nor an analysis of any body again.
 */
final class Snippets {
  private static final DefaultPassageFormatter MARKS =
      new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

  private Snippets() {}

  /** Up to two passages of each hit's body, escaped; null where a body has no match. */
  static String[] of(IndexSearcher searcher, Analyzer analyzer, Query text, ScoreDoc[] docs)
      throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(MARKS)
            .withMaxLength(20_000)
            // Marks the words of a quoted phrase one by one (only where they form the phrase)
            // rather than as one span, which would build a matcher per hit.
            .withWeightMatches(false)
            .build();
    TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), docs);
    return highlighter.highlight(SearchIndex.BODY, text, page, 2);
  }
}
