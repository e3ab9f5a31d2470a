package broadsheet.web;

import broadsheet.changes.ChangeFeed;
import broadsheet.store.Database;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;

/**
 * What a load balancer or orchestrator asks a node: {@code /healthz}, whether the process answers
 * at all, and {@code /readyz}, whether it should be sent readers (the store answers with every
 * migration applied, the search index has opened and keeps up with the change feed). A node that is
 * not ready says why in one line of text with a 503. Neither is ever cached.
 */
public final class Health {
  /** How long the index may take to apply a change before the node stops counting as ready. */
  static final long INDEX_LAG_NANOS = 10_000_000_000L;

  private final Database database;
  private final ChangeFeed changes;
  private final String indexFollower;
  private final BooleanSupplier indexOpen;
  private long target = -1;
  private long targetSeenAt;

  /**
   * @param indexFollower the search index's name among the change feed's followers
   * @param indexOpen whether the search index has opened
   */
  public Health(
      Database database, ChangeFeed changes, String indexFollower, BooleanSupplier indexOpen) {
    this.database = database;
    this.changes = changes;
    this.indexFollower = indexFollower;
    this.indexOpen = indexOpen;
  }

  public void register(JavalinConfig config) {
    Routes.readable(config, "/healthz", ctx -> answer(ctx, null));
    Routes.readable(config, "/readyz", ctx -> answer(ctx, notReady()));
  }

  private static void answer(Context ctx, String reason) {
    ctx.header("Cache-Control", "no-store");
    ctx.contentType("text/plain; charset=utf-8");
    if (reason == null) {
      ctx.result(ctx.path().equals("/healthz") ? "ok" : "ready");
    } else {
      ctx.status(503).result(reason);
    }
  }

  /** Why the node should not be sent readers now, or null when it should. */
  String notReady() {
    long head;
    try {
      if (!database.migrated()) {
        return "store migrations not applied";
      }
      head = changes.log().head();
    } catch (SQLException | RuntimeException e) {
      return "store unreachable";
    }
    if (!indexOpen.getAsBoolean()) {
      return "search index opening";
    }
    return indexBehind(changes.applied(indexFollower), head, System.nanoTime())
        ? "search index behind the change feed"
        : null;
  }

  /**
   * Whether the index is behind: a change it has not applied counts only once it has been in the
   * feed for a while, so every publish does not make the node unready for the moment the index
   * takes to apply it.
   */
  synchronized boolean indexBehind(long applied, long head, long now) {
    if (applied >= target) {
      target = head;
      targetSeenAt = now;
    }
    return applied < target && now - targetSeenAt > INDEX_LAG_NANOS;
  }
}
