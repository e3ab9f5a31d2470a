package broadsheet.checks;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.jdbi.v3.core.Jdbi;

/**
 * Every rule over every article of the site ({@code broadsheet check}): findings counted per rule,
 * the articles affected, and each article's findings recorded for the newsroom's list. With a
 * fixer, the certain repairs are handed to it article by article (it saves them as revisions).
 */
public final class SiteCheck {
  /** An article with findings: its id, address, headline and the rules that found something. */
  public record Affected(long id, String path, String headline, List<String> rules) {}

  /** Per rule: how many findings, in how many articles; and what was repaired, per rule. */
  public record Summary(
      int articles,
      Map<String, long[]> perRule,
      List<Affected> affected,
      Map<String, Integer> repaired) {}

  /** Saves a repaired body of an article (a new revision). */
  @FunctionalInterface
  public interface Fixer {
    void fix(Article a, String body, List<String> rules);
  }

  private static final int BATCH = 500;

  private final Jdbi jdbi;
  private final ArticleRepository articles;
  private final SiteView site;

  public SiteCheck(Database database, ArticleRepository articles, SiteView site) {
    this.jdbi = database.jdbi();
    this.articles = articles;
    this.site = site;
  }

  /** The number of articles a run will check, for a progress bar. */
  public int total() {
    return articles.countMatching(" WHERE 1 = 1", List.of());
  }

  /**
   * Checks every article; {@code progress} hears how many are done; {@code fixer} (null: report
   * only) receives the certain repairs.
   */
  public Summary run(LongConsumer progress, Fixer fixer) {
    Map<String, long[]> perRule = new LinkedHashMap<>();
    for (String rule : EditorialChecks.rules()) {
      perRule.put(rule, new long[2]);
    }
    List<Affected> affected = new ArrayList<>();
    Map<String, Integer> repaired = new LinkedHashMap<>();
    AtomicLong done = new AtomicLong();
    int[] count = {0};
    articles.eachArticle(
        BATCH,
        batch -> {
          List<Article> checked = fixer == null ? batch : fixed(batch, fixer, repaired, articles);
          List<List<Finding>> found =
              checked.parallelStream().map(a -> EditorialChecks.find(Copy.of(a), site)).toList();
          jdbi.useTransaction(
              h -> {
                for (int i = 0; i < checked.size(); i++) {
                  FindingsStore.replace(h, checked.get(i).id(), found.get(i));
                }
              });
          for (int i = 0; i < checked.size(); i++) {
            tally(checked.get(i), found.get(i), perRule, affected);
          }
          count[0] += checked.size();
          progress.accept(done.addAndGet(checked.size()));
        });
    return new Summary(count[0], perRule, affected, repaired);
  }

  private static List<Article> fixed(
      List<Article> batch, Fixer fixer, Map<String, Integer> repaired, ArticleRepository articles) {
    List<Article> out = new ArrayList<>(batch.size());
    for (Article a : batch) {
      EditorialChecks.Repaired r = EditorialChecks.repair(a.bodyMarkdown());
      if (r.changed()) {
        r.rules().forEach(rule -> repaired.merge(rule, 1, Integer::sum));
        fixer.fix(a, r.body(), r.rules());
        out.add(articles.findById(a.id()).orElse(a));
      } else {
        out.add(a);
      }
    }
    return out;
  }

  private static void tally(
      Article a, List<Finding> found, Map<String, long[]> perRule, List<Affected> affected) {
    if (found.isEmpty()) {
      return;
    }
    List<String> rules = found.stream().map(Finding::rule).distinct().toList();
    for (Finding f : found) {
      perRule.get(f.rule())[0]++;
    }
    for (String rule : rules) {
      perRule.get(rule)[1]++;
    }
    affected.add(new Affected(a.id(), a.path(), a.headline(), rules));
  }
}
