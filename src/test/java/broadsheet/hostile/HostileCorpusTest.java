package broadsheet.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.hostile.Vectors.Vector;
import broadsheet.newsroom.Staff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The hostile-input corpus (src/test/resources/hostile/vectors.txt) through every door: every text
 * field of the newsroom's forms over HTTP and a WordPress import; then every public page, feed and
 * sitemap that shows what was taken, and the newsroom's pages, checked (never a 500, Nu-valid,
 * well-formed, nothing injected), and in Chromium no script from the corpus runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusTest {
  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(
          db -> {
            Fixtures f = Fixtures.on(db).settings("The Hostile Courier", "Read with care");
            f.section("world", "World", null);
          });

  static final List<Vector> vectors = Vectors.load();
  static final Checks checks = new Checks();
  static final Tally tally = new Tally();
  static Desk desk;
  static long started;
  static CorpusWalk walk;
  static int executed = -1;
  static int browserPages;
  static long doorsSeconds;
  static long walkSeconds;
  static long browserSeconds;

  @BeforeAll
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  static void throughEveryDoor() {
    started = System.nanoTime();
    desk = new Desk(site, Staff.signedIn(site, "corpus-admin@test.example", "admin"));
    Doors doors = new Doors(site, desk, vectors, checks, tally);
    doors.all();
    doorsSeconds = (System.nanoTime() - started) / 1_000_000_000L;
    walk = new CorpusWalk(site, desk, checks);
  }

  @Test
  @Order(1)
  void theCorpusIsLargeAndWentThroughEveryField() {
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(100);
    for (String field : tally.fields()) {
      assertThat(tally.seen(field)).as(field).isEqualTo(vectors.size());
    }
    assertThat(tally.taken()).isGreaterThan(vectors.size() * 10);
  }

  @Test
  @Order(2)
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void everyPageFeedAndSitemapThatShowsItIsValidAndHoldsNothingInjected() {
    long start = System.nanoTime();
    walk.publicSite();
    walk.newsroom();
    walkSeconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(walk.publicPages()).hasSizeGreaterThan(50);
    assertThat(checks.failures()).as(String.join("\n", checks.failures())).isEmpty();
  }

  @Test
  @Order(3)
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void inChromiumNoDialogOpensAndNoScriptFromTheCorpusRuns() throws Exception {
    long start = System.nanoTime();
    InBrowser browser = new InBrowser(site, desk);
    List<String> pages = new ArrayList<>(walk.browserPages());
    List<String> ran = browser.visit(pages);
    browserPages = pages.size();
    executed = ran.size();
    browserSeconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(ran).as(String.join("\n", ran)).isEmpty();
  }

  @AfterAll
  static void summary() {
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    Set<String> fields = tally.fields();
    System.out.printf(
        "hostile corpus: %d vectors × %d fields × %d surfaces; %d pages and %d feeds or sitemaps"
            + " checked, %d loaded in Chromium; %d taken, %d refused; executed = %s;"
            + " %d s (doors %d s, walk %d s, browser %d s)%n",
        vectors.size(),
        fields.size(),
        walk == null ? 0 : walk.surfaces().size(),
        checks.pages(),
        checks.documents(),
        browserPages,
        tally.taken(),
        tally.refused(),
        executed < 0 ? "not run" : Integer.toString(executed),
        seconds,
        doorsSeconds,
        walkSeconds,
        browserSeconds);
  }
}
