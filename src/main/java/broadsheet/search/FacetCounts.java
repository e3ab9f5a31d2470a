package broadsheet.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the values of keyword doc-values fields (section, year) over all matching articles, in one
 * pass over the matches however many fields are counted.
 */
final class FacetCounts
    implements CollectorManager<FacetCounts.Counter, Map<String, Map<String, Long>>> {
  private final List<String> fields;

  FacetCounts(String... fields) {
    this.fields = List.of(fields);
  }

  @Override
  public Counter newCollector() {
    return new Counter(fields);
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Counter> counters) {
    Map<String, Map<String, Long>> total = new HashMap<>();
    fields.forEach(f -> total.put(f, new HashMap<>()));
    for (Counter c : counters) {
      c.counts.forEach(
          (field, values) -> values.forEach((k, v) -> total.get(field).merge(k, v, Long::sum)));
    }
    return total;
  }

  /** One slice's counts: by ordinal within each segment, then by value. */
  static final class Counter extends SimpleCollector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private SortedDocValues[] values;
    private int[][] ordinals;
    private long[][] perOrdinal;

    Counter(List<String> fields) {
      this.fields = fields;
      fields.forEach(f -> counts.put(f, new HashMap<>()));
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      values = new SortedDocValues[fields.size()];
      ordinals = new int[fields.size()][];
      perOrdinal = new long[fields.size()][];
      for (int i = 0; i < fields.size(); i++) {
        values[i] = DocValues.getSorted(context.reader(), fields.get(i));
        ordinals[i] = Ordinals.of(context.reader(), fields.get(i));
        perOrdinal[i] = new long[Math.max(values[i].getValueCount(), 1)];
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int i = 0; i < ordinals.length; i++) {
        int ordinal = ordinals[i][doc];
        if (ordinal >= 0) {
          perOrdinal[i][ordinal]++;
        }
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
      for (int i = 0; i < values.length; i++) {
        Map<String, Long> field = counts.get(fields.get(i));
        for (int ord = 0; ord < values[i].getValueCount(); ord++) {
          if (perOrdinal[i][ord] > 0) {
            field.merge(values[i].lookupOrd(ord).utf8ToString(), perOrdinal[i][ord], Long::sum);
          }
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
