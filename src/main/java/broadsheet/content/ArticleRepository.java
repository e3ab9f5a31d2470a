package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import broadsheet.store.Queries;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Articles in the store. Reader-facing queries return published articles only. */
public final class ArticleRepository {
  private static final String SELECT =
      """
      SELECT a.id, a.slug, a.headline, a.standfirst, a.body_markdown, a.body_html, a.status,
             a.time_zone, a.created_at, a.published_at, a.updated_at, a.image_url, a.image_alt,
             a.image_caption, a.image_credit, a.canonical_url, a.seo_title, a.seo_description,
             s.id AS s_id, s.slug AS s_slug, s.name AS s_name, s.description AS s_description,
             s.position AS s_position, s.parent_id AS s_parent_id
      FROM articles a JOIN sections s ON s.id = a.section_id
      """;

  /** The same columns without the Markdown source, for pages that show the body's HTML. */
  private static final String SELECT_READER =
      SELECT.replace("a.body_markdown,", "'' AS body_markdown,");

  /** The same columns without the body, for lists that show headlines and standfirsts only. */
  private static final String SELECT_TEASER =
      SELECT.replace("a.body_markdown, a.body_html,", "'' AS body_markdown, '' AS body_html,");

  private static final String NEWEST = " ORDER BY a.published_at DESC, a.id DESC";

  private final Jdbi jdbi;
  private final Queries queries;

  public ArticleRepository(Database database) {
    this.jdbi = database.jdbi();
    this.queries = database.queries();
  }

  /**
   * Any article by slug, whatever its status: the site decides between 200, 404 and 410. Readers
   * get the body as HTML; its Markdown source, which the newsroom edits (by id), is left unread,
   * which saves a quarter of the article page's query.
   */
  public Optional<Article> findBySlug(String slug) {
    return one(SELECT_READER + " WHERE a.slug = ?", slug);
  }

  public Optional<Article> findById(long id) {
    return one(SELECT + " WHERE a.id = ?", id);
  }

  public List<Article> latest(int limit, int offset) {
    return many(
        SELECT + " WHERE a.status = 'published'" + NEWEST + " LIMIT ? OFFSET ?", limit, offset);
  }

  public int countPublished() {
    return count("SELECT COUNT(*) FROM articles a WHERE a.status = 'published'");
  }

  /** Published articles of the given sections (a section and its children), newest first. */
  public List<Article> inSections(List<Long> sectionIds, int limit, int offset) {
    return many(
        SELECT
            + " WHERE a.status = 'published' AND a.section_id IN ("
            + Queries.marks(sectionIds.size())
            + ")"
            + NEWEST
            + " LIMIT ? OFFSET ?",
        sectionIds,
        limit,
        offset);
  }

  public int countInSections(List<Long> sectionIds) {
    return count(
        "SELECT COUNT(*) FROM articles a WHERE a.status = 'published' AND a.section_id IN ("
            + Queries.marks(sectionIds.size())
            + ")",
        sectionIds);
  }

  public List<Article> withTag(long tagId, int limit, int offset) {
    return many(
        SELECT
            + " JOIN article_tags t ON t.article_id = a.id"
            + " WHERE a.status = 'published' AND t.tag_id = ?"
            + NEWEST
            + " LIMIT ? OFFSET ?",
        tagId,
        limit,
        offset);
  }

  public int countWithTag(long tagId) {
    return count(
        "SELECT COUNT(*) FROM articles a JOIN article_tags t ON t.article_id = a.id"
            + " WHERE a.status = 'published' AND t.tag_id = ?",
        tagId);
  }

  public List<Article> byAuthor(long authorId, int limit, int offset) {
    return many(
        SELECT
            + " JOIN article_authors w ON w.article_id = a.id"
            + " WHERE a.status = 'published' AND w.author_id = ?"
            + NEWEST
            + " LIMIT ? OFFSET ?",
        authorId,
        limit,
        offset);
  }

  public int countByAuthor(long authorId) {
    return count(
        "SELECT COUNT(*) FROM articles a JOIN article_authors w ON w.article_id = a.id"
            + " WHERE a.status = 'published' AND w.author_id = ?",
        authorId);
  }

