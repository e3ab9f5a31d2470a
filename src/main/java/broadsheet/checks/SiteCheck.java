package broadsheet.checks;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.store.Database;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    Tally tally = new Tally(progress);
    // A batch is checked on the pool while this thread reads the next one from the store.
    List<Pending> pending = new ArrayList<>();
    articles.eachArticle(
        BATCH,
        batch -> {
          List<Article> checked =
              fixer == null ? batch : fixed(batch, fixer, tally.repaired, articles);
          pending.add(
              new Pending(
                  checked,
                  CompletableFuture.supplyAsync(
                      () ->
                          checked.parallelStream()
                              .map(a -> EditorialChecks.find(Copy.of(a), site))
                              .toList())));
          if (pending.size() > 1) {
            record(pending.removeFirst(), tally);
          }
        });
    for (Pending p : pending) {
      record(p, tally);
    }
    return new Summary(tally.articles, tally.perRule, tally.affected, tally.repaired);
  }

  /** A batch of articles and, when done, what the rules found in each. */
  private record Pending(List<Article> articles, CompletableFuture<List<List<Finding>>> found) {}

  /** What a run has counted so far. */
  private static final class Tally {
    final Map<String, long[]> perRule = new LinkedHashMap<>();
    final List<Affected> affected = new ArrayList<>();
    final Map<String, Integer> repaired = new LinkedHashMap<>();
    final LongConsumer progress;
    int articles;

    Tally(LongConsumer progress) {
      this.progress = progress;
      for (String rule : EditorialChecks.rules()) {
        perRule.put(rule, new long[2]);
      }
    }
  }

  private void record(Pending p, Tally tally) {
    List<List<Finding>> found = p.found().join();
    jdbi.useTransaction(
        h -> {
          for (int i = 0; i < p.articles().size(); i++) {
            FindingsStore.replace(h, p.articles().get(i).id(), found.get(i));
          }
        });
    for (int i = 0; i < p.articles().size(); i++) {
      tally(p.articles().get(i), found.get(i), tally.perRule, tally.affected);
    }
    tally.articles += p.articles().size();
    tally.progress.accept(tally.articles);
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
