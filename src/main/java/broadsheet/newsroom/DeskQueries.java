package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Status;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The article list's filters as read from the query string, and the queries they make. */
final class DeskQueries {
  static final int PAGE = 30;
  private static final String NEWEST_CHANGE =
      " ORDER BY COALESCE(a.updated_at, a.published_at, a.created_at) DESC, a.id DESC";

  private final ArticleRepository articles;

  DeskQueries(ArticleRepository articles) {
    this.articles = articles;
  }

  /** Filters as typed; anything that does not parse counts as "any". */
  record Filter(String status, String section, String author, String text, int page) {
    static Filter from(Context ctx) {
      String page = ctx.queryParam("page");
      return new Filter(
          nz(ctx.queryParam("status")),
          nz(ctx.queryParam("section")),
          nz(ctx.queryParam("author")),
          nz(ctx.queryParam("q")).strip(),
          page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1);
    }

    /**
     * The filters as a WHERE clause over {@code articles a} and its parameters in order; text is
     * matched in headlines and standfirsts, without the wildcards of LIKE.
     */
    Where where() {
      StringBuilder where = new StringBuilder(" WHERE 1 = 1");
      List<Object> params = new ArrayList<>();
      for (Status candidate : Status.values()) {
        if (candidate.code().equals(status)) {
          where.append(" AND a.status = ?");
          params.add(candidate.code());
        }
      }
      if (id(section) != null) {
        where.append(" AND a.section_id = ?");
        params.add(id(section));
      }
      if (id(author) != null) {
        where.append(" AND a.id IN (SELECT article_id FROM article_authors WHERE author_id = ?)");
        params.add(id(author));
      }
      String words = text.length() > 200 ? text.substring(0, 200) : text;
      if (!words.isBlank()) {
        String escaped = words.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
        where.append(" AND (LOWER(a.headline) LIKE ? OR LOWER(a.standfirst) LIKE ?)");
        params.add("%" + escaped + "%");
        params.add("%" + escaped + "%");
      }
      return new Where(where.toString(), params);
    }

    /** The query string of these filters, for paging links. */
    String query() {
      return "status="
          + enc(status)
          + "&section="
          + enc(section)
          + "&author="
          + enc(author)
          + "&q="
          + enc(text);
    }

    private static Long id(String s) {
      return s.matches("[0-9]{1,18}") ? Long.parseLong(s) : null;
    }

    private static String enc(String s) {
      return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }

  /** A WHERE clause and its parameters in order. */
  record Where(String clause, List<Object> params) {}

  int count(Filter f) {
    Where w = f.where();
    return articles.countMatching(w.clause(), w.params());
  }

  List<Article> find(Filter f, int page) {
    Where w = f.where();
    return articles.matching(w.clause(), NEWEST_CHANGE, w.params(), PAGE, (page - 1) * PAGE);
  }
}
