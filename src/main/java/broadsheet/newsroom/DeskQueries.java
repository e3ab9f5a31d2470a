package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Status;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The article list's filters as read from the query string, and the queries they make. */
final class DeskQueries {
  static final int PAGE = 30;

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

    ArticleRepository.DeskFilter toRepository() {
      Status s = null;
      for (Status candidate : Status.values()) {
        if (candidate.code().equals(status)) {
          s = candidate;
        }
      }
      return new ArticleRepository.DeskFilter(
          s, id(section), id(author), text.length() > 200 ? text.substring(0, 200) : text);
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

  int count(Filter f) {
    return articles.countForDesk(f.toRepository());
  }

  List<Article> find(Filter f, int page) {
    return articles.forDesk(f.toRepository(), PAGE, (page - 1) * PAGE);
  }
}
