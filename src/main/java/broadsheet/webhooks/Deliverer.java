package broadsheet.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's sender of webhook deliveries: claims what is due from the store's queue, sends each on a
 * virtual thread of its own, records the outcomes, and looks again. Woken at once when this node
 * queued something; otherwise it polls, which is how it learns of other nodes' events and of
 * retries falling due. Finished deliveries are dropped from the log after {@link #KEEP}.
 */
final class Deliverer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Deliverer.class);
  static final Duration POLL = Duration.ofSeconds(1);
  static final Duration KEEP = Duration.ofDays(30);
  private static final int BATCH = 16;
  private static final long PRUNE_EVERY_MS = Duration.ofHours(1).toMillis();

  private final DeliveryQueue queue;
  private final Sender sender;
  private final Clock clock;
  private final String node;
  private final BlockingQueue<Boolean> signal = new ArrayBlockingQueue<>(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean closing;
  private Thread thread;
  private boolean failing;

  Deliverer(DeliveryQueue queue, Sender sender, Clock clock, String node) {
    this.queue = queue;
    this.sender = sender;
    this.clock = clock;
    this.node = node;
  }

  void start() {
    thread = Thread.ofVirtual().name("webhooks").start(this::run);
  }

  /** Something was queued: look now rather than at the next poll. */
  void wake() {
    signal.offer(Boolean.TRUE);
  }

  private void run() {
    long pruned = 0;
    try {
      while (!closing) {
        if (clock.millis() - pruned > PRUNE_EVERY_MS) {
          prune();
          pruned = clock.millis();
        }
        if (sendDue() < BATCH) {
          signal.poll(POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    } catch (InterruptedException e) {
      // closing
    } finally {
      stopped.countDown();
    }
  }

  /** Sends one batch of due deliveries side by side; returns how many there were. */
  private int sendDue() throws InterruptedException {
    List<DeliveryQueue.Due> due;
    try {
      due = queue.claim(node, BATCH);
      if (failing) {
        LOG.info("webhook deliveries go on");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.warn("webhook deliveries cannot be claimed now: {}", e.toString());
        failing = true;
      }
      return 0;
    }
    List<Thread> sending = new ArrayList<>(due.size());
    for (DeliveryQueue.Due d : due) {
      sending.add(Thread.ofVirtual().name("webhook-" + d.id()).start(() -> deliver(d)));
    }
    for (Thread t : sending) {
      t.join();
    }
    return due.size();
  }

  private void deliver(DeliveryQueue.Due due) {
    DeliveryQueue.Outcome outcome = sender.send(due);
    try {
      queue.record(due, node, outcome);
    } catch (RuntimeException e) {
      // The lease runs out and the delivery is sent again: receivers drop repeats by event id.
      LOG.warn("the outcome of webhook delivery {} was not recorded: {}", due.id(), e.toString());
    }
  }

  private void prune() {
    try {
      queue.prune(clock.instant().minus(KEEP));
    } catch (RuntimeException e) {
      LOG.debug("webhook deliveries not pruned this time", e);
    }
  }

  @Override
  public void close() {
    closing = true;
    wake();
    if (thread != null) {
      try {
        stopped.await(
            Sender.CONNECT_TIMEOUT.plus(Sender.ANSWER_TIMEOUT).toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    sender.close();
  }
}
