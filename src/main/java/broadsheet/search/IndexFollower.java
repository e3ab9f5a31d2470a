package broadsheet.search;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFollower;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The node's search index following the change feed: articles that changed are indexed again, an
 * import rebuilds the index, and each commit records the last change applied. Then the related
 * lists of this node's own changes are recomputed (the lists are stored, so one node computing them
 * is enough; each list it changes is a change of its own).
 */
public final class IndexFollower implements ChangeFollower {
  private final SearchIndex index;
  private final RelatedArticles related;
  private final String origin;

  /**
   * @param origin this node's name in the feed: its own changes are the ones it recomputes lists
   *     for
   */
  public IndexFollower(SearchIndex index, RelatedArticles related, String origin) {
    this.index = index;
    this.related = related;
    this.origin = origin;
  }

  @Override
  public long position() {
    return index.position();
  }

  @Override
  public void apply(List<Change> changes) {
    Set<Long> articles = new LinkedHashSet<>();
    Set<Long> own = new LinkedHashSet<>();
    boolean imported = false;
    for (Change c : changes) {
      if (c.kind() == Change.Kind.ARTICLE) {
        articles.add(c.ref());
        if (c.origin().equals(origin)) {
          own.add(c.ref());
        }
      } else if (c.kind() == Change.Kind.IMPORT) {
        imported = true;
      }
    }
    try {
      if (imported) {
        index.rebuild(n -> {});
      }
      // Other kinds leave the index as it is; their place is recorded with the next commit.
      if (imported || !articles.isEmpty()) {
        index.update(articles, changes.getLast().seq());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot update the search index", e);
    }
    own.forEach(related::articleChanged);
  }

  @Override
  public long rebuild(long head) {
    try {
      index.rebuild(n -> {});
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rebuild the search index", e);
    }
    return index.position();
  }
}
