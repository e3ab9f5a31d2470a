package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Instants;
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

  /** The same columns without the body, for lists that show headlines and standfirsts only. */
  private static final String SELECT_TEASER =
      SELECT.replace("a.body_markdown, a.body_html,", "'' AS body_markdown, '' AS body_html,");

  private static final String NEWEST = " ORDER BY a.published_at DESC, a.id DESC";

  private final Jdbi jdbi;

  public ArticleRepository(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Any article by slug, whatever its status: the site decides between 200, 404 and 410. */
  public Optional<Article> findBySlug(String slug) {
    return one(SELECT + " WHERE a.slug = :slug", q -> q.bind("slug", slug));
  }

  public Optional<Article> findById(long id) {
    return one(SELECT + " WHERE a.id = :id", q -> q.bind("id", id));
  }

  public List<Article> latest(int limit, int offset) {
    return many(
        SELECT + " WHERE a.status = 'published'" + NEWEST + " LIMIT :limit OFFSET :offset",
        q -> q.bind("limit", limit).bind("offset", offset));
  }

  public int countPublished() {
    return count("SELECT COUNT(*) FROM articles a WHERE a.status = 'published'", q -> {});
  }

  /** Published articles of the given sections (a section and its children), newest first. */
  public List<Article> inSections(List<Long> sectionIds, int limit, int offset) {
    return many(
        SELECT
            + " WHERE a.status = 'published' AND a.section_id IN (<sections>)"
            + NEWEST
            + " LIMIT :limit OFFSET :offset",
        q -> q.bindList("sections", sectionIds).bind("limit", limit).bind("offset", offset));
  }

  public int countInSections(List<Long> sectionIds) {
    return count(
        "SELECT COUNT(*) FROM articles a WHERE a.status = 'published' AND a.section_id IN"
            + " (<sections>)",
        q -> q.bindList("sections", sectionIds));
  }

  public List<Article> withTag(long tagId, int limit, int offset) {
    return many(
        SELECT
            + " JOIN article_tags t ON t.article_id = a.id"
            + " WHERE a.status = 'published' AND t.tag_id = :tag"
            + NEWEST
            + " LIMIT :limit OFFSET :offset",
        q -> q.bind("tag", tagId).bind("limit", limit).bind("offset", offset));
  }

  public int countWithTag(long tagId) {
    return count(
        "SELECT COUNT(*) FROM articles a JOIN article_tags t ON t.article_id = a.id"
            + " WHERE a.status = 'published' AND t.tag_id = :tag",
        q -> q.bind("tag", tagId));
  }

  public List<Article> byAuthor(long authorId, int limit, int offset) {
    return many(
        SELECT
            + " JOIN article_authors w ON w.article_id = a.id"
            + " WHERE a.status = 'published' AND w.author_id = :author"
            + NEWEST
            + " LIMIT :limit OFFSET :offset",
        q -> q.bind("author", authorId).bind("limit", limit).bind("offset", offset));
  }

  public int countByAuthor(long authorId) {
    return count(
        "SELECT COUNT(*) FROM articles a JOIN article_authors w ON w.article_id = a.id"
            + " WHERE a.status = 'published' AND w.author_id = :author",
        q -> q.bind("author", authorId));
  }

  /** Published articles since a time, newest first, for the news sitemap. */
  public List<ArticleLink> linksSince(Instant since, int limit) {
    return links(
        " AND a.published_at >= :since" + NEWEST + " LIMIT :limit",
        q -> q.bind("since", Instants.format(since)).bind("limit", limit));
  }

  /** Every published article in batches, oldest id first, for rebuilding the search index. */
  public void eachPublished(int batchSize, Consumer<List<Article>> consumer) {
    each(batchSize, Article::isPublished, consumer);
  }

  /** Every article whatever its status, in batches, oldest id first (exports). */
  public void eachArticle(int batchSize, Consumer<List<Article>> consumer) {
    each(batchSize, a -> true, consumer);
  }

  private void each(
      int batchSize,
      java.util.function.Predicate<Article> which,
      Consumer<List<Article>> consumer) {
    long after = 0;
    while (true) {
      long from = after;
      // Walk the primary key and filter afterwards: a status condition in the query would let
      // the planner choose the status index and rescan it for every batch.
      List<Article> batch =
          many(
              SELECT + " WHERE a.id > :after ORDER BY a.id LIMIT :limit",
              q -> q.bind("after", from).bind("limit", batchSize));
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
        teasers(SELECT_TEASER + " WHERE a.id IN (<ids>)", q -> q.bindList("ids", ids))) {
      if (a.isPublished()) {
        byId.put(a.id(), a);
      }
    }
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
        "/" + rs.getString("s_slug") + "/" + rs.getString("slug"),
        rs.getString("headline"),
        published,
        modified);
  }

  /** The newsroom's view: articles of any status matching the filters, newest change first. */
  public List<Article> forDesk(DeskFilter f, int limit, int offset) {
    return many(
        SELECT
            + deskWhere(f)
            + " ORDER BY COALESCE(a.updated_at, a.published_at, a.created_at) DESC,"
            + " a.id DESC LIMIT :limit OFFSET :offset",
        q -> bindDesk(q, f).bind("limit", limit).bind("offset", offset));
  }

  public int countForDesk(DeskFilter f) {
    return count("SELECT COUNT(*) FROM articles a" + deskWhere(f), q -> bindDesk(q, f));
  }

  /** Filters of the newsroom's article list; null means any. */
  public record DeskFilter(Status status, Long sectionId, Long authorId, String text) {}

  private static String deskWhere(DeskFilter f) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    if (f.status() != null) {
      where.append(" AND a.status = :status");
    }
    if (f.sectionId() != null) {
      where.append(" AND a.section_id = :deskSection");
    }
    if (f.authorId() != null) {
      where.append(
          " AND a.id IN (SELECT article_id FROM article_authors WHERE author_id = :deskAuthor)");
    }
    if (f.text() != null && !f.text().isBlank()) {
      where.append(" AND (LOWER(a.headline) LIKE :text OR LOWER(a.standfirst) LIKE :text)");
    }
    return where.toString();
  }

  private static Query bindDesk(Query q, DeskFilter f) {
    if (f.status() != null) {
      q.bind("status", f.status().code());
    }
    if (f.sectionId() != null) {
      q.bind("deskSection", f.sectionId());
    }
    if (f.authorId() != null) {
      q.bind("deskAuthor", f.authorId());
    }
    if (f.text() != null && !f.text().isBlank()) {
      String escaped =
          f.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
      q.bind("text", "%" + escaped + "%");
    }
    return q;
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

  private Optional<Article> one(String sql, Consumer<Query> binder) {
    return many(sql, binder).stream().findFirst();
  }

  private List<Article> many(String sql, Consumer<Query> binder) {
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql);
          binder.accept(q);
          List<Row> rows = q.map((rs, ctx) -> row(rs)).list();
          return complete(h, rows);
        });
  }

  /** Teasers: the article rows alone, with no byline, tags or corrections attached. */
  private List<Article> teasers(String sql, Consumer<Query> binder) {
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql);
          binder.accept(q);
          return q.map((rs, ctx) -> row(rs).teaser()).list();
        });
  }

  private int count(String sql, Consumer<Query> binder) {
    return jdbi.withHandle(
        h -> {
          Query q = h.createQuery(sql);
          binder.accept(q);
          return q.mapTo(Integer.class).one();
        });
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

  private static Row row(ResultSet rs) throws SQLException {
    long parent = rs.getLong("s_parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    Section section =
        new Section(
            rs.getLong("s_id"),
            rs.getString("s_slug"),
            rs.getString("s_name"),
            rs.getString("s_description"),
            rs.getInt("s_position"),
            parentId);
    String imageUrl = rs.getString("image_url");
    FeaturedImage image =
        imageUrl == null
            ? null
            : new FeaturedImage(
                imageUrl,
                rs.getString("image_alt"),
                rs.getString("image_caption"),
                rs.getString("image_credit"));
    return new Row(
        rs.getLong("id"),
        rs.getString("slug"),
        section,
        rs.getString("headline"),
        rs.getString("standfirst"),
        rs.getString("body_markdown"),
        rs.getString("body_html"),
        Status.of(rs.getString("status")),
        ZoneId.of(rs.getString("time_zone")),
        Instants.parse(rs.getString("created_at")),
        Instants.parse(rs.getString("published_at")),
        Instants.parse(rs.getString("updated_at")),
        image,
        rs.getString("canonical_url"),
        rs.getString("seo_title"),
        rs.getString("seo_description"));
  }

  /** Attaches bylines, tags and corrections with one query each for the whole list. */
  private static List<Article> complete(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    Map<Long, List<Author>> authors = new HashMap<>();
    h.createQuery(
            "SELECT w.article_id, au.id, au.slug, au.name, au.bio, au.avatar_url"
                + " FROM article_authors w JOIN authors au ON au.id = w.author_id"
                + " WHERE w.article_id IN (<ids>) ORDER BY w.article_id, w.position")
        .bindList("ids", ids)
        .map(
            (rs, ctx) -> {
              authors
                  .computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                  .add(
                      new Author(
                          rs.getLong("id"),
                          rs.getString("slug"),
                          rs.getString("name"),
                          rs.getString("bio"),
                          rs.getString("avatar_url")));
              return 0;
            })
        .list();
    Map<Long, List<Tag>> tags = new HashMap<>();
    h.createQuery(
            "SELECT t.article_id, g.id, g.slug, g.name FROM article_tags t"
                + " JOIN tags g ON g.id = t.tag_id WHERE t.article_id IN (<ids>)"
                + " ORDER BY t.article_id, g.name")
        .bindList("ids", ids)
        .map(
            (rs, ctx) -> {
              tags.computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                  .add(new Tag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")));
              return 0;
            })
        .list();
    Map<Long, List<Correction>> corrections = new HashMap<>();
    h.createQuery(
            "SELECT id, article_id, kind, body, created_at FROM corrections"
                + " WHERE article_id IN (<ids>) ORDER BY article_id, created_at, id")
        .bindList("ids", ids)
        .map(
            (rs, ctx) -> {
              corrections
                  .computeIfAbsent(rs.getLong("article_id"), k -> new ArrayList<>())
                  .add(
                      new Correction(
                          rs.getLong("id"),
                          Correction.Kind.valueOf(
                              rs.getString("kind").toUpperCase(java.util.Locale.ROOT)),
                          rs.getString("body"),
                          Instants.parse(rs.getString("created_at"))));
              return 0;
            })
        .list();
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
