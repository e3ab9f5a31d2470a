package broadsheet.newsroom;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled articles when their time comes: a virtual thread that asks the desk every few
 * seconds. Claims are made in the store (see {@link Desk#publishDue}), so a restart, or a second
 * node doing the same, never publishes an article twice; one missed while stopped goes out at the
 * next start.
 */
public final class Scheduler implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

  private final Desk desk;
  private final Duration every;
  private volatile Thread thread;

  public Scheduler(Desk desk, Duration every) {
    this.desk = desk;
    this.every = every;
  }

  public void start() {
    thread =
        Thread.ofVirtual()
            .name("scheduler")
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    try {
                      int published = desk.publishDue();
                      if (published > 0) {
                        LOG.info("published {} scheduled article(s)", published);
                      }
                      Thread.sleep(every);
                    } catch (InterruptedException e) {
                      return;
                    } catch (RuntimeException e) {
                      LOG.warn("scheduled publishing failed; will try again", e);
                      try {
                        Thread.sleep(every);
                      } catch (InterruptedException stop) {
                        return;
                      }
                    }
                  }
                });
  }

  @Override
  public void close() {
    Thread t = thread;
    if (t != null) {
      t.interrupt();
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
