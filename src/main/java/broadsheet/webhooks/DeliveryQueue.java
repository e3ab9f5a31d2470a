package broadsheet.webhooks;

import broadsheet.store.Database;
import broadsheet.store.Dialect;
import broadsheet.store.Instants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The deliveries every node sends from (webhook_deliveries), and the log the newsroom shows. A node
 * claims a due delivery with a lease: on PostgreSQL under {@code FOR UPDATE SKIP LOCKED}, so two
 * nodes never wait for each other's rows; on SQLite by a conditional update that only one writer
 * can make. The outcome is recorded only by the node still holding the lease.
 */
final class DeliveryQueue {
  /** Longer than a delivery can take (its timeouts), short enough to resend a dead node's soon. */
  static final Duration LEASE = Duration.ofMinutes(1);

  static final String PENDING = "pending";
  static final String DELIVERED = "delivered";
  static final String FAILED = "failed";

  /** A delivery claimed for sending, with what it takes to send it. */
  record Due(
      long id,
      String url,
      String secret,
      String eventId,
      String event,
      String body,
      int attempts) {}

  /** What an attempt got: the response's status, or 0 and what went wrong before there was one. */
  record Outcome(int status, String error) {
    boolean delivered() {
      return status >= 200 && status < 300;
    }
  }

  /** A delivery as the newsroom's log shows it. */
  record Entry(
      long id,
      String eventId,
      String event,
      long articleId,
      String status,
      int attempts,
      Instant createdAt,
      Instant lastAttemptAt,
      Integer responseCode,
      String error) {}

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final Clock clock;
  private final RetrySchedule retries;

  DeliveryQueue(Database database, Clock clock, RetrySchedule retries) {
    this.jdbi = database.jdbi();
    this.dialect = database.dialect();
    this.clock = clock;
    this.retries = retries;
  }

  /** Stores an event's body in the caller's transaction; returns its row. */
  static long event(
      Handle h, String eventId, Event event, long articleId, Instant at, String body) {
    return h.createUpdate(
            "INSERT INTO webhook_events (event_id, name, article_id, created_at, body)"
                + " VALUES (:eventId, :name, :article, :at, :body)")
        .bind("eventId", eventId)
        .bind("name", event.code())
        .bind("article", articleId)
        .bind("at", Instants.format(at))
        .bind("body", body)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** Queues an event for a webhook in the caller's transaction, due now. */
  void add(Handle h, long webhookId, long event) {
    long now = clock.millis();
    h.createUpdate(
            "INSERT INTO webhook_deliveries (webhook_id, event, status, due_ms, gives_up_ms)"
                + " VALUES (:webhook, :event, 'pending', :now, :end)")
        .bind("webhook", webhookId)
        .bind("event", event)
        .bind("now", now)
        .bind("end", now + retries.span().toMillis())
        .execute();
  }

  /** Claims up to {@code limit} due deliveries for {@code node}, for {@link #LEASE}. */
  List<Due> claim(String node, int limit) {
    long now = clock.millis();
    long until = now + LEASE.toMillis();
    List<Long> claimed = new ArrayList<>();
    String lock = dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    // SQLite has no row locks to skip: there each claim is a statement of its own, and the
    // update's condition (still pending, lease run out) is what makes it this node's.
    org.jdbi.v3.core.HandleConsumer<RuntimeException> work =
        h -> {
          List<Long> candidates =
              h.createQuery(
                      "SELECT id FROM webhook_deliveries WHERE status = 'pending'"
                          + " AND due_ms <= :now AND lease_until_ms < :now"
                          + " ORDER BY due_ms, id LIMIT :limit"
                          + lock)
                  .bind("now", now)
                  .bind("limit", limit)
                  .mapTo(Long.class)
                  .list();
          for (long id : candidates) {
            int taken =
                h.createUpdate(
                        "UPDATE webhook_deliveries SET lease_until_ms = :until, leased_by = :node"
                            + " WHERE id = :id AND status = 'pending' AND lease_until_ms < :now")
                    .bind("until", until)
                    .bind("node", node)
                    .bind("id", id)
                    .bind("now", now)
                    .execute();
            if (taken == 1) {
              claimed.add(id);
            }
          }
        };
    if (dialect == Dialect.POSTGRESQL) {
      jdbi.useTransaction(work);
    } else {
      jdbi.useHandle(work);
    }
    if (claimed.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT d.id, w.url, w.secret, e.event_id, e.name, e.body, d.attempts"
                        + " FROM webhook_deliveries d"
                        + " JOIN webhooks w ON w.id = d.webhook_id"
                        + " JOIN webhook_events e ON e.id = d.event"
                        + " WHERE d.id IN (<ids>) AND d.leased_by = :node ORDER BY d.id")
                .bindList("ids", claimed)
                .bind("node", node)
                .map(
                    (rs, ctx) ->
                        new Due(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getInt(7)))
                .list());
  }

