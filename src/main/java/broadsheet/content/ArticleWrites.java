package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import broadsheet.store.PreparedBatches;
import broadsheet.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Everything that writes articles: creating and replacing them through the one mapping of {@link
 * ArticleTable}, moving them through the workflow, and their corrections. Methods that take a
 * handle run in the caller's transaction.
 */
public final class ArticleWrites {
  private final Jdbi jdbi;

  public ArticleWrites(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Creates an article and returns its id. */
  public long insert(ArticleDraft draft) {
    return jdbi.inTransaction(h -> insert(h, draft));
  }

  /** Creates an article inside the caller's transaction. */
  public long insert(Handle h, ArticleDraft draft) {
    try (Batch batch = batch(h)) {
      return batch.insert(draft);
    }
  }

  /** Replaces every field of an article, its byline and its tags. */
  public void update(long id, ArticleDraft draft) {
    jdbi.useTransaction(h -> update(h, id, draft));
  }

  public void update(Handle h, long id, ArticleDraft draft) {
    try (Batch batch = batch(h)) {
      batch.update(id, draft);
    }
  }

  /**
   * Writes in the caller's transaction through statements prepared once, for a writer that creates
   * many articles (an import); close it when done.
   */
  public static Batch batch(Handle h) {
    return new Batch(h.getConnection());
  }

  /** Moves an article to a status, with the publication time that status needs. */
  public void setStatus(Handle h, long id, Status status, Instant publishedAt) {
    h.createUpdate("UPDATE articles SET status = ?, published_at = ? WHERE id = ?")
        .bind(0, status.code())
        .bind(1, Instants.format(publishedAt))
        .bind(2, id)
        .execute();
  }

  /** Scheduled articles whose time has come. */
  public List<Long> dueForPublication(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= ?")
                .bind(0, Instants.format(now))
                .mapTo(Long.class)
                .list());
  }

  /**
   * Publishes a scheduled article if it is still scheduled; true for the one caller that did it, so
   * that with several nodes or after a restart each article goes live exactly once.
   */
  public boolean claimScheduled(Handle h, long id) {
    return h.createUpdate(
                "UPDATE articles SET status = 'published' WHERE id = ? AND status = 'scheduled'")
            .bind(0, id)
            .execute()
        == 1;
  }

  /**
   * Sends a scheduled article back for review if it is still scheduled (its time unset, as when an
   * editor does it); true for the one caller that did it.
   */
  public boolean holdScheduled(Handle h, long id) {
    return h.createUpdate(
                "UPDATE articles SET status = 'review', published_at = NULL"
                    + " WHERE id = ? AND status = 'scheduled'")
            .bind(0, id)
            .execute()
        == 1;
  }

  /** Every article's slug, for an import that creates many at once. */
  public List<String> slugs(Handle h) {
    return h.createQuery("SELECT slug FROM articles").mapTo(String.class).list();
  }

  /** Whether another article than {@code self} has this slug. */
  public boolean slugTaken(Handle h, String slug, long self) {
    return h.createQuery("SELECT COUNT(*) FROM articles WHERE slug = ? AND id <> ?")
            .bind(0, slug)
            .bind(1, self)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Replaces an article's corrections log inside the caller's transaction (imports). */
  public void replaceCorrections(Handle h, long articleId, List<Correction> corrections) {
    h.createUpdate("DELETE FROM corrections WHERE article_id = ?").bind(0, articleId).execute();
    for (Correction c : corrections) {
      addCorrection(h, articleId, c.kind(), c.body(), c.createdAt());
    }
  }

  public void addCorrection(long articleId, Correction.Kind kind, String body, Instant at) {
    jdbi.useHandle(h -> addCorrection(h, articleId, kind, body, at));
  }

  public static void addCorrection(
      Handle h, long articleId, Correction.Kind kind, String body, Instant at) {
    h.createUpdate(CorrectionTable.INSERT)
        .bind(0, articleId)
        .bind(1, CorrectionTable.kind(kind))
        .bind(2, body)
        .bind(3, Instants.format(at))
        .execute();
  }

  /**
   * Articles written in the caller's transaction through statements prepared once: an import
   * creates tens of thousands, and preparing and binding each insert anew costs more than the
   * store's own work. Bylines and tags wait in batches until {@link #flush()}, which must come
   * before anything reads or replaces them in the same transaction.
   */
  public static final class Batch implements AutoCloseable {
    private static final String BYLINE =
        "INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)";
    private static final String TAG = "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)";

    private final Connection connection;
    private final PreparedBatches batches;

    private Batch(Connection connection) {
      this.connection = connection;
      this.batches = new PreparedBatches(connection);
    }

    /** Creates an article and returns its id; its byline and tags are batched. */
    public long insert(ArticleDraft d) {
      try {
        PreparedStatement insert = batches.statement(ArticleTable.INSERT);
        int next = ArticleTable.bind(insert, 1, d);
        insert.setString(next, Instants.format(Instant.now()));
        long id;
        try (ResultSet rs = insert.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
        addLinks(id, d);
        return id;
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    /** Replaces every field of an article; its new byline and tags are batched. */
    public void update(long id, ArticleDraft d) {
      try {
        try (PreparedStatement update = connection.prepareStatement(ArticleTable.UPDATE)) {
          update.setLong(ArticleTable.bind(update, 1, d), id);
          update.executeUpdate();
        }
        batches.flush();
        for (String table : List.of("article_authors", "article_tags")) {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
            delete.setLong(1, id);
            delete.executeUpdate();
          }
        }
        addLinks(id, d);
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    private void addLinks(long id, ArticleDraft d) throws SQLException {
      PreparedStatement bylines = batches.statement(BYLINE);
      int position = 0;
      for (long authorId : d.authorIds().stream().distinct().toList()) {
        bylines.setLong(1, id);
        bylines.setLong(2, authorId);
        bylines.setInt(3, position++);
        batches.add(bylines);
      }
      PreparedStatement tags = batches.statement(TAG);
      for (long tagId : d.tagIds().stream().distinct().toList()) {
        tags.setLong(1, id);
        tags.setLong(2, tagId);
        batches.add(tags);
      }
    }

    /** Writes the batched bylines and tags. */
    public void flush() {
      try {
        batches.flush();
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    /** Writes what is batched and releases the statements. */
    @Override
    public void close() {
      try {
        batches.close();
      } catch (SQLException e) {
        throw failed(e);
      }
    }

    private static StoreException failed(SQLException e) {
      return new StoreException("cannot write an article: " + e.getMessage(), e);
    }
  }
}
