package broadsheet.newsroom;

import broadsheet.checks.Copy;
import broadsheet.checks.EditorialChecks;
import broadsheet.checks.Finding;
import broadsheet.checks.FindingsStore;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.Status;
import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The editorial checks as the newsroom applies them: the findings of an article or of a form not
 * yet saved, the warnings an editor overrode for one article (recorded with who and when), and what
 * of them stops publishing. After each save the findings are recorded for the article list.
 */
public final class ArticleReview implements Desk.Review {
  /** A warning overridden for one article: the rule, by whom, when. */
  public record Overridden(String rule, String by, Instant at) {}

  private final EditorialChecks checks;
  private final FindingsStore store;
  private final ArticleRepository articles;
  private final BodyRenderer renderer;
  private final Jdbi jdbi;
  private final Clock clock;

  public ArticleReview(
      EditorialChecks checks,
      Database database,
      ArticleRepository articles,
      BodyRenderer renderer,
      Clock clock) {
    this.checks = checks;
    this.store = new FindingsStore(database);
    this.articles = articles;
    this.renderer = renderer;
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  /** What the rules find in the stored article, overridden warnings left out. */
  public List<Finding> findings(Article a) {
    return withoutOverridden(a.id(), checks.find(Copy.of(a)));
  }

  /** What the rules find in a form not yet saved over the article (null: a new one). */
  List<Finding> findings(ArticleForm f, Article a) {
    Copy copy =
        new Copy(
            f.headline(),
            f.standfirst(),
            f.body(),
            renderer.render(f.body()),
            f.imageUrl(),
            f.imageAlt(),
            f.imageCredit(),
            a != null && a.status() == Status.SCHEDULED ? a.publishedAt() : null,
            a == null ? List.of() : a.corrections().stream().map(c -> c.body()).toList());
    return a == null ? checks.find(copy) : withoutOverridden(a.id(), checks.find(copy));
  }

  @Override
  public Map<String, String> blockers(Article a) {
    return blocking(checks.find(Copy.of(a)), "Not yet");
  }

  @Override
  public Map<String, String> blockers(long articleId) {
    return articles
        .findById(articleId)
        .map(a -> blocking(checks.find(Copy.of(a)), "Held back"))
        .orElse(Map.of());
  }

  /** What stops saving this form over a live or scheduled article. */
  Map<String, String> blockers(ArticleForm f, Article a) {
    return blocking(
        findings(f, a), a.isPublished() ? "Not on a live article" : "Not on a scheduled article");
  }

  /** The blocking findings by field, the first of each field with its passage, rule and fix. */
  private static Map<String, String> blocking(List<Finding> findings, String lead) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.blocking()) {
        out.putIfAbsent(f.field(), lead + ": “" + f.passage() + "” (" + f.rule() + "). " + f.fix());
      }
    }
    return out;
  }

  @Override
  public void written(long articleId) {
    articles.findById(articleId).ifPresent(a -> store.replace(a.id(), checks.find(Copy.of(a))));
  }

  /** Overrides a warning (never a blocking rule) for this article; false if it cannot be. */
  boolean override(Account me, Article a, String rule) {
    if (rule == null
        || !EditorialChecks.rules().contains(rule)
        || EditorialChecks.isBlocking(rule)
        || overridden(a.id()).contains(rule)) {
      return false;
    }
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO finding_overrides (article_id, rule, account_id, created_at)"
                        + " VALUES (:article, :rule, :account, :at)")
                .bind("article", a.id())
                .bind("rule", rule)
                .bind("account", me.id())
                .bind("at", Instants.format(clock.instant()))
                .execute());
    return true;
  }

  /** The warnings overridden for the article, oldest first. */
  List<Overridden> overrides(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT o.rule, o.created_at, COALESCE(a.name, 'unknown') AS by_name"
                        + " FROM finding_overrides o LEFT JOIN accounts a ON a.id = o.account_id"
                        + " WHERE o.article_id = :article ORDER BY o.created_at, o.rule")
                .bind("article", articleId)
                .map(
                    (rs, c) ->
                        new Overridden(
                            rs.getString("rule"),
                            rs.getString("by_name"),
                            Instants.parse(rs.getString("created_at"))))
                .list());
  }

  private Set<String> overridden(long articleId) {
    return new HashSet<>(overrides(articleId).stream().map(Overridden::rule).toList());
  }

  private List<Finding> withoutOverridden(long articleId, List<Finding> findings) {
    if (findings.isEmpty()) {
      return findings;
    }
    Set<String> overridden = overridden(articleId);
    return findings.stream().filter(f -> f.blocking() || !overridden.contains(f.rule())).toList();
  }
}
