package broadsheet.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts the values of one keyword doc-values field (section, year) over all matching articles. */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, Map<String, Long>> {
  private final String field;

  FacetCounts(String field) {
    this.field = field;
  }

  @Override
  public Counter newCollector() {
    return new Counter(field);
  }

  @Override
  public Map<String, Long> reduce(Collection<Counter> counters) {
    Map<String, Long> total = new HashMap<>();
    for (Counter c : counters) {
      c.counts.forEach((k, v) -> total.merge(k, v, Long::sum));
    }
    return total;
  }

  /** One slice's counts, by ordinal within each segment and then by value. */
  static final class Counter extends SimpleCollector {
    private final String field;
    private final Map<String, Long> counts = new HashMap<>();
    private SortedDocValues values;
    private long[] perOrdinal;

    Counter(String field) {
      this.field = field;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      values = DocValues.getSorted(context.reader(), field);
      perOrdinal = new long[Math.max(values.getValueCount(), 1)];
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        perOrdinal[values.ordValue()]++;
      }
    }

    @Override
    public void finish() throws IOException {
      flush();
    }

    private void flush() throws IOException {
      if (values == null) {
        return;
      }
      for (int ord = 0; ord < values.getValueCount(); ord++) {
        if (perOrdinal[ord] > 0) {
          counts.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
        }
      }
      values = null;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
