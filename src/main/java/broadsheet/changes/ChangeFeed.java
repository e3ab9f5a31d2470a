package broadsheet.changes;

import broadsheet.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every node learns of every change, whichever node, command or scheduler made it. Writers
 * append a {@link Change} in the transaction that makes it ({@link #record}); each of the node's
 * {@link ChangeFollower followers} reads the feed after its own place, on a thread of its own, and
 * applies what it finds in order. Readers are woken by PostgreSQL's notifications and poll as well,
 * so a lost notification or connection costs one poll; SQLite has no notifications and is polled
 * more often, which also brings a command-line import to a server running on the same file.
 *
 * <p>The node that made a change waits, after its commit, until its own followers have applied it
 * ({@link #committed}), so an editor who saves sees the change on the next page of the same node.
 */
public final class ChangeFeed implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);

  /** How long changes stay in the feed; a node away for longer rebuilds what it holds. */
  public static final Duration RETENTION = Duration.ofDays(7);

  /** The longest a writer waits for its own node to apply its change. */
  private static final Duration OWN_CHANGE_WAIT = Duration.ofSeconds(5);

  /** The longest an import from the newsroom waits for its node to rebuild the search index. */
  public static final Duration IMPORT_WAIT = Duration.ofMinutes(10);

  private static final int BATCH = 500;

  private final Database database;
  private final ChangeLog log;
  private final Clock clock;
  private final Duration poll;
  private final List<Reader> readers = new ArrayList<>();
  private final AtomicLong lastCommitted = new AtomicLong();
  private AutoCloseable listener = () -> {};
  private volatile boolean closed;
  private Thread pruner;

  public ChangeFeed(Database database, ChangeLog log, Clock clock) {
    this.database = database;
    this.log = log;
    this.clock = clock;
    // PostgreSQL wakes readers at once; the poll only catches what a lost notification missed.
    this.poll = database.dialect().notifies() ? Duration.ofSeconds(1) : Duration.ofMillis(200);
  }

  public ChangeLog log() {
    return log;
  }

  /** Adds a follower; its thread starts with {@link #start}. */
  public void follow(String name, ChangeFollower follower) {
    readers.add(new Reader(name, follower));
  }

  /** The followers' names, in the order they were added. */
  public List<String> followers() {
    return readers.stream().map(r -> r.name).toList();
  }

  /** The last change the named follower has applied, or -1 before it has started. */
  public long applied(String name) {
    for (Reader r : readers) {
      if (r.name.equals(name)) {
        return r.applied();
      }
    }
    throw new IllegalArgumentException("no follower named " + name);
  }

  public void start() {
    for (Reader r : readers) {
      r.thread.start();
    }
    listener = database.listen(ChangeLog.CHANNEL, this::wake);
    pruner = Thread.ofVirtual().name("changes-prune").start(this::pruneNow);
  }

  /** Appends a change in the writer's transaction; pass the result to {@link #committed}. */
  public long record(Handle h, Change.Kind kind, long ref) {
    return log.append(h, kind, ref, clock.instant());
  }

  /** Records one change in a transaction of its own and waits until this node has applied it. */
  public void announce(Change.Kind kind, long ref) {
    write(h -> record(h, kind, ref));
  }

  /**
   * Runs a write in one transaction with the changes it records; {@code work} returns the last one
   * (0 for none). Then waits, as {@link #committed} does, until this node has applied it.
   */
  public void write(ToLongFunction<Handle> work) {
    Jdbi jdbi = database.jdbi();
    committed(jdbi.inTransaction(work::applyAsLong));
  }

  /**
   * After the writer's commit: wakes this node's followers and waits, a few seconds at most, until
   * each has applied change {@code seq}. Never fails the write, which has committed already.
   */
  public void committed(long seq) {
    await(seq, OWN_CHANGE_WAIT);
  }

  /** Waits, at most {@code wait}, until this node has applied every change in the feed now. */
  public void catchUp(Duration wait) {
    await(log.head(), wait);
  }

  private void await(long seq, Duration wait) {
    if (seq <= 0) {
      return;
    }
    published(seq);
    long deadline = System.nanoTime() + wait.toNanos();
    // Applying a change may commit more (the related lists it changed): wait for those as well.
    for (long target = seq; ; ) {
      for (Reader r : readers) {
        if (!r.awaitApplied(target, deadline)) {
          LOG.warn("change {} not applied by the {} within {} s", target, r.name, wait.toSeconds());
          return;
        }
      }
      long later = lastCommitted.get();
      if (later <= target) {
        return;
      }
      target = later;
    }
  }

  /**
   * After a commit that recorded change {@code seq}: wakes this node's followers without waiting
   * for them. For a follower's own writes (related lists), which must not wait for itself; a writer
   * waiting in {@link #committed} meanwhile waits for these too.
   */
  public void published(long seq) {
    lastCommitted.accumulateAndGet(seq, Math::max);
    wake();
  }

  private void wake() {
    for (Reader r : readers) {
      r.signal.offer(Boolean.TRUE);
    }
  }

  private void pruneNow() {
    while (!closed) {
      try {
        int dropped = log.prune(clock.instant().minus(RETENTION));
        if (dropped > 0) {
          LOG.info("pruned {} changes older than {} days", dropped, RETENTION.toDays());
        }
      } catch (RuntimeException e) {
        LOG.debug("changes not pruned this time", e);
      }
      try {
        Thread.sleep(Duration.ofHours(1));
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (Exception e) {
      LOG.debug("closing the change listener", e);
    }
    if (pruner != null) {
      pruner.interrupt();
    }
    // Woken, not interrupted: an interrupt during the index's file I/O closes its channel and
    // invalidates the index's lock.
    wake();
    for (Reader r : readers) {
      try {
        r.thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** One follower's thread and place in the feed. */
  private final class Reader {
    final String name;
    final ChangeFollower follower;
    final Thread thread;
    final BlockingQueue<Boolean> signal = new ArrayBlockingQueue<>(1);
    private long applied = -1;
    private boolean failing;

    Reader(String name, ChangeFollower follower) {
      this.name = name;
      this.follower = follower;
      this.thread = Thread.ofPlatform().name("changes-" + name).daemon().unstarted(this::run);
    }

    private void run() {
      try {
        while (!closed && !start()) {
          signal.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
        }
        while (!closed) {
          readAll();
          signal.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        // closing
      }
    }

    /** Learns the follower's place; false while the store cannot say (it is asked again). */
    private boolean start() {
      try {
        advance(follower.position());
        return true;
      } catch (RuntimeException e) {
        if (!failing) {
          LOG.warn("the {} cannot learn its place in the changes yet: {}", name, e.toString());
          failing = true;
        }
        return false;
      }
    }

    private void readAll() {
      try {
        if (applied < log.prunedThrough()) {
          long head = log.head();
          LOG.info("the {} missed pruned changes; rebuilding it from the store", name);
          advance(follower.rebuild(head));
        }
        List<Change> changes;
        while (!(changes = log.after(applied, BATCH)).isEmpty() && !closed) {
          follower.apply(changes);
          advance(changes.getLast().seq());
        }
        if (failing) {
          LOG.info("the {} follows changes again, at {}", name, applied);
          failing = false;
        }
      } catch (RuntimeException e) {
        if (!failing) {
          LOG.warn("the {} could not apply changes after {}: {}", name, applied, e.toString());
          failing = true;
        }
      }
    }

    synchronized long applied() {
      return applied;
    }

    private synchronized void advance(long position) {
      applied = position;
      notifyAll();
    }

    synchronized boolean awaitApplied(long seq, long deadline) {
      while (applied < seq) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
      return true;
    }
  }
}
