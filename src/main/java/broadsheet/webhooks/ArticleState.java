package broadsheet.webhooks;

import java.util.ArrayList;
import java.util.List;

/**
 * What webhooks know of an article: whether it is published, its latest revision (every save adds
 * one) and its latest correction. Two states, the one last announced and the one in the store now,
 * tell which events happened between them, however many changes came in between.
 */
record ArticleState(boolean published, long revision, long correction) {
  /** An article webhooks have never heard of. */
  static final ArticleState UNKNOWN = new ArticleState(false, 0, 0);

  /**
   * The events that lead from this state to {@code now}. A publication or a withdrawal is the one
   * event (the published article's body holds its latest text and corrections); while published, a
   * new revision is an update and a new correction a correction, both if both happened. An import
   * ({@code imported}) rewrites every article's revisions and notes, so it announces publications
   * and withdrawals only.
   */
  List<Event> eventsTo(ArticleState now, boolean imported) {
    if (now.published != published) {
      return List.of(now.published ? Event.PUBLISHED : Event.UNPUBLISHED);
    }
    List<Event> events = new ArrayList<>(2);
    if (now.published && !imported) {
      if (now.revision != revision) {
        events.add(Event.UPDATED);
      }
      if (now.correction > correction) {
        events.add(Event.CORRECTED);
      }
    }
    return events;
  }
}