  /** Published articles since a time, newest first, for the news sitemap. */
  public List<ArticleLink> linksSince(Instant since, int limit) {
    return links(
        " AND a.published_at >= :since" + NEWEST + " LIMIT :limit",
        q -> q.bind("since", Instants.format(since)).bind("limit", limit));
  }

  /**
   * Every published article in batches, oldest id first, for rebuilding the search index: as
   * readers see them, without the Markdown source.
   */
  public void eachPublished(int batchSize, Consumer<List<Article>> consumer) {
    each(SELECT_READER, batchSize, Article::isPublished, consumer);
  }

  /** Every article whatever its status, in batches, oldest id first (exports). */
  public void eachArticle(int batchSize, Consumer<List<Article>> consumer) {
    each(SELECT, batchSize, a -> true, consumer);
  }

  private void each(
      String select,
      int batchSize,
      java.util.function.Predicate<Article> which,
      Consumer<List<Article>> consumer) {
    long after = 0;
    while (true) {
      long from = after;
      // Walk the primary key and filter afterwards: a status condition in the query would let
      // the planner choose the status index and rescan it for every batch.
      List<Article> batch = many(select + " WHERE a.id > ? ORDER BY a.id LIMIT ?", from, batchSize);
      if (batch.isEmpty()) {
        return;
      }
      List<Article> chosen = batch.stream().filter(which).toList();
      if (!chosen.isEmpty()) {
        consumer.accept(chosen);
      }
      after = batch.get(batch.size() - 1).id();
    }
  }

  /**
   * Published articles by id, in the order of the ids given (search results, related lists):
   * teasers, without body, byline, tags or corrections, which such lists never show. One query.
   */
  public List<Article> publishedByIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Article> byId = new HashMap<>();
    // Status is checked here, not in SQL: given "status = 'published' AND id IN (...)", SQLite
    // walks the status index over every published article (20 ms on 100,000) instead of looking
    // up the few ids.
    for (Article a :
        teasers(SELECT_TEASER + " WHERE a.id IN (" + Queries.marks(ids.size()) + ")", ids)) {
      if (a.isPublished()) {
        byId.put(a.id(), a);
      }
    }
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * The bodies (sanitised HTML) of these articles by id, for search snippets: the index keeps
   * offsets into each body's text, not the text itself.
   */
  public Map<Long, String> bodiesByIds(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String sql =
        "SELECT id, body_html FROM articles WHERE id IN (" + Queries.marks(ids.size()) + ")";
    Map<Long, String> bodies = new HashMap<>();
    jdbi.useHandle(
        h ->
            queries
                .list(h.getConnection(), sql, rs -> Map.entry(rs.getLong(1), rs.getString(2)), ids)
                .forEach(e -> bodies.put(e.getKey(), e.getValue())));
    return bodies;
  }

  /** Every published article's link, in a stable order, streamed to keep memory flat. */
  public void eachLink(Consumer<ArticleLink> consumer) {
    jdbi.useHandle(
        h ->
            h.createQuery(LINKS + " ORDER BY a.id")
                .setFetchSize(1000)
                .map((rs, ctx) -> link(rs))
                .forEach(consumer));
  }

  private static final String LINKS =
      """
      SELECT a.slug, s.slug AS s_slug, a.headline, a.published_at, a.updated_at,
        (SELECT MAX(c.created_at) FROM corrections c WHERE c.article_id = a.id) AS corrected_at
      FROM articles a JOIN sections s ON s.id = a.section_id
      WHERE a.status = 'published'
      """;

