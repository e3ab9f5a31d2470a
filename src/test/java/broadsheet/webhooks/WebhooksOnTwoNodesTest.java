package broadsheet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.newsroom.Staff;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two nodes over one store, both following the change feed and both sending from the queue: each
 * event, whichever node made it, reaches the receiver exactly once.
 */
class WebhooksOnTwoNodesTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void eachEventIsDeliveredOnceWhicheverNodeMadeIt() throws Exception {
    try (RunningSite other = site.anotherNode();
        Receiver receiver = new Receiver()) {
      Staff admin = Staff.signedIn(site, "two-hooks-admin@test.example", "admin");
      receiver.secret(WebhooksTest.add(site, admin, receiver.url(), Event.allCodes().split(",")));
      Staff one = Staff.signedIn(site, "two-hooks-one@test.example", "editor");
      Staff two = Staff.signedIn(other, "two-hooks-two@test.example", "editor");
      // The editors take turns, one node then the other: each change is seen by both followers.
      Set<Long> ids = new LinkedHashSet<>();
      for (int i = 0; i < 10; i++) {
        Staff editor = i % 2 == 0 ? one : two;
        long id = WebhooksTest.write(editor, "Story " + i + " of two nodes");
        WebhooksTest.move(editor, id, "published");
        ids.add(id);
        if (i % 3 != 2) {
          WebhooksTest.move(i % 2 == 0 ? two : one, id, "unpublished");
        }
      }
      int expected = 10 + 7;
      List<Receiver.Received> got =
          receiver.await(r -> ids.contains(r.articleId()), expected, Duration.ofSeconds(20));
      assertThat(got).hasSize(expected);
      // Both nodes' senders look at the queue again meanwhile: nothing comes twice.
      Thread.sleep(2 * Deliverer.POLL.toMillis() + 500);
      List<Receiver.Received> all =
          receiver.all().stream().filter(r -> ids.contains(r.articleId())).toList();
      assertThat(all).hasSize(expected).allMatch(Receiver.Received::signed);
      assertThat(all).extracting(Receiver.Received::eventId).doesNotHaveDuplicates();
      Map<String, Long> byEvent =
          all.stream()
              .collect(Collectors.groupingBy(Receiver.Received::event, Collectors.counting()));
      assertThat(byEvent).isEqualTo(Map.of("article.published", 10L, "article.unpublished", 7L));
    }
  }
}
