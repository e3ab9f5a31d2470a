package broadsheet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.TestClock;
import broadsheet.TestStore;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery queue in the store: two nodes claiming at once never both get a delivery, and one a
 * receiver keeps refusing is tried on the schedule for a day, then marked failed.
 */
class DeliveryQueueTest {
  @TempDir Path data;
  private final TestClock clock = new TestClock();

  @AfterEach
  void dropStore() {
    TestStore.discard(data);
  }

  private static void queue(Database db, DeliveryQueue queue, long webhook, int events) {
    db.jdbi()
        .useTransaction(
            h -> {
              for (int i = 0; i < events; i++) {
                long row =
                    DeliveryQueue.event(
                        h, "evt_" + i, Event.PUBLISHED, i + 1, Instant.now(), "{\"n\":" + i + "}");
                queue.add(h, webhook, row);
              }
            });
  }

  @Test
  void twoNodesClaimingAtOnceNeverClaimTheSameDelivery() throws Exception {
    try (Database one = TestStore.open(data);
        Database two = TestStore.open(data)) {
      long webhook =
          new WebhookStore(one, clock)
              .add("http://127.0.0.1:9/x", Set.of(Event.PUBLISHED), null)
              .id();
      DeliveryQueue first = new DeliveryQueue(one, clock, RetrySchedule.DEFAULT);
      DeliveryQueue second = new DeliveryQueue(two, clock, RetrySchedule.DEFAULT);
      queue(one, first, webhook, 60);
      List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
      List<Thread> nodes = new ArrayList<>();
      for (DeliveryQueue q : List.of(first, second)) {
        String node = q == first ? "one" : "two";
        nodes.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      List<DeliveryQueue.Due> got;
                      while (!(got = q.claim(node, 7)).isEmpty()) {
                        got.forEach(d -> claimed.add(d.id()));
                      }
                    }));
      }
      for (Thread t : nodes) {
        t.join();
      }
      assertThat(claimed).hasSize(60).doesNotHaveDuplicates();
      // Leased, none is due again until the lease runs out.
      assertThat(first.claim("one", 100)).isEmpty();
      clock.advance(DeliveryQueue.LEASE.plusSeconds(1));
      assertThat(second.claim("two", 100)).hasSize(60);
    }
  }

  @Test
  void aDeliveryRefusedAllDayIsTriedOnTheScheduleThenMarkedFailed() {
    try (Database db = TestStore.open(data)) {
      long webhook =
          new WebhookStore(db, clock)
              .add("http://127.0.0.1:9/x", Set.of(Event.PUBLISHED), null)
              .id();
      DeliveryQueue queue = new DeliveryQueue(db, clock, RetrySchedule.DEFAULT);
      queue(db, queue, webhook, 1);
      int attempts = 0;
      List<Duration> waits = new ArrayList<>();
      while (true) {
        List<DeliveryQueue.Due> due = queue.claim("node", 10);
        if (due.isEmpty()) {
          break;
        }
        assertThat(due).hasSize(1);
        queue.record(due.getFirst(), "node", new DeliveryQueue.Outcome(503, null));
        attempts++;
        Duration wait = RetrySchedule.DEFAULT.after(attempts);
        waits.add(wait);
        assertThat(queue.claim("node", 10)).as("not due before its wait").isEmpty();
        clock.advance(wait);
      }
      var entry = queue.log(webhook, 10).getFirst();
      assertThat(entry.status()).isEqualTo(DeliveryQueue.FAILED);
      assertThat(entry.attempts()).isEqualTo(attempts).isBetween(10, 15);
      assertThat(entry.responseCode()).isEqualTo(503);
      assertThat(waits.subList(0, 3))
          .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));
      assertThat(waits).allMatch(w -> w.compareTo(Duration.ofHours(4)) <= 0);

      // "Send again" queues it for another day; a success marks it delivered.
      assertThat(queue.again(webhook, entry.id())).isTrue();
      var due = queue.claim("node", 10);
      assertThat(due).hasSize(1);
      queue.record(due.getFirst(), "node", new DeliveryQueue.Outcome(200, null));
      assertThat(queue.log(webhook, 10).getFirst().status()).isEqualTo(DeliveryQueue.DELIVERED);
      assertThat(queue.again(webhook + 1, entry.id())).isFalse();
    }
  }
}
