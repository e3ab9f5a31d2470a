package broadsheet.newsroom;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled articles when their time comes: a virtual thread that asks the desk every few
 * seconds. Claims are made in the store (see {@link Desk#publishDue}), so a restart, or a second
 * node doing the same, never publishes an article twice; one missed while stopped goes out during
 * the next start.
 */
final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final Desk desk;
  private final Duration every;
  private final CountDownLatch stopping = new CountDownLatch(1);
  private volatile Thread thread;

  public Scheduler(Desk desk, Duration every) {
    this.desk = desk;
    this.every = every;
  }

  /** Publishes what fell due while stopped before it returns, then looks again every round. */
  public void start() {
    publishDue();
    thread =
        Thread.ofVirtual()
            .name("scheduler")
            .start(
                () -> {
                  try {
                    while (!stopping.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
                      publishDue();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                });
  }

  private void publishDue() {
    try {
      int published = desk.publishDue();
      if (published > 0) {
        LOG.info("published {} scheduled article(s)", published);
      }
    } catch (RuntimeException e) {
      LOG.warn("scheduled publishing failed; will try again", e);
    }
  }

  /**
   * Stops once the round in progress, if any, is done. The thread is not interrupted: an interrupt
   * during the search index's file I/O closes its channel and invalidates the index's lock.
   */
  @Override
  public void close() {
    stopping.countDown();
    Thread t = thread;
    if (t != null) {
      try {
        t.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
