package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.TestSite;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scheduled articles go live at their time, exactly once, also across a restart. */
class SchedulingTest {
  private TestSite site;

  @BeforeEach
  void start() {
    site = TestSite.start(Fixtures::smallPaper);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  private long schedule(Staff staff, String headline, int secondsFromNow) {
    long id = WorkflowTest.write(staff, headline);
    String when =
        LocalDateTime.now(Fixtures.ZONE)
            .plusSeconds(secondsFromNow)
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

  private boolean liveWithin(String path, int seconds) throws InterruptedException {
    for (int i = 0; i < seconds * 5; i++) {
      if (site.get(path).statusCode() == 200) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  @Test
  void aScheduledArticleGoesLiveAtItsTimeAndNotBefore() throws Exception {
    Staff editor = Staff.signedIn(site, "scheduler@test.example", "editor");
    schedule(editor, "Embargoed budget story", 3);
    assertThat(site.get("/city/embargoed-budget-story").statusCode()).isEqualTo(404);
    assertThat(liveWithin("/city/embargoed-budget-story", 10)).isTrue();
    assertThat(site.get("/").body()).contains("Embargoed budget story");
  }

  @Test
  void aTimeThatPassedWhileStoppedIsPublishedOnceAfterTheRestart() throws Exception {
    Staff editor = Staff.signedIn(site, "nightshift@test.example", "editor");
    long id = schedule(editor, "Overnight results", 2);
    site.restart(
        () -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(liveWithin("/city/overnight-results", 10)).isTrue();
    Thread.sleep(2500); // another scheduler round: nothing more may happen
    Staff again = Staff.signedIn(site, "nightshift@test.example", "editor");
    var rows =
        Jsoup.parse(again.get("/admin/articles/" + id + "/history").body())
            .select("section[aria-labelledby=transitions-title] tbody tr")
            .eachText();
    assertThat(rows.stream().filter(r -> r.contains("scheduled published"))).hasSize(1);
    assertThat(rows.stream().filter(r -> r.contains("the scheduler"))).hasSize(1);
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
}