  /**
   * Records an attempt by {@code node}: delivered, due again after the schedule's wait, or failed
   * once that wait would pass the day. Nothing when another node has taken the delivery since.
   */
  void record(Due due, String node, Outcome outcome) {
    Instant now = clock.instant();
    int attempts = due.attempts() + 1;
    long next = now.toEpochMilli() + retries.after(attempts).toMillis();
    String error = outcome.error();
    if (error != null && error.length() > 300) {
      error = error.substring(0, 299) + "…";
    }
    String finalError = error;
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE webhook_deliveries SET attempts = attempts + 1,"
                        + " status = CASE WHEN :delivered = 1 THEN 'delivered'"
                        + " WHEN :next > gives_up_ms THEN 'failed' ELSE 'pending' END,"
                        + " due_ms = :next, lease_until_ms = 0, leased_by = NULL,"
                        + " last_attempt_at = :at, response_code = :code, error = :error"
                        + " WHERE id = :id AND leased_by = :node")
                .bind("delivered", outcome.delivered() ? 1 : 0)
                .bind("next", next)
                .bind("at", Instants.format(now))
                .bind("code", outcome.status() == 0 ? null : outcome.status())
                .bind("error", finalError)
                .bind("id", due.id())
                .bind("node", node)
                .execute());
  }

  /**
   * Queues a delivery of this webhook again, due now and retried for another day ("send again");
   * false when there is none of this id, or it is being sent this moment.
   */
  boolean again(long webhookId, long deliveryId) {
    long now = clock.millis();
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE webhook_deliveries SET status = 'pending', due_ms = :now,"
                            + " gives_up_ms = :end WHERE id = :id AND webhook_id = :webhook"
                            + " AND lease_until_ms < :now")
                    .bind("now", now)
                    .bind("end", now + retries.span().toMillis())
                    .bind("id", deliveryId)
                    .bind("webhook", webhookId)
                    .execute())
        == 1;
  }

  /** Whether the webhook has a delivery of this id. */
  boolean has(long webhookId, long deliveryId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM webhook_deliveries WHERE id = :id AND webhook_id = :webhook")
                    .bind("id", deliveryId)
                    .bind("webhook", webhookId)
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** A webhook's latest deliveries, newest first. */
  List<Entry> log(long webhookId, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT d.id, e.event_id, e.name, e.article_id, d.status, d.attempts,"
                        + " e.created_at, d.last_attempt_at, d.response_code, d.error"
                        + " FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event"
                        + " WHERE d.webhook_id = :webhook ORDER BY d.id DESC LIMIT :limit")
                .bind("webhook", webhookId)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Entry(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getInt(6),
                            Instants.parse(rs.getString(7)),
                            rs.getString(8) == null ? null : Instants.parse(rs.getString(8)),
                            rs.getObject(9) == null ? null : rs.getInt(9),
                            rs.getString(10)))
                .list());
  }

  /** Drops finished deliveries of events older than {@code cutoff}, and events left with none. */
  int prune(Instant cutoff) {
    return jdbi.inTransaction(
        h -> {
          int dropped =
              h.createUpdate(
                      "DELETE FROM webhook_deliveries WHERE status <> 'pending' AND event IN"
                          + " (SELECT id FROM webhook_events WHERE created_at < :cutoff)")
                  .bind("cutoff", Instants.format(cutoff))
                  .execute();
          h.execute(
              "DELETE FROM webhook_events WHERE NOT EXISTS"
                  + " (SELECT 1 FROM webhook_deliveries d WHERE d.event = webhook_events.id)");
          return dropped;
        });
  }
}
