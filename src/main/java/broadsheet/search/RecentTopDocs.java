package broadsheet.search;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * The best {@code n} matches of a query by its score plus a touch of recency: up to {@code weight}
 * for an article published now, half of it at {@code halfLifeDays}. Added here rather than as a
 * clause of the query, so that a reader's words stay a plain disjunction that Lucene can prune:
 * once the list is full, the query is told the lowest score that can still enter it (the last
 * entry's, less the most recency can add), and skips whatever cannot reach it. How many match in
 * all is not counted (the facet pass counts them).
 */
final class RecentTopDocs implements CollectorManager<RecentTopDocs.Best, TopDocs> {
  private final int n;
  private final float weight;
  private final double pivot;
  private final long now;

  RecentTopDocs(int n, Clock clock, float weight, long halfLifeDays) {
    this.n = n;
    this.weight = weight;
    this.pivot = halfLifeDays * 86_400.0;
    this.now = clock.instant().getEpochSecond();
  }

  /** What recency adds to an article published at {@code published} (epoch seconds). */
  float recency(long published) {
    return (float) (weight * (pivot / (pivot + Math.abs((double) published - now))));
  }

  @Override
  public Best newCollector() {
    return new Best();
  }

  @Override
  public TopDocs reduce(Collection<Best> collectors) {
    if (collectors.size() == 1) {
      return collectors.iterator().next().topDocs();
    }
    TopDocs[] each = new TopDocs[collectors.size()];
    int i = 0;
    for (Best b : collectors) {
      each[i++] = b.topDocs();
    }
    return TopDocs.merge(n, each);
  }

  /** One slice's best, lowest first in the queue; ties go to the earlier document, as Lucene's. */
  final class Best extends SimpleCollector {
    private final PriorityQueue<ScoreDoc> queue =
        new PriorityQueue<>(
            n + 1, (a, b) -> a.score != b.score ? Float.compare(a.score, b.score) : b.doc - a.doc);
    private Scorable scorer;
    private SortedNumericDocValues published;
    private int docBase;
    private int collected;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      published = DocValues.getSortedNumeric(context.reader(), SearchIndex.PUBLISHED);
      docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorable) throws IOException {
      this.scorer = scorable;
      raiseFloor();
    }

    @Override
    public void collect(int doc) throws IOException {
      collected++;
      float score =
          scorer.score() + (published.advanceExact(doc) ? recency(published.nextValue()) : 0);
      if (queue.size() < n) {
        queue.add(new ScoreDoc(docBase + doc, score));
        if (queue.size() == n) {
          raiseFloor();
        }
      } else if (score > queue.peek().score) {
        ScoreDoc last = queue.poll();
        last.doc = docBase + doc;
        last.score = score;
        queue.add(last);
        raiseFloor();
      }
    }

    /** Tells the query the lowest score of its own that could still enter a full list. */
    private void raiseFloor() throws IOException {
      if (scorer != null && queue.size() == n) {
        scorer.setMinCompetitiveScore(Math.max(0, Math.nextDown(queue.peek().score - weight)));
      }
    }

    TopDocs topDocs() {
      ScoreDoc[] best = new ScoreDoc[queue.size()];
      for (int i = best.length - 1; i >= 0; i--) {
        best[i] = queue.poll();
      }
      return new TopDocs(
          new TotalHits(collected, TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), best);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.TOP_SCORES;
    }
  }
}
