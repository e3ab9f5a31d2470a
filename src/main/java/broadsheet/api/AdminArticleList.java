package broadsheet.api;

import broadsheet.newsroom.Account;
import broadsheet.newsroom.Editorial;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The newsroom's article list through the Admin API: every article, newest change first, with the
 * desk's filters; each line says whether the token's account may open it.
 */
final class AdminArticleList {
  private final Editorial editorial;
  private final AdminResponses out;
  private final Supplier<String> baseUrl;

  AdminArticleList(Editorial editorial, AdminResponses out, Supplier<String> baseUrl) {
    this.editorial = editorial;
    this.out = out;
    this.baseUrl = baseUrl;
  }

  AdminRoute route(String base) {
    return new AdminRoute(
        "get",
        base + "/articles",
        "listArticles",
        "The newsroom's article list, newest change first, 30 a page; filters: status,"
            + " section_id, author_id, q (words in headline or standfirst), page",
        null,
        200,
        "ArticleList",
        List.of(400),
        this::list,
        List.of("status", "section_id", "author_id", "q", "page"));
  }

  /** A line of the article list: enough to find an article, and whether this token may open it. */
  record Row(
      long id,
      String slug,
      String status,
      String headline,
      long sectionId,
      List<Long> authorIds,
      OffsetDateTime publishedAt,
      String url,
      boolean editable) {}

  record ArticleList(List<Row> articles, int page, int pages, int total) {}

  private void list(Context ctx) {
    Account me = TokenGate.account(ctx);
    String status = query(ctx, "status", "draft|review|scheduled|published|unpublished");
    String section = query(ctx, "section_id", "[0-9]{1,18}");
    String author = query(ctx, "author_id", "[0-9]{1,18}");
    String page = query(ctx, "page", "[1-9][0-9]{0,5}");
    String text = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
    if (text.length() > 200) {
      throw ApiProblem.invalid("q", "Search with at most 200 characters.");
    }
    var found =
        editorial.list(status, section, author, text, page.isEmpty() ? 1 : Integer.parseInt(page));
    out.json(
        ctx,
        200,
        new ArticleList(
            found.articles().stream()
                .map(
                    a ->
                        new Row(
                            a.id(),
                            a.slug(),
                            a.status().code(),
                            a.headline(),
                            a.section().id(),
                            a.authors().stream().map(au -> au.id()).toList(),
                            a.publishedAt() == null
                                ? null
                                : a.publishedAt().atZone(a.timeZone()).toOffsetDateTime(),
                            baseUrl.get() + a.path(),
                            Editorial.mayEdit(me, a)))
                .toList(),
            found.page(),
            found.pages(),
            found.total()));
  }

  /** A query parameter that must match {@code pattern} when given (400 naming it otherwise). */
  private static String query(Context ctx, String name, String pattern) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return "";
    }
    if (!value.matches(pattern)) {
      throw ApiProblem.invalid(name, "This filter does not take \"" + value + "\".");
    }
    return value;
  }
}
