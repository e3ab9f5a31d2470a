package broadsheet.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of each value of a keyword field (section, year) in a segment, as one bitset per
 * value, read once per segment: a facet is then counted by intersecting a query's matches with each
 * value's set, a population count per 64 documents, instead of a lookup per match. The sets go when
 * their segment closes. Each value costs a bit per document of the segment, which suits fields of a
 * few dozen values such as sections and years, not fields of thousands.
 */
final class Ordinals {
  private static final Map<Key, Values> CACHE = new ConcurrentHashMap<>();

  private record Key(IndexReader.CacheKey segment, String field) {}

  /** A segment's values of a field, in ordinal order, and each value's documents. */
  record Values(String[] names, FixedBitSet[] docs) {
    /** The documents of this value, or null when no document of the segment has it. */
    FixedBitSet of(String value) {
      for (int ord = 0; ord < names.length; ord++) {
        if (names[ord].equals(value)) {
          return docs[ord];
        }
      }
      return null;
    }
  }

  private Ordinals() {}

  /** The values of {@code field} in the segment and the documents of each. */
  static Values of(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field);
    }
    Key key = new Key(helper.getKey(), field);
    Values values = CACHE.get(key);
    if (values == null) {
      values = read(reader, field);
      if (CACHE.putIfAbsent(key, values) == null) {
        helper.addClosedListener(closed -> CACHE.remove(key));
      }
    }
    return values;
  }

  private static Values read(LeafReader reader, String field) throws IOException {
    SortedDocValues values = DocValues.getSorted(reader, field);
    int count = values.getValueCount();
    String[] names = new String[count];
    FixedBitSet[] docs = new FixedBitSet[count];
    for (int ord = 0; ord < count; ord++) {
      names[ord] = values.lookupOrd(ord).utf8ToString();
      docs[ord] = new FixedBitSet(reader.maxDoc());
    }
    for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      docs[values.ordValue()].set(doc);
    }
    return new Values(names, docs);
  }
}
