package broadsheet.changes;

import java.util.List;

/**
 * Something a node holds that follows the change feed: its page cache, its search index. Each
 * follower has a thread of its own (see {@link ChangeFeed}) and its own place in the feed.
 */
public interface ChangeFollower {
  /**
   * The last change what this follower holds already reflects; asked once, on the follower's own
   * thread, before it first reads the feed (it may wait there, e.g. for an index to open).
   */
  long position();

  /**
   * Applies changes, oldest first. One that throws leaves the follower's place where it was, and
   * the same changes come again at the next read: applying a change twice must do no harm.
   */
  void apply(List<Change> changes);

  /**
   * Changes after the follower's place were pruned before it read them: rebuild what it holds from
   * the store, and return the change it is now level with ({@code head}, read before the rebuild).
   */
  long rebuild(long head);
}
