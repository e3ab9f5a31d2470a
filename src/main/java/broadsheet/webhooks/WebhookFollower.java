package broadsheet.webhooks;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFollower;
import broadsheet.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns the change feed's article changes into events queued for the webhooks that take them. The
 * cluster has one place in the feed for this (change_feed.webhooks_through): every node follows the
 * feed, but queues only while holding that row and moves it by compare-and-set in the same
 * transaction, so the first node queues each event and the others find the row moved on. Which
 * events a change was is found by comparing the article in the store with what webhooks were last
 * told of it (webhook_articles, updated in that transaction too): a restart, a retry or changes
 * read together still announce each event once.
 */
final class WebhookFollower implements ChangeFollower {
  /** Articles announced per transaction at most, so an import does not hold the store for long. */
  private static final int CHUNK = 100;

  private static final String NOW_PUBLISHED = "CASE WHEN a.status = 'published' THEN 1 ELSE 0 END";
  private static final String NOW_REVISION =
      "COALESCE((SELECT MAX(r.id) FROM revisions r WHERE r.article_id = a.id), 0)";
  private static final String NOW_CORRECTION =
      "COALESCE((SELECT MAX(c.id) FROM corrections c WHERE c.article_id = a.id), 0)";

  private final Jdbi jdbi;
  private final WebhookStore webhooks;
  private final DeliveryQueue queue;
  private final Payloads payloads;
  private final Clock clock;
  private final Runnable queued;

  /**
   * @param queued called after a commit that queued deliveries (wakes this node's sender)
   */
  WebhookFollower(
      Database database,
      WebhookStore webhooks,
      DeliveryQueue queue,
      Payloads payloads,
      Clock clock,
      Runnable queued) {
    this.jdbi = database.jdbi();
    this.webhooks = webhooks;
    this.queue = queue;
    this.payloads = payloads;
    this.clock = clock;
    this.queued = queued;
  }

