package broadsheet.changes;

import broadsheet.store.Database;
import broadsheet.store.Dialect;
import broadsheet.store.Instants;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The change feed's table: rows appended by writers, read in order by every node. */
public final class ChangeLog {
  /** The channel PostgreSQL wakes nodes on when a change commits. */
  public static final String CHANNEL = "broadsheet_changes";

  // Held from a change's insert until its transaction ends, so sequence numbers commit in order:
  // a node that has read up to N never meets a smaller number committed later.
  private static final long APPEND_LOCK = 0x62726f6164L;

  private final Jdbi jdbi;
  private final Dialect dialect;
  private final String origin;

  /**
   * @param origin how this process signs its changes (a node's name, or a command's)
   */
  public ChangeLog(Database database, String origin) {
    this.jdbi = database.jdbi();
    this.dialect = database.dialect();
    this.origin = origin;
  }

  public String origin() {
    return origin;
  }

  /**
   * A name for this process in the feed, {@code what@host/pid/random}: unique among the nodes and
   * commands writing at once (the random part tells apart two nodes in one JVM, as tests run them).
   */
  public static String originOf(String what) {
    String host = System.getenv().getOrDefault("HOSTNAME", "localhost");
    String random = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    String name = what + "@" + host + "/" + ProcessHandle.current().pid() + "/" + random;
    return name.length() > 100 ? name.substring(name.length() - 100) : name;
  }

  /** Appends a change inside the writer's transaction; returns its place in the feed. */
  public long append(Handle h, Change.Kind kind, long ref, Instant at) {
    if (dialect == Dialect.POSTGRESQL) {
      h.execute("SELECT pg_advisory_xact_lock(?)", APPEND_LOCK);
    }
    long seq =
        h.createUpdate(
                "INSERT INTO changes (kind, ref, origin, made_at)"
                    + " VALUES (:kind, :ref, :origin, :at)")
            .bind("kind", kind.name())
            .bind("ref", ref)
            .bind("origin", origin)
            .bind("at", Instants.format(at))
            .executeAndReturnGeneratedKeys("seq")
            .mapTo(Long.class)
            .one();
    if (dialect == Dialect.POSTGRESQL) {
      // Delivered when the transaction commits, and not at all if it rolls back.
      h.execute("SELECT pg_notify(?, '')", CHANNEL);
    }
    return seq;
  }

  /** The changes after {@code seq}, oldest first, at most {@code limit}. */
  public List<Change> after(long seq, int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT seq, kind, ref, origin FROM changes WHERE seq > :seq"
                        + " ORDER BY seq LIMIT :limit")
                .bind("seq", seq)
                .bind("limit", limit)
                .map(
                    (rs, ctx) ->
                        new Change(
                            rs.getLong(1),
                            Change.Kind.valueOf(rs.getString(2)),
                            rs.getLong(3),
                            rs.getString(4)))
                .list());
  }

  /** The last change in the feed, or the last pruned when the feed is empty; 0 for a new store. */
  public long head() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT MAX(n) FROM (SELECT MAX(seq) AS n FROM changes"
                        + " UNION ALL SELECT pruned_through FROM change_feed) AS heads")
                .mapTo(Long.class)
                .one());
  }

  /** The last change pruned: a node that applied less than this must rebuild what it holds. */
  public long prunedThrough() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT pruned_through FROM change_feed WHERE id = 1")
                .mapTo(Long.class)
                .one());
  }

  /** The store's identity, made on first asking: a copy of a store is given its own. */
  public String storeId() {
    return jdbi.inTransaction(
        h -> {
          h.createUpdate("UPDATE change_feed SET store_id = :id WHERE id = 1 AND store_id = ''")
              .bind("id", UUID.randomUUID().toString())
              .execute();
          return h.createQuery("SELECT store_id FROM change_feed WHERE id = 1")
              .mapTo(String.class)
              .one();
        });
  }

  /** Drops the changes made before {@code cutoff}; returns how many. */
  public int prune(Instant cutoff) {
    return jdbi.inTransaction(
        h -> {
          Long last =
              h.createQuery("SELECT MAX(seq) FROM changes WHERE made_at < :cutoff")
                  .bind("cutoff", Instants.format(cutoff))
                  .mapTo(Long.class)
                  .one();
          if (last == null) {
            return 0;
          }
          h.createUpdate(
                  "UPDATE change_feed SET pruned_through = :last"
                      + " WHERE id = 1 AND pruned_through < :last")
              .bind("last", last)
              .execute();
          return h.createUpdate("DELETE FROM changes WHERE seq <= :last")
              .bind("last", last)
              .execute();
        });
  }
}
