package broadsheet.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells the parts that follow content (search index, page cache) that an article changed. Writers
 * announce a change after their transaction commits, so listeners always read committed data.
 */
public final class ContentEvents {
  private final List<Consumer<ArticleChange>> listeners = new CopyOnWriteArrayList<>();

  public void subscribe(Consumer<ArticleChange> listener) {
    listeners.add(listener);
  }

  public void announce(ArticleChange change) {
    for (Consumer<ArticleChange> listener : listeners) {
      listener.accept(change);
    }
  }
}