  @Override
  public long position() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT webhooks_through FROM change_feed WHERE id = 1")
                .mapTo(Long.class)
                .one());
  }

  @Override
  public void apply(List<Change> changes) {
    advanceTo(changes.getLast().seq());
  }

  /** Changes were pruned unread: every article is compared with what webhooks were told of it. */
  @Override
  public long rebuild(long head) {
    advanceTo(head);
    return head;
  }

  /** Announces what changed up to change {@code target}, unless a node has done so already. */
  void advanceTo(long target) {
    // Most often another node got there first: found without taking the row, so no write at all.
    if (position() >= target) {
      return;
    }
    int total = 0;
    long after = 0;
    while (true) {
      long from = after;
      Step step = jdbi.inTransaction(h -> step(h, target, from));
      total += step.queued();
      if (step.done()) {
        break;
      }
      after = step.lastArticle();
    }
    if (total > 0) {
      queued.run();
    }
  }

  /**
   * One transaction's work: deliveries queued, whether the place was moved to the target (else
   * there is more to announce), and the last article announced (comparing every article, the next
   * step goes on after it).
   */
  private record Step(int queued, boolean done, long lastArticle) {}

  private Step step(Handle h, long target, long after) {
    // The row first: a second node following the feed waits here, then finds it moved.
    h.execute("UPDATE change_feed SET webhooks_through = webhooks_through WHERE id = 1");
    Map<String, Object> feed =
        h.createQuery("SELECT webhooks_through, pruned_through FROM change_feed WHERE id = 1")
            .mapToMap()
            .one();
    long through = ((Number) feed.get("webhooks_through")).longValue();
    if (through >= target) {
      return new Step(0, true, 0);
    }
    boolean everything = through < ((Number) feed.get("pruned_through")).longValue();
    boolean imported = false;
    Set<Long> ids = new LinkedHashSet<>();
    if (!everything) {
      for (Map<String, Object> c :
          h.createQuery(
                  "SELECT kind, ref FROM changes WHERE seq > :through AND seq <= :target"
                      + " AND kind IN ('ARTICLE', 'IMPORT') ORDER BY seq")
              .bind("through", through)
              .bind("target", target)
              .mapToMap()
              .list()) {
        if (Change.Kind.IMPORT.name().equals(c.get("kind"))) {
          imported = true;
        } else {
          ids.add(((Number) c.get("ref")).longValue());
        }
      }
      everything = imported;
    }
    List<Long> differing = everything ? everyDiffering(h, after) : differing(h, ids);
    List<Long> now = differing.subList(0, Math.min(CHUNK, differing.size()));
    int queuedHere = announce(h, now, imported);
    if (differing.size() > CHUNK) {
      return new Step(queuedHere, false, now.getLast());
    }
    int moved =
        h.createUpdate(
                "UPDATE change_feed SET webhooks_through = :target"
                    + " WHERE id = 1 AND webhooks_through = :through")
            .bind("target", target)
            .bind("through", through)
            .execute();
    if (moved != 1) {
      throw new IllegalStateException("the webhooks' place in the changes moved under a lock");
    }
    return new Step(queuedHere, true, 0);
  }

  /**
   * Articles after {@code after} whose state differs from what webhooks were told, in id order, a
   * chunk and one more at most.
   */
  private static List<Long> everyDiffering(Handle h, long after) {
    return h.createQuery(
            "SELECT a.id FROM articles a LEFT JOIN webhook_articles w ON w.article_id = a.id"
                + " WHERE a.id > :after AND (COALESCE(w.published, 0) <> "
                + NOW_PUBLISHED
                + " OR COALESCE(w.revision, 0) <> "
                + NOW_REVISION
                + " OR COALESCE(w.correction, 0) <> "
                + NOW_CORRECTION
                + ") ORDER BY a.id LIMIT :limit")
        .bind("after", after)
        .bind("limit", CHUNK + 1)
        .mapTo(Long.class)
        .list();
  }

  private static List<Long> differing(Handle h, Set<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, ArticleState> told = told(h, ids);
    Map<Long, ArticleState> now = current(h, ids);
    List<Long> differing = new ArrayList<>();
    for (long id : ids) {
      if (!told.getOrDefault(id, ArticleState.UNKNOWN)
          .equals(now.getOrDefault(id, ArticleState.UNKNOWN))) {
        differing.add(id);
      }
    }
    return differing;
  }

  /** Queues each article's events for the webhooks that take them; records what they were told. */
  private int announce(Handle h, List<Long> ids, boolean imported) {
    if (ids.isEmpty()) {
      return 0;
    }
    Set<Long> asSet = new LinkedHashSet<>(ids);
    Map<Long, ArticleState> told = told(h, asSet);
    Map<Long, ArticleState> now = current(h, asSet);
    List<WebhookStore.Webhook> hooks = webhooks.all();
    Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    int queuedHere = 0;
    for (long id : ids) {
      ArticleState before = told.getOrDefault(id, ArticleState.UNKNOWN);
      ArticleState after = now.getOrDefault(id, ArticleState.UNKNOWN);
      for (Event event : before.eventsTo(after, imported)) {
        List<WebhookStore.Webhook> takers = hooks.stream().filter(w -> w.takes(event)).toList();
        if (takers.isEmpty()) {
          continue;
        }
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = payloads.body(eventId, event, at, payloads.article(id, event));
        long row = DeliveryQueue.event(h, eventId, event, id, at, body);
        for (WebhookStore.Webhook w : takers) {
          queue.add(h, w.id(), row);
          queuedHere++;
        }
      }
      remember(h, id, now.get(id));
    }
    return queuedHere;
  }

  private static void remember(Handle h, long id, ArticleState state) {
    if (state == null) {
      h.createUpdate("DELETE FROM webhook_articles WHERE article_id = :id")
          .bind("id", id)
          .execute();
      return;
    }
    h.createUpdate(
            "INSERT INTO webhook_articles (article_id, published, revision, correction)"
                + " VALUES (:id, :published, :revision, :correction)"
                + " ON CONFLICT (article_id) DO UPDATE SET published = excluded.published,"
                + " revision = excluded.revision, correction = excluded.correction")
        .bind("id", id)
        .bind("published", state.published() ? 1 : 0)
        .bind("revision", state.revision())
        .bind("correction", state.correction())
        .execute();
  }

  private static Map<Long, ArticleState> told(Handle h, Set<Long> ids) {
    return states(
        h,
        "SELECT article_id, published, revision, correction FROM webhook_articles"
            + " WHERE article_id IN (<ids>)",
        ids);
  }

  private static Map<Long, ArticleState> current(Handle h, Set<Long> ids) {
    return states(
        h,
        "SELECT a.id, "
            + NOW_PUBLISHED
            + ", "
            + NOW_REVISION
            + ", "
            + NOW_CORRECTION
            + " FROM articles a WHERE a.id IN (<ids>)",
        ids);
  }

  private static Map<Long, ArticleState> states(Handle h, String sql, Set<Long> ids) {
    Map<Long, ArticleState> states = new HashMap<>();
    h.createQuery(sql)
        .bindList("ids", List.copyOf(ids))
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getLong(1),
                    new ArticleState(rs.getInt(2) == 1, rs.getLong(3), rs.getLong(4))))
        .forEach(e -> states.put(e.getKey(), e.getValue()));
    return states;
  }
}
