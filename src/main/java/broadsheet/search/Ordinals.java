package broadsheet.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;

/**
 * Each document's ordinal of a keyword field (section, year), read once per segment into an array:
 * counting facets over tens of thousands of matches then costs an array read per match instead of a
 * doc-values lookup. Arrays go when their segment closes; each holds an int per document.
 */
final class Ordinals {
  private static final Map<Key, int[]> CACHE = new ConcurrentHashMap<>();

  private record Key(IndexReader.CacheKey segment, String field) {}

  private Ordinals() {}

  /** The ordinal of each document of the segment in {@code field}, -1 where it has none. */
  static int[] of(LeafReader reader, String field) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader, field);
    }
    Key key = new Key(helper.getKey(), field);
    int[] ordinals = CACHE.get(key);
    if (ordinals == null) {
      ordinals = read(reader, field);
      if (CACHE.putIfAbsent(key, ordinals) == null) {
        helper.addClosedListener(closed -> CACHE.remove(key));
      }
    }
    return ordinals;
  }

  private static int[] read(LeafReader reader, String field) throws IOException {
    int[] ordinals = new int[reader.maxDoc()];
    Arrays.fill(ordinals, -1);
    SortedDocValues values = DocValues.getSorted(reader, field);
    for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
      ordinals[doc] = values.ordValue();
    }
    return ordinals;
  }
}
