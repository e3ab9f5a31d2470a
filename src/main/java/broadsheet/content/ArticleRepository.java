package broadsheet.content;

import broadsheet.content.ArticleTable.Column;
import broadsheet.store.Database;
import broadsheet.store.Queries;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Articles as readers and the newsroom read them, through the one mapping of {@link ArticleTable}.
 * Reader-facing queries return published articles only. Writes are {@link ArticleWrites}'; the
 * links of feeds and sitemaps {@link ArticleLinks}'.
 */
public final class ArticleRepository {
  private static final String SELECT = ArticleTable.select(Set.of());

  /** The same columns without the Markdown source, for pages that show the body's HTML. */
  private static final String SELECT_READER = ArticleTable.select(EnumSet.of(Column.BODY_MARKDOWN));

  /** The same columns without the body, for lists that show headlines and standfirsts only. */
  private static final String SELECT_TEASER =
      ArticleTable.select(EnumSet.of(Column.BODY_MARKDOWN, Column.BODY_HTML));

  private static final String NEWEST = " ORDER BY a.published_at DESC, a.id DESC";

  // What complete() attaches: each query ends in an IN list of article ids, then its order.
  private static final String BYLINES =
      "SELECT w.article_id, "
          + AuthorTable.COLUMNS.list("au")
          + " FROM article_authors w JOIN authors au ON au.id = w.author_id WHERE w.article_id IN";
  private static final String BYLINE_ORDER = " ORDER BY w.article_id, w.position";

  private static final String TAGS =
      "SELECT t.article_id, "
          + TagTable.COLUMNS.list("g")
          + " FROM article_tags t JOIN tags g ON g.id = t.tag_id WHERE t.article_id IN";
  // An article's tags are put in Tag.ORDER once read, not by the store's collation.
  private static final String TAG_ORDER = " ORDER BY t.article_id, g.id";

  private static final String CORRECTIONS =
      "SELECT c.article_id, "
          + CorrectionTable.COLUMNS.list("c")
          + " FROM corrections c WHERE c.article_id IN";
  private static final String CORRECTION_ORDER = " ORDER BY c.article_id, c.created_at, c.id";

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

  /**
   * Articles of any status for the newsroom's lists, whose own filters make {@code where} (a WHERE
   * clause over {@code articles a}, with positional parameters) and {@code order} (an ORDER BY).
   */
  public List<Article> matching(
      String where, String order, List<Object> params, int limit, int offset) {
    return many(SELECT + where + order + " LIMIT ? OFFSET ?", params, limit, offset);
  }

  /** How many articles {@link #matching} would list in all. */
  public int countMatching(String where, List<Object> params) {
    return count("SELECT COUNT(*) FROM articles a" + where, params);
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
      String select, int batchSize, Predicate<Article> which, Consumer<List<Article>> consumer) {
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
    String sql = SELECT_TEASER + " WHERE a.id IN (" + Queries.marks(ids.size()) + ")";
    for (Article a : jdbi.withHandle(h -> queries.list(h, sql, ArticleTable::read, ids))) {
      if (a.isPublished()) {
        byId.put(a.id(), a);
      }
    }
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
                .list(h, sql, rs -> Map.entry(rs.getLong(1), rs.getString(2)), ids)
                .forEach(e -> bodies.put(e.getKey(), e.getValue())));
    return bodies;
  }

  /** The highest article id, so an export can number other things after it. */
  public long maxId() {
    return jdbi.withHandle(
            h -> queries.list(h, "SELECT COALESCE(MAX(id), 0) FROM articles", rs -> rs.getLong(1)))
        .get(0);
  }

  private Optional<Article> one(String sql, Object... params) {
    return many(sql, params).stream().findFirst();
  }

  private List<Article> many(String sql, Object... params) {
    return jdbi.withHandle(h -> complete(h, queries.list(h, sql, ArticleTable::read, params)));
  }

  private int count(String sql, Object... params) {
    return jdbi.withHandle(h -> queries.list(h, sql, rs -> rs.getInt(1), params).get(0));
  }

  /** Attaches bylines, tags and corrections with one query each for the whole list. */
  private List<Article> complete(Handle h, List<Article> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Article::id).toList();
    Map<Long, List<Author>> authors =
        byArticle(h, BYLINES, BYLINE_ORDER, ids, rs -> AuthorTable.read(rs, 2));
    Map<Long, List<Tag>> tags = byArticle(h, TAGS, TAG_ORDER, ids, rs -> TagTable.read(rs, 2));
    tags.values().forEach(list -> list.sort(Tag.ORDER));
    Map<Long, List<Correction>> corrections =
        byArticle(h, CORRECTIONS, CORRECTION_ORDER, ids, rs -> CorrectionTable.read(rs, 2));
    return rows.stream()
        .map(
            a ->
                a.withBylineTagsAndCorrections(
                    authors.getOrDefault(a.id(), List.of()),
                    tags.getOrDefault(a.id(), List.of()),
                    corrections.getOrDefault(a.id(), List.of())))
        .toList();
  }

  /** The rows for these ids of a query whose first column is the article id, by article. */
  private <T> Map<Long, List<T>> byArticle(
      Handle h, String select, String order, List<Long> ids, Queries.Row<T> row) {
    String sql = select + " (" + Queries.marks(ids.size()) + ")" + order;
    return queries.list(h, sql, rs -> Map.entry(rs.getLong(1), row.map(rs)), ids).stream()
        .collect(
            Collectors.groupingBy(
                Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
  }
}
