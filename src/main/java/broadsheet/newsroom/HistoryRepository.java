package broadsheet.newsroom;

import broadsheet.content.Status;
import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** An article's history: its workflow transitions and the revision kept at every save. */
final class HistoryRepository {
  private static final String REVISION =
      "SELECT r.*, COALESCE(a.name, 'unknown') AS by_name FROM revisions r"
          + " LEFT JOIN accounts a ON a.id = r.account_id";

  private final Jdbi jdbi;

  public HistoryRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  void recordTransition(
      Handle h, long articleId, Long accountId, Status from, Status to, Instant at) {
    recordTransition(h, articleId, accountId, from, to, at, null);
  }

  /** A step with a note saying why (null: none). */
  void recordTransition(
      Handle h, long articleId, Long accountId, Status from, Status to, Instant at, String note) {
    h.createUpdate(
            "INSERT INTO transitions (article_id, account_id, from_status, to_status, at, note)"
                + " VALUES (:article, :account, :from, :to, :at, :note)")
        .bind("article", articleId)
        .bind("account", accountId)
        .bind("from", from == null ? null : from.code())
        .bind("to", to.code())
        .bind("at", Instants.format(at))
        .bind("note", note)
        .execute();
  }

  public List<Transition> transitions(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT t.from_status, t.to_status, t.at, t.note,"
                        + " COALESCE(a.name, 'the scheduler') AS by_name FROM transitions t"
                        + " LEFT JOIN accounts a ON a.id = t.account_id"
                        + " WHERE t.article_id = :article ORDER BY t.at, t.id")
                .bind("article", articleId)
                .map(
                    (rs, c) ->
                        new Transition(
                            rs.getString("from_status") == null
                                ? null
                                : Status.of(rs.getString("from_status")),
                            Status.of(rs.getString("to_status")),
                            rs.getString("by_name"),
                            Instants.parse(rs.getString("at")),
                            rs.getString("note") == null ? "" : rs.getString("note")))
                .list());
  }

  void recordRevision(Handle h, Revision r, Long accountId) {
    h.createUpdate(
            """
            INSERT INTO revisions (article_id, account_id, created_at, headline, standfirst,
              body_markdown, section_id, tag_names, author_ids, seo_title, seo_description,
              canonical_url, image_url, image_alt, image_caption, image_credit, note)
            VALUES (:articleId, :account, :at, :headline, :standfirst, :bodyMarkdown, :sectionId,
              :tagNames, :authorIds, :seoTitle, :seoDescription, :canonicalUrl, :imageUrl,
              :imageAlt, :imageCaption, :imageCredit, :note)
            """)
        .bindMethods(r)
        .bind("account", accountId)
        .bind("at", Instants.format(r.createdAt()))
        .execute();
  }

  /** The article's latest revision (0 when it has none, as an imported one), in this handle. */
  long latestRevision(Handle h, long articleId) {
    return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM revisions WHERE article_id = :article")
        .bind("article", articleId)
        .mapTo(Long.class)
        .one();
  }

  public long latestRevision(long articleId) {
    return jdbi.withHandle(h -> latestRevision(h, articleId));
  }

  public List<Revision> revisions(long articleId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(REVISION + " WHERE r.article_id = :article ORDER BY r.id DESC")
                .bind("article", articleId)
                .map((rs, c) -> revision(rs))
                .list());
  }

  public Optional<Revision> revision(long articleId, long revisionId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(REVISION + " WHERE r.article_id = :article AND r.id = :id")
                .bind("article", articleId)
                .bind("id", revisionId)
                .map((rs, c) -> revision(rs))
                .findOne());
  }

  private static Revision revision(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Revision(
        rs.getLong("id"),
        rs.getLong("article_id"),
        rs.getString("by_name"),
        Instants.parse(rs.getString("created_at")),
        rs.getString("headline"),
        rs.getString("standfirst"),
        rs.getString("body_markdown"),
        rs.getLong("section_id"),
        rs.getString("tag_names"),
        rs.getString("author_ids"),
        rs.getString("seo_title"),
        rs.getString("seo_description"),
        rs.getString("canonical_url"),
        rs.getString("image_url"),
        rs.getString("image_alt"),
        rs.getString("image_caption"),
        rs.getString("image_credit"),
        rs.getString("note"));
  }
}
