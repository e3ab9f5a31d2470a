package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Handed-over requests begin in the order they were handed over, however the JDK schedules the
 * threads started for them: a crowd of searches must not leave some waiting many times longer than
 * the rest. (Started each on its own thread, about half of 20,000 requests began after more than
 * eight handed over later; in order, one at most, where a processor was taken away at that moment.)
 */
class HandOverTest {
  private static final int REQUESTS = 20_000;

  @Test
  void requestsBeginInTheOrderTheyWereHandedOver() throws Exception {
    // Noted without a lock: a virtual thread blocked on one would wait for the scheduler again.
    int[] begun = new int[REQUESTS];
    AtomicInteger position = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(REQUESTS);
    AtomicInteger handed = new AtomicInteger();
    // Handed over from two threads at once, as Jetty's selectors do; a request's number is taken
    // with its hand-over under one lock, so that the numbers are the order of handing over.
    Object turn = new Object();
    Runnable selector =
        () -> {
          for (int i = 0; i < REQUESTS / 2; i++) {
            synchronized (turn) {
              int request = handed.getAndIncrement();
              handOver(
                  () -> {
                    begun[position.getAndIncrement()] = request;
                    work();
                    done.countDown();
                  });
            }
          }
        };
    Thread first = Thread.ofPlatform().start(selector);
    Thread second = Thread.ofPlatform().start(selector);
    first.join();
    second.join();
    assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
    int processors = Runtime.getRuntime().availableProcessors();
    assertThat(overtaken(begun, 4 * processors)).isLessThanOrEqualTo(REQUESTS / 100);
  }

  private static void handOver(Runnable request) {
    try {
      HandOver.blocking(
          (req, res, callback) -> {
            request.run();
            return true;
          },
          null,
          null,
          null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many requests began after more than {@code by} requests handed over later than them. */
  private static int overtaken(int[] begun, int by) {
    int overtaken = 0;
    int latest = -1;
    for (int request : begun) {
      latest = Math.max(latest, request);
      if (latest - request > by) {
        overtaken++;
      }
    }
    return overtaken;
  }

  /** A little CPU, as a request's work, so that threads queue up behind the processors. */
  private static void work() {
    long until = System.nanoTime() + 20_000;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }
}
