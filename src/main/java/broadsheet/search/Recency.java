package broadsheet.search;

import java.io.IOException;
import java.time.Clock;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A gentle preference for recent coverage: a score multiplier from 1.0 for old articles up to 1 +
 * {@code weight} for today's, halving every {@code halfLifeDays}. Gentle, so that relevance still
 * decides and an old article that matches well still beats a new one that barely does.
 */
final class Recency extends DoubleValuesSource {
  private final long now;
  private final double weight;
  private final double halfLifeSeconds;

  Recency(Clock clock, double weight, double halfLifeDays) {
    this.now = clock.instant().getEpochSecond();
    this.weight = weight;
    this.halfLifeSeconds = halfLifeDays * 86_400;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues published = DocValues.getNumeric(ctx.reader(), SearchIndex.PUBLISHED);
    return new DoubleValues() {
      private double value = 1.0;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        if (published.advanceExact(doc)) {
          double age = Math.max(0, now - published.longValue());
          value = 1.0 + weight * Math.pow(0.5, age / halfLifeSeconds);
        } else {
          value = 1.0;
        }
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Recency r
        && r.now == now
        && r.weight == weight
        && r.halfLifeSeconds == halfLifeSeconds;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(now) * 31 + Double.hashCode(weight);
  }

  @Override
  public String toString() {
    return "recency(weight=" + weight + ")";
  }
}