  private List<ArticleLink> links(String tail, Consumer<Query> binder) {
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(LINKS + tail);
          binder.accept(q);
          return q.map((rs, ctx) -> link(rs)).list();
        });
  }

  private static ArticleLink link(ResultSet rs) throws SQLException {
    Instant published = Instants.parse(rs.getString("published_at"));
    Instant modified = published;
    for (String column : List.of("updated_at", "corrected_at")) {
      Instant t = Instants.parse(rs.getString(column));
      if (t != null && (modified == null || t.isAfter(modified))) {
        modified = t;
      }
    }
    return new ArticleLink(
        Addresses.article(rs.getString("s_slug"), rs.getString("slug")),
        rs.getString("headline"),
        published,
        modified);
  }

  /** The newsroom's view: articles of any status matching the filters, newest change first. */
  public List<Article> forDesk(DeskFilter f, int limit, int offset) {
    Desk desk = Desk.of(f);
    return many(
        SELECT
            + desk.where()
            + " ORDER BY COALESCE(a.updated_at, a.published_at, a.created_at) DESC,"
            + " a.id DESC LIMIT ? OFFSET ?",
        desk.params(),
        limit,
        offset);
  }

  public int countForDesk(DeskFilter f) {
    Desk desk = Desk.of(f);
    return count("SELECT COUNT(*) FROM articles a" + desk.where(), desk.params());
  }

  /** Filters of the newsroom's article list; null means any. */
  public record DeskFilter(Status status, Long sectionId, Long authorId, String text) {}

  /** A desk filter as a WHERE clause and its parameters in order. */
  private record Desk(String where, List<Object> params) {
    static Desk of(DeskFilter f) {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> params = new ArrayList<>();
      if (f.status() != null) {
        where.append(" AND a.status = ?");
        params.add(f.status().code());
      }
      if (f.sectionId() != null) {
        where.append(" AND a.section_id = ?");
        params.add(f.sectionId());
      }
      if (f.authorId() != null) {
        where.append(" AND a.id IN (SELECT article_id FROM article_authors WHERE author_id = ?)");
        params.add(f.authorId());
      }
      if (f.text() != null && !f.text().isBlank()) {
        String escaped =
            f.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
        where.append(" AND (LOWER(a.headline) LIKE ? OR LOWER(a.standfirst) LIKE ?)");
        params.add("%" + escaped + "%");
        params.add("%" + escaped + "%");
      }
      return new Desk(where.toString(), params);
    }
  }

  /** Moves an article to a status, with the publication time that status needs. */
  public void setStatus(Handle h, long id, Status status, Instant publishedAt) {
    h.createUpdate("UPDATE articles SET status = :to, published_at = :published WHERE id = :id")
        .bind("to", status.code())
        .bind("published", Instants.format(publishedAt))
        .bind("id", id)
        .execute();
  }

  /** Scheduled articles whose time has come. */
  public List<Long> dueForPublication(Instant now) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id FROM articles WHERE status = 'scheduled' AND published_at <= :now")
                .bind("now", Instants.format(now))
                .mapTo(Long.class)
                .list());
  }

  /**
   * Publishes a scheduled article if it is still scheduled; true for the one caller that did it, so
   * that with several nodes or after a restart each article goes live exactly once.
   */
  public boolean claimScheduled(Handle h, long id) {
    return h.createUpdate(
                "UPDATE articles SET status = 'published' WHERE id = :id AND status = 'scheduled'")
            .bind("id", id)
            .execute()
        == 1;
  }

  /** Every article's slug, for an import that creates many at once. */
  public List<String> slugs(Handle h) {
    return h.createQuery("SELECT slug FROM articles").mapTo(String.class).list();
  }

  /** Whether another article than {@code self} has this slug. */
  public boolean slugTaken(Handle h, String slug, long self) {
    return h.createQuery("SELECT COUNT(*) FROM articles WHERE slug = :slug AND id <> :self")
            .bind("slug", slug)
            .bind("self", self)
            .mapTo(Integer.class)
            .one()
        > 0;
  }

  /** Creates an article and returns its id. */
  public long insert(ArticleDraft draft) {
    return jdbi.inTransaction(h -> insert(h, draft));
  }

  /** Creates an article inside the caller's transaction. */
  public long insert(Handle h, ArticleDraft draft) {
    try (ArticleInserts inserts = ArticleInserts.on(h)) {
      return inserts.insert(draft);
    }
  }

  /** Replaces every field of an article, its byline and its tags. */
  public void update(long id, ArticleDraft draft) {
    jdbi.useTransaction(h -> update(h, id, draft));
  }

  public void update(Handle h, long id, ArticleDraft draft) {
    bindDraft(
            h.createUpdate(
                """
                UPDATE articles SET slug = :slug, section_id = :section, headline = :headline,
                  standfirst = :standfirst, body_markdown = :markdown, body_html = :html,
                  status = :status, time_zone = :zone, published_at = :published,
                  updated_at = :updated, image_url = :imageUrl, image_alt = :imageAlt,
                  image_caption = :imageCaption, image_credit = :imageCredit,
                  canonical_url = :canonical, seo_title = :seoTitle,
                  seo_description = :seoDescription
                WHERE id = :id
                """),
            draft)
        .bind("id", id)
        .execute();
    h.createUpdate("DELETE FROM article_authors WHERE article_id = :id").bind("id", id).execute();
    h.createUpdate("DELETE FROM article_tags WHERE article_id = :id").bind("id", id).execute();
    try (ArticleInserts inserts = ArticleInserts.on(h)) {
      inserts.links(id, draft);
    }
  }

  /** The highest article id, so an export can number other things after it. */
  public long maxId() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COALESCE(MAX(id), 0) FROM articles").mapTo(Long.class).one());
  }

  /** Replaces an article's corrections log inside the caller's transaction (imports). */
  public void replaceCorrections(Handle h, long articleId, List<Correction> corrections) {
    h.createUpdate("DELETE FROM corrections WHERE article_id = :article")
        .bind("article", articleId)
        .execute();
    for (Correction c : corrections) {
      h.createUpdate(
              "INSERT INTO corrections (article_id, kind, body, created_at)"
                  + " VALUES (:article, :kind, :body, :at)")
          .bind("article", articleId)
          .bind("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT))
          .bind("body", c.body())
          .bind("at", Instants.format(c.createdAt()))
          .execute();
    }
  }

  public void addCorrection(long articleId, Correction.Kind kind, String body, Instant at) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO corrections (article_id, kind, body, created_at)"
                        + " VALUES (:article, :kind, :body, :at)")
                .bind("article", articleId)
                .bind("kind", kind.name().toLowerCase(java.util.Locale.ROOT))
                .bind("body", body)
                .bind("at", Instants.format(at))
                .execute());
  }

  private static <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bindDraft(
      T statement, ArticleDraft d) {
    FeaturedImage image = d.image();
    return statement
        .bind("slug", d.slug())
        .bind("section", d.sectionId())
        .bind("headline", d.headline())
        .bind("standfirst", d.standfirst())
        .bind("markdown", d.bodyMarkdown())
        .bind("html", d.bodyHtml())
        .bind("status", d.status().code())
        .bind("zone", d.timeZone().getId())
        .bind("published", Instants.format(d.publishedAt()))
        .bind("updated", Instants.format(d.updatedAt()))
        .bind("imageUrl", image == null ? null : image.url())
        .bind("imageAlt", image == null ? null : image.alt())
        .bind("imageCaption", image == null ? null : image.caption())
        .bind("imageCredit", image == null ? null : image.credit())
        .bind("canonical", d.canonicalUrl())
        .bind("seoTitle", d.seoTitle())
        .bind("seoDescription", d.seoDescription());
  }

  private Optional<Article> one(String sql, Object... params) {
    return many(sql, params).stream().findFirst();
  }

  private List<Article> many(String sql, Object... params) {
    return jdbi.withHandle(
        h -> {
          Connection c = h.getConnection();
          return complete(c, queries.list(c, sql, ArticleRepository::row, params));
        });
  }

  /** Teasers: the article rows alone, with no byline, tags or corrections attached. */
  private List<Article> teasers(String sql, Object... params) {
    return jdbi.withHandle(
        h -> queries.list(h.getConnection(), sql, rs -> row(rs).teaser(), params));
  }

  private int count(String sql, Object... params) {
    return jdbi.withHandle(
        h -> queries.list(h.getConnection(), sql, rs -> rs.getInt(1), params).get(0));
  }

  /** An article row before its byline, tags and corrections are attached. */
  private record Row(
      long id,
      String slug,
      Section section,
      String headline,
      String standfirst,
      String markdown,
      String html,
      Status status,
      ZoneId zone,
      Instant created,
      Instant published,
      Instant updated,
      FeaturedImage image,
      String canonical,
      String seoTitle,
      String seoDescription) {

    Article teaser() {
      return new Article(
          id,
          slug,
          section,
          headline,
          standfirst,
          markdown,
          html,
          status,
          zone,
          created,
          published,
          updated,
          image,
          canonical,
          seoTitle,
          seoDescription,
          List.of(),
          List.of(),
          List.of());
    }
  }

  /** A row of {@link #SELECT} (or its teaser form), columns by position. */
  private static Row row(ResultSet rs) throws SQLException {
    long parent = rs.getLong(24);
    Long parentId = rs.wasNull() ? null : parent;
    Section section =
        new Section(
            rs.getLong(19),
            rs.getString(20),
            rs.getString(21),
            rs.getString(22),
            rs.getInt(23),
            parentId);
    String imageUrl = rs.getString(12);
    FeaturedImage image =
        imageUrl == null
            ? null
            : new FeaturedImage(imageUrl, rs.getString(13), rs.getString(14), rs.getString(15));
    return new Row(
        rs.getLong(1),
        rs.getString(2),
        section,
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Status.of(rs.getString(7)),
        ZoneId.of(rs.getString(8)),
        Instants.parse(rs.getString(9)),
        Instants.parse(rs.getString(10)),
        Instants.parse(rs.getString(11)),
        image,
        rs.getString(16),
        rs.getString(17),
        rs.getString(18));
  }

  /** The rows of {@code sql}, whose first column is the article id, in order, by article. */
  private <T> Map<Long, List<T>> byArticle(
      Connection c, String sql, List<Long> ids, Queries.Row<T> row) {
    return queries.list(c, sql, rs -> Map.entry(rs.getLong(1), row.map(rs)), ids).stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }

  /** Attaches bylines, tags and corrections with one query each for the whole list. */
  private List<Article> complete(Connection c, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    String in = Queries.marks(ids.size());
    Map<Long, List<Author>> authors =
        byArticle(
            c,
            "SELECT w.article_id, au.id, au.slug, au.name, au.bio, au.avatar_url"
                + " FROM article_authors w JOIN authors au ON au.id = w.author_id"
                + (" WHERE w.article_id IN (" + in + ") ORDER BY w.article_id, w.position"),
            ids,
            rs ->
                new Author(
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)));
    Map<Long, List<Tag>> tags =
        byArticle(
            c,
            "SELECT t.article_id, g.id, g.slug, g.name FROM article_tags t"
                + (" JOIN tags g ON g.id = t.tag_id WHERE t.article_id IN (" + in + ")")
                + " ORDER BY t.article_id, g.name",
            ids,
            rs -> new Tag(rs.getLong(2), rs.getString(3), rs.getString(4)));
    Map<Long, List<Correction>> corrections =
        byArticle(
            c,
            "SELECT article_id, id, kind, body, created_at FROM corrections"
                + (" WHERE article_id IN (" + in + ") ORDER BY article_id, created_at, id"),
            ids,
            rs ->
                new Correction(
                    rs.getLong(2),
                    Correction.Kind.valueOf(rs.getString(3).toUpperCase(java.util.Locale.ROOT)),
                    rs.getString(4),
                    Instants.parse(rs.getString(5))));
    Map<Long, Article> byId = new LinkedHashMap<>();
    for (Row r : rows) {
      byId.put(
          r.id(),
          new Article(
              r.id(),
              r.slug(),
              r.section(),
              r.headline(),
              r.standfirst(),
              r.markdown(),
              r.html(),
              r.status(),
              r.zone(),
              r.created(),
              r.published(),
              r.updated(),
              r.image(),
              r.canonical(),
              r.seoTitle(),
              r.seoDescription(),
              authors.getOrDefault(r.id(), List.of()),
              tags.getOrDefault(r.id(), List.of()),
              corrections.getOrDefault(r.id(), List.of())));
    }
    return List.copyOf(byId.values());
  }
}
