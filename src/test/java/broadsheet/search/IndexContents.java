package broadsheet.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * What a node's search index holds at its last commit, read from its folder as another process sees
 * it (a reader needs no lock, so the node may keep writing): the articles in it and the last change
 * of the feed it applied.
 *
 * @param articles the ids of the articles indexed
 * @param position the last change applied, 0 when the commit names none
 */
public record IndexContents(Set<Long> articles, long position) {
  /** The index's last commit in {@code folder}. */
  public static IndexContents read(Path folder) throws IOException {
    try (FSDirectory directory = FSDirectory.open(folder);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      Set<Long> ids = new TreeSet<>();
      for (LeafReaderContext leaf : reader.leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        NumericDocValues values = leaf.reader().getNumericDocValues(SearchIndex.ID);
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc();
            doc != DocIdSetIterator.NO_MORE_DOCS;
            doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.add(values.longValue());
          }
        }
      }
      String position = reader.getIndexCommit().getUserData().get(IndexCommits.POSITION_KEY);
      return new IndexContents(ids, position == null ? 0 : Long.parseLong(position));
    }
  }
}
