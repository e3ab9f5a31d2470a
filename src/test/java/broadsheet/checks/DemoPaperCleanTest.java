package broadsheet.checks;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.content.ArticleRepository;
import broadsheet.demo.DemoPaper;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo paper is what we tell new papers to look like: every rule passes it. */
class DemoPaperCleanTest {
  @TempDir Path temp;

  @Test
  void everyRuleFindsNothingInTheDemoPaper() {
    try (Database db = Database.open("sqlite:" + temp.resolve("demo.db"))) {
      DemoPaper.seed(db, Instant.now());
      var views = new SiteViews(db, "preview.gazette.example", Set::of, Clock.systemUTC());
      var checks = new EditorialChecks(views);
      List<String> found = new ArrayList<>();
      int[] articles = {0};
      new ArticleRepository(db)
          .eachArticle(
              100,
              batch ->
                  batch.forEach(
                      a -> {
                        articles[0]++;
                        checks.find(Copy.of(a)).forEach(f -> found.add(a.slug() + ": " + f));
                      }));
      assertThat(articles[0]).isGreaterThanOrEqualTo(40);
      assertThat(found).isEmpty();
    }
  }
}
