package broadsheet.content;

import broadsheet.store.Instants;
import broadsheet.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/**
 * New articles written in the caller's transaction through statements prepared once: an import
 * creates tens of thousands, and preparing and binding each insert anew costs more than the store's
 * own work. Bylines and tags wait in batches until {@link #flush()}, which must come before
 * anything reads or replaces them in the same transaction.
 */
public final class ArticleInserts implements AutoCloseable {
  private static final String ARTICLE =
      """
      INSERT INTO articles (slug, section_id, headline, standfirst, body_markdown, body_html,
        status, time_zone, created_at, published_at, updated_at, image_url, image_alt,
        image_caption, image_credit, canonical_url, seo_title, seo_description)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      RETURNING id
      """;
  private static final String BYLINE =
      "INSERT INTO article_authors (article_id, author_id, position) VALUES (?, ?, ?)";
  private static final String TAG = "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)";

  private final Connection connection;
  private PreparedStatement article;
  private PreparedStatement bylines;
  private PreparedStatement tags;
  private int waiting;

  private ArticleInserts(Connection connection) {
    this.connection = connection;
  }

  /** Inserts on the handle's connection, inside its transaction. */
  public static ArticleInserts on(Handle h) {
    return new ArticleInserts(h.getConnection());
  }

  /** Creates an article and returns its id; its byline and tags are batched. */
  public long insert(ArticleDraft d) {
    try {
      if (article == null) {
        article = connection.prepareStatement(ARTICLE);
      }
      FeaturedImage image = d.image();
      article.setString(1, d.slug());
      article.setLong(2, d.sectionId());
      article.setString(3, d.headline());
      article.setString(4, d.standfirst());
      article.setString(5, d.bodyMarkdown());
      article.setString(6, d.bodyHtml());
      article.setString(7, d.status().code());
      article.setString(8, d.timeZone().getId());
      article.setString(9, Instants.format(Instant.now()));
      article.setString(10, Instants.format(d.publishedAt()));
      article.setString(11, Instants.format(d.updatedAt()));
      article.setString(12, image == null ? null : image.url());
      article.setString(13, image == null ? null : image.alt());
      article.setString(14, image == null ? null : image.caption());
      article.setString(15, image == null ? null : image.credit());
      article.setString(16, d.canonicalUrl());
      article.setString(17, d.seoTitle());
      article.setString(18, d.seoDescription());
      long id;
      try (ResultSet rs = article.executeQuery()) {
        rs.next();
        id = rs.getLong(1);
      }
      addLinks(id, d);
      return id;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Adds an article's byline and tags to the batches (for a new or a replaced article). */
  void links(long id, ArticleDraft d) {
    try {
      addLinks(id, d);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private void addLinks(long id, ArticleDraft d) throws SQLException {
    if (bylines == null) {
      bylines = connection.prepareStatement(BYLINE);
      tags = connection.prepareStatement(TAG);
    }
    int position = 0;
    for (long authorId : d.authorIds().stream().distinct().toList()) {
      bylines.setLong(1, id);
      bylines.setLong(2, authorId);
      bylines.setInt(3, position++);
      bylines.addBatch();
      waiting++;
    }
    for (long tagId : d.tagIds().stream().distinct().toList()) {
      tags.setLong(1, id);
      tags.setLong(2, tagId);
      tags.addBatch();
      waiting++;
    }
    if (waiting >= 4096) {
      flush();
    }
  }

  /** Writes the batched bylines and tags. */
  public void flush() {
    if (waiting == 0) {
      return;
    }
    try {
      bylines.executeBatch();
      tags.executeBatch();
      waiting = 0;
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** Writes what is batched and releases the statements. */
  @Override
  public void close() {
    try (PreparedStatement a = article;
        PreparedStatement b = bylines;
        PreparedStatement t = tags) {
      flush();
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static StoreException failed(SQLException e) {
    return new StoreException("cannot write an article: " + e.getMessage(), e);
  }
}
