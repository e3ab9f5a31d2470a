package broadsheet.checks;

import broadsheet.store.Database;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What the rules last found in each article, counted per rule: written after each save in the
 * newsroom and by {@code broadsheet check}, read by the newsroom's "has findings" filter.
 */
public final class FindingsStore {
  /** The ids of articles with a finding of a rule not overridden for them, as a subquery. */
  public static final String ARTICLES_WITH_FINDINGS =
      "SELECT f.article_id FROM article_findings f WHERE NOT EXISTS (SELECT 1 FROM"
          + " finding_overrides o WHERE o.article_id = f.article_id AND o.rule = f.rule)";

  private final Jdbi jdbi;

  public FindingsStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Replaces what is recorded for the article with these findings. */
  public void replace(long articleId, List<Finding> findings) {
    jdbi.useTransaction(h -> replace(h, articleId, findings));
  }

  /** Replaces what is recorded for the article, in the caller's transaction. */
  public static void replace(Handle h, long articleId, List<Finding> findings) {
    h.createUpdate("DELETE FROM article_findings WHERE article_id = :id")
        .bind("id", articleId)
        .execute();
    Map<String, int[]> perRule = new TreeMap<>();
    for (Finding f : findings) {
      int[] c = perRule.computeIfAbsent(f.rule(), k -> new int[2]);
      c[0]++;
      c[1] = f.blocking() ? 1 : c[1];
    }
    if (perRule.isEmpty()) {
      return;
    }
    var batch =
        h.prepareBatch(
            "INSERT INTO article_findings (article_id, rule, findings, blocking)"
                + " VALUES (:id, :rule, :n, :blocking)");
    perRule.forEach(
        (rule, c) ->
            batch
                .bind("id", articleId)
                .bind("rule", rule)
                .bind("n", c[0])
                .bind("blocking", c[1])
                .add());
    batch.execute();
  }
}
