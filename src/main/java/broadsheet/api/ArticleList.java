package broadsheet.api;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.TagRepository;
import broadsheet.store.Instants;
import broadsheet.web.Dependency;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * GET /api/v1/articles: published articles, newest first, filtered by section (with its child
 * sections, as its front), tag, author and published time, or ranked by a search query as the
 * site's search ranks them. Pages follow each other by an opaque cursor: the position after the
 * last article shown, never an offset, so articles published meanwhile do not shift later pages.
 */
final class ArticleList {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  /** How many of a search query's best matches a list goes through. */
  static final int MAX_MATCHES = 1000;

  private static final String NEWEST = " ORDER BY a.published_at DESC, a.id DESC";

  private final ArticleRepository articles;
  private final SectionRepository sections;
  private final TagRepository tags;
  private final AuthorRepository authors;
  private final BiFunction<String, Integer, List<Long>> ranked;
  private final Supplier<ApiLinks> links;
  private final ApiResponses responses;

  ArticleList(
      ArticleRepository articles,
      SectionRepository sections,
      TagRepository tags,
      AuthorRepository authors,
      BiFunction<String, Integer, List<Long>> ranked,
      Supplier<ApiLinks> links,
      ApiResponses responses) {
    this.articles = articles;
    this.sections = sections;
    this.tags = tags;
    this.authors = authors;
    this.ranked = ranked;
    this.links = links;
    this.responses = responses;
  }

  void list(Context ctx) {
    int limit = QueryParameters.number(ctx, "limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
    ArticleFields fields = ArticleFields.of(ctx.queryParam("fields"), ctx.queryParam("include"));
    String q = ctx.queryParam("q");
    if (q != null && q.isBlank()) {
      throw ApiProblem.invalid("q", "Give some words to search for.");
    }
    Cursor cursor = Cursor.parse(ctx.queryParam("cursor"), q != null);
    Where where = where(ctx);
    Set<Dependency> deps = new HashSet<>(Set.of(Dependency.HOME, Dependency.NAV));
    List<Article> page;
    Cursor next;
    if (where == null) {
      page = List.of();
      next = null;
    } else if (q == null) {
      where.add(cursor);
      List<Article> found = articles.matching(where.sql(), NEWEST, where.params(), limit + 1, 0);
      page = found.size() > limit ? found.subList(0, limit) : found;
      next = found.size() > limit ? Cursor.after(page.get(page.size() - 1)) : null;
    } else {
      List<Article> found = searched(q, where, cursor.offset(), limit + 1);
      page = found.size() > limit ? found.subList(0, limit) : found;
      next = found.size() > limit ? Cursor.at(cursor.offset() + limit) : null;
    }
    ApiLinks l = links.get();
    List<ObjectNode> shown = new ArrayList<>();
    for (Article a : page) {
      deps.add(Dependency.article(a.id()));
      shown.add(fields.select(responses.json().tree(ContentArticle.of(a, l))));
    }
    Map<String, Object> body = new java.util.LinkedHashMap<>();
    body.put("articles", shown);
    body.put("limit", limit);
    if (next != null) {
      body.put("next", l.page(nextPath(ctx, next)));
    }
    if (q == null) {
      responses.send(ctx, body, deps);
    } else {
      responses.sendUncached(ctx, body);
    }
  }

  /**
   * The ranked matches that pass the other filters, from {@code offset}: the ranking is read in
   * windows, each window's articles read with the filters, until enough have passed.
   */
  private List<Article> searched(String q, Where where, int offset, int wanted) {
    List<Long> ids = ranked.apply(q, MAX_MATCHES);
    List<Article> passed = new ArrayList<>();
    int window = Math.max(wanted * 2, 50);
    for (int from = 0; from < ids.size() && passed.size() < offset + wanted; from += window) {
      List<Long> slice = ids.subList(from, Math.min(ids.size(), from + window));
      Where inSlice = where.copy();
      inSlice.in(slice);
      Map<Long, Article> byId = new HashMap<>();
      articles
          .matching(inSlice.sql(), "", inSlice.params(), slice.size(), 0)
          .forEach(a -> byId.put(a.id(), a));
      for (Long id : slice) {
        Article a = byId.get(id);
        if (a != null) {
          passed.add(a);
        }
      }
    }
    if (passed.size() <= offset) {
      return List.of();
    }
    return passed.subList(offset, Math.min(passed.size(), offset + wanted));
  }

  /** The filters as a WHERE clause, or null when one names something that does not exist. */
  private Where where(Context ctx) {
    Where where = new Where();
    String section = ctx.queryParam("section");
    if (section != null) {
      var found = sections.findBySlug(section);
      if (found.isEmpty()) {
        return null;
      }
      where.inSections(sections.withDescendants(found.get()));
    }
    String tag = ctx.queryParam("tag");
    if (tag != null) {
      var found = tags.findBySlug(tag);
      if (found.isEmpty()) {
        return null;
      }
      where.and(
          " AND a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)", found.get().id());
    }
    String author = ctx.queryParam("author");
    if (author != null) {
      var found = authors.findBySlug(author);
      if (found.isEmpty()) {
        return null;
      }
      where.and(
          " AND a.id IN (SELECT article_id FROM article_authors WHERE author_id = ?)",
          found.get().id());
    }
    var since = Times.parse(ctx, "since");
    if (since != null) {
      where.and(" AND a.published_at >= ?", Instants.format(since));
    }
    var until = Times.parse(ctx, "until");
    if (until != null) {
      where.and(" AND a.published_at < ?", Instants.format(until));
    }
    return where;
  }

  /** This list's address with the next cursor in place of the current one. */
  private static String nextPath(Context ctx, Cursor next) {
    StringBuilder out = new StringBuilder(ContentApi.PREFIX + "/articles?");
    for (var e : ctx.queryParamMap().entrySet()) {
      if (!e.getKey().equals("cursor")) {
        out.append(enc(e.getKey())).append('=').append(enc(e.getValue().get(0))).append('&');
      }
    }
    return out.append("cursor=").append(next.encode()).toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A WHERE clause over {@code articles a} with its positional parameters. */
  private static final class Where {
    private final StringBuilder sql = new StringBuilder(" WHERE a.status = 'published'");
    private final List<Object> params = new ArrayList<>();

    void and(String condition, Object... values) {
      sql.append(condition);
      params.addAll(List.of(values));
    }

    void inSections(List<Long> ids) {
      in(" AND a.section_id IN (", ids);
    }

    void in(List<Long> ids) {
      in(" AND a.id IN (", ids);
    }

    private void in(String start, List<Long> ids) {
      sql.append(start).append("?,".repeat(ids.size() - 1)).append("?)");
      params.addAll(ids);
    }

    void add(Cursor cursor) {
      if (cursor.publishedAt() != null) {
        String at = Instants.format(cursor.publishedAt());
        and(" AND (a.published_at < ? OR (a.published_at = ? AND a.id < ?))", at, at, cursor.id());
      }
    }

    Where copy() {
      Where w = new Where();
      w.sql.setLength(0);
      w.sql.append(sql);
      w.params.addAll(params);
      return w;
    }

    String sql() {
      return sql.toString();
    }

    List<Object> params() {
      return params;
    }
  }
}
