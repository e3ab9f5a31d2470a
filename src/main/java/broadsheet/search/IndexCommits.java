package broadsheet.search;

import broadsheet.changes.ChangeLog;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;

/**
 * What each commit of the index records in its commit data: the layout of its documents, the store
 * it follows and the last change of that store's feed it applied; and whether an index can follow
 * the store from where it stands.
 */
final class IndexCommits {
  private static final String LAYOUT_KEY = "layout";
  private static final String STORE_KEY = "store";
  static final String POSITION_KEY = "position";

  private final ChangeLog changes;
  private final String layout;
  // The store's identity never changes under a running index: asked of the store once, not at
  // every commit (asking may write, on a store that has none yet).
  private volatile String storeId;

  IndexCommits(ChangeLog changes, String layout) {
    this.changes = changes;
    this.layout = layout;
  }

  /** Commits what the writer holds, recording {@code position} as the last change applied. */
  void commit(IndexWriter writer, long position) throws IOException {
    Map<String, String> data = new HashMap<>();
    data.put(LAYOUT_KEY, layout);
    data.put(STORE_KEY, storeId());
    data.put(POSITION_KEY, String.valueOf(position));
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /** The last change of the feed the writer's index has applied. */
  long position(IndexWriter writer) {
    String position = data(writer, POSITION_KEY);
    return position == null ? 0 : Long.parseLong(position);
  }

  /** Why the writer's index cannot follow the store from where it stands, or null when it can. */
  String outOfStep(IndexWriter writer) {
    if (!layout.equals(data(writer, LAYOUT_KEY))) {
      return "written in another layout";
    }
    if (!storeId().equals(data(writer, STORE_KEY))) {
      return "built from another store";
    }
    String position = data(writer, POSITION_KEY);
    if (position == null || Long.parseLong(position) < changes.prunedThrough()) {
      return "behind the changes the store still keeps";
    }
    return null;
  }

  private String storeId() {
    if (storeId == null) {
      storeId = changes.storeId();
    }
    return storeId;
  }

  private static String data(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(key)) {
          return e.getValue();
        }
      }
    }
    return null;
  }
}
