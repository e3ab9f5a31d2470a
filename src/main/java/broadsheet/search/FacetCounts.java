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
import org.apache.lucene.util.BytesRef;

/**
 * One pass over a query's matches that counts the sections and years (each as if its own filter
 * were off, so readers can switch between values) and the matches both filters let through: the
 * total a page of results announces. A filter's value of null lets everything through.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Tally> {
  private final String section;
  private final String year;

  FacetCounts(String section, String year) {
    this.section = section;
    this.year = year;
  }

  /** Counts by section slug and by year, and the matches of both filters. */
  record Tally(Map<String, Long> sections, Map<String, Long> years, long total) {}

  @Override
  public Counter newCollector() {
    return new Counter(section, year);
  }

  @Override
  public Tally reduce(Collection<Counter> counters) {
    Map<String, Long> sections = new HashMap<>();
    Map<String, Long> years = new HashMap<>();
    long total = 0;
    for (Counter c : counters) {
      c.sections.forEach((k, v) -> sections.merge(k, v, Long::sum));
      c.years.forEach((k, v) -> years.merge(k, v, Long::sum));
      total += c.total;
    }
    return new Tally(sections, years, total);
  }

  /** One slice's counts: by ordinal within each segment, then by value. */
  static final class Counter extends SimpleCollector {
    private final BytesRef sectionWanted;
    private final BytesRef yearWanted;
    private final Map<String, Long> sections = new HashMap<>();
    private final Map<String, Long> years = new HashMap<>();
    private long total;
    private SortedDocValues sectionValues;
    private SortedDocValues yearValues;
    private int[] sectionOrds;
    private int[] yearOrds;
    // The ordinal a filter asks for in this segment; -1 lets every value through, -2 none.
    private int sectionOrd;
    private int yearOrd;
    private long[] perSection;
    private long[] perYear;

    Counter(String section, String year) {
      this.sectionWanted = section == null ? null : new BytesRef(section);
      this.yearWanted = year == null ? null : new BytesRef(year);
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      sectionValues = DocValues.getSorted(context.reader(), SearchIndex.SECTION);
      yearValues = DocValues.getSorted(context.reader(), SearchIndex.YEAR);
      sectionOrds = Ordinals.of(context.reader(), SearchIndex.SECTION);
      yearOrds = Ordinals.of(context.reader(), SearchIndex.YEAR);
      sectionOrd = wanted(sectionValues, sectionWanted);
      yearOrd = wanted(yearValues, yearWanted);
      perSection = new long[Math.max(sectionValues.getValueCount(), 1)];
      perYear = new long[Math.max(yearValues.getValueCount(), 1)];
    }

    private static int wanted(SortedDocValues values, BytesRef value) throws IOException {
      if (value == null) {
        return -1;
      }
      int ord = values.lookupTerm(value);
      return ord < 0 ? -2 : ord;
    }

    @Override
    public void collect(int doc) {
      int s = sectionOrds[doc];
      int y = yearOrds[doc];
      boolean sectionPasses = sectionOrd == -1 || s == sectionOrd;
      boolean yearPasses = yearOrd == -1 || y == yearOrd;
      if (yearPasses && s >= 0) {
        perSection[s]++;
      }
      if (sectionPasses && y >= 0) {
        perYear[y]++;
      }
      if (sectionPasses && yearPasses) {
        total++;
      }
    }

    @Override
    public void finish() throws IOException {
      flush();
    }

    private void flush() throws IOException {
      if (sectionValues == null) {
        return;
      }
      add(sections, sectionValues, perSection);
      add(years, yearValues, perYear);
      sectionValues = null;
    }

    private static void add(Map<String, Long> into, SortedDocValues values, long[] perOrdinal)
        throws IOException {
      for (int ord = 0; ord < values.getValueCount(); ord++) {
        if (perOrdinal[ord] > 0) {
          into.merge(values.lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
