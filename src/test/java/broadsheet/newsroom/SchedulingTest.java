package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.store.Database;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scheduled articles go live at their time, exactly once, also across a restart. */
class SchedulingTest {
  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private long schedule(Staff staff, String headline, Duration fromNow) {
    long id = WorkflowTest.write(staff, headline);
    String when =
        LocalDateTime.now(site.clock().withZone(Fixtures.ZONE))
            .plus(fromNow)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
    assertThat(
            staff
                .post(
                    "/admin/articles/" + id + "/status",
                    Map.of("to", "scheduled", "publish_at", when))
                .statusCode())
        .isEqualTo(303);
    return id;
  }

  /** The scheduler looks every two seconds; this waits for a few of its rounds at the most. */
  private boolean liveWithin(String path, Duration bound) throws InterruptedException {
    long deadline = System.nanoTime() + bound.toNanos();
    while (site.get(path).statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  @Test
  void aScheduledArticleGoesLiveAtItsTimeAndNotBefore() throws Exception {
    Staff editor = Staff.signedIn(site, "scheduler@test.example", "editor");
    schedule(editor, "Embargoed budget story", Duration.ofHours(1));
    assertThat(site.get("/city/embargoed-budget-story").statusCode()).isEqualTo(404);
    site.clock().advance(Duration.ofMinutes(59));
    site.restart(() -> {}); // a start publishes what is due before it returns: nothing yet
    assertThat(site.get("/city/embargoed-budget-story").statusCode()).isEqualTo(404);
    site.clock().advance(Duration.ofMinutes(2));
    assertThat(liveWithin("/city/embargoed-budget-story", Duration.ofSeconds(10))).isTrue();
    assertThat(site.get("/").body()).contains("Embargoed budget story");
  }

  @Test
  void aTimeThatPassedWhileStoppedIsPublishedOnceAfterTheRestart() {
    Staff editor = Staff.signedIn(site, "nightshift@test.example", "editor");
    long id = schedule(editor, "Overnight results", Duration.ofHours(1));
    site.restart(() -> site.clock().advance(Duration.ofHours(2)));
    assertThat(site.get("/city/overnight-results").statusCode()).isEqualTo(200);
    site.restart(() -> {}); // another start, another look at what is due: nothing more may happen
    Staff again = Staff.signedIn(site, "nightshift@test.example", "editor");
    var rows =
        Jsoup.parse(again.get("/admin/articles/" + id + "/history").body())
            .select("section[aria-labelledby=transitions-title] tbody tr")
            .eachText();
    assertThat(rows.stream().filter(r -> r.contains("scheduled published"))).hasSize(1);
    assertThat(rows.stream().filter(r -> r.contains("the scheduler"))).hasSize(1);
  }

  @Test
  void anArticleABlockingCheckStopsAtItsTimeIsHeldBackForReviewWithTheReason() {
    Staff editor = Staff.signedIn(site, "gatekeeper@test.example", "editor");
    long id = schedule(editor, "Harbour talks resume", Duration.ofHours(1));
    site.restart(
        () -> {
          // Changed behind the newsroom's back (a tool or an older version wrote it): the
          // scheduler is the last place the checks can stop it.
          try (Database db = Database.open(site.storeUrl())) {
            db.jdbi()
                .useHandle(
                    h ->
                        h.createUpdate(
                                "UPDATE articles SET body_markdown = :b, body_html = :b WHERE id"
                                    + " = :id")
                            .bind("b", "<p>Talks that **“pave the way”** resumed.</p>")
                            .bind("id", id)
                            .execute());
          }
          site.clock().advance(Duration.ofHours(2));
        });
    assertThat(site.get("/city/harbour-talks-resume").statusCode()).isEqualTo(404);
    Staff again = Staff.signedIn(site, "gatekeeper@test.example", "editor");
    assertThat(again.get("/admin/articles/" + id).body()).contains("status-review");
    var held =
        Jsoup.parse(again.get("/admin/articles/" + id + "/history").body())
            .select("section[aria-labelledby=transitions-title] tbody tr")
            .last()
            .text();
    assertThat(held)
        .contains("the scheduler")
        .contains("scheduled review")
        .contains("Held back")
        .contains("**“pave the way”**")
        .contains("raw-markdown");
    assertThat(
            Jsoup.parse(again.get("/admin/articles?findings=1").body()).select("td a").eachText())
        .contains("Harbour talks resume");
  }

  @Test
  void aTimeInThePastOrNotATimeIsRefusedWithAMessage() {
    Staff editor = Staff.signedIn(site, "careful@test.example", "editor");
    long id = WorkflowTest.write(editor, "Careful timing");
    var past =
        editor.post(
            "/admin/articles/" + id + "/status",
            Map.of("to", "scheduled", "publish_at", "2001-01-01T07:00"));
    assertThat(past.statusCode()).isEqualTo(400);
    assertThat(past.body()).contains("Choose a time in the future.");
    var nonsense =
        editor.post(
            "/admin/articles/" + id + "/status", Map.of("to", "scheduled", "publish_at", "soon"));
    assertThat(nonsense.statusCode()).isEqualTo(400);
    assertThat(
            editor.post("/admin/articles/" + id + "/status", Map.of("to", "nonsense")).statusCode())
        .isEqualTo(400);
  }

  @Test
  void theFutureIsReckonedByTheSitesClock() {
    long id = WorkflowTest.write(Staff.signedIn(site, "ahead@test.example", "editor"), "Reckoned");
    site.clock().advance(Duration.ofDays(1));
    Staff editor =
        Staff.signedIn(site, "ahead@test.example", "editor"); // the day ended the session
    String inAnHourByTheWall =
        LocalDateTime.now(Fixtures.ZONE)
            .plusHours(1)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    var refused =
        editor.post(
            "/admin/articles/" + id + "/status",
            Map.of("to", "scheduled", "publish_at", inAnHourByTheWall));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Choose a time in the future.");
  }
}
