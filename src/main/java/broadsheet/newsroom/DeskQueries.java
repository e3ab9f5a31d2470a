package broadsheet.newsroom;

import broadsheet.checks.FindingsStore;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.CleanText;
import broadsheet.content.Status;
import broadsheet.store.Dialect;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The article list's filters as read from the query string, and the queries they make. */
final class DeskQueries {
  static final int PAGE = 30;
  private static final String NEWEST_CHANGE =
      " ORDER BY COALESCE(a.updated_at, a.published_at, a.created_at) DESC, a.id DESC";

  private final ArticleRepository articles;
  private final Dialect dialect;

  DeskQueries(ArticleRepository articles, Dialect dialect) {
    this.articles = articles;
    this.dialect = dialect;
  }

  /** Filters as typed; anything that does not parse counts as "any". */
  record Filter(
      String status, String section, String author, String text, boolean findings, int page) {
    static Filter from(Context ctx) {
      String page = ctx.queryParam("page");
      return new Filter(
          nz(ctx.queryParam("status")),
          nz(ctx.queryParam("section")),
          nz(ctx.queryParam("author")),
          CleanText.query(nz(ctx.queryParam("q"))).strip(),
          "1".equals(ctx.queryParam("findings")),
          page != null && page.matches("[1-9][0-9]{0,5}") ? Integer.parseInt(page) : 1);
    }

    /**
     * The filters as a WHERE clause over {@code articles a} and its parameters in order; text is
     * matched in headlines and standfirsts as typed (%, _ and \ are plain characters).
     */
    Where where(Dialect dialect) {
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
      if (findings) {
        where.append(" AND a.id IN (").append(FindingsStore.ARTICLES_WITH_FINDINGS).append(")");
      }
      String words = words(text);
      if (!words.isBlank()) {
        String pattern = "%" + likeLiteral(asciiLower(words)) + "%";
        where
            .append(" AND (")
            .append(asciiFolded("a.headline", dialect))
            .append(" LIKE ? ESCAPE '!' OR ")
            .append(asciiFolded("a.standfirst", dialect))
            .append(" LIKE ? ESCAPE '!')");
        params.add(pattern);
        params.add(pattern);
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
          + enc(text)
          + (findings ? "&findings=1" : "");
    }

    /**
     * Upper and lower case are one for the letters A to Z only, on both stores: SQLite's LOWER
     * folds no others, and PostgreSQL's folds no others under the "C" collation (under the
     * database's own it would fold more, and the two stores would find different articles).
     */
    private static String asciiFolded(String column, Dialect dialect) {
      return dialect == Dialect.POSTGRESQL
          ? "LOWER(" + column + " COLLATE \"C\")"
          : "LOWER(" + column + ")";
    }

    private static String asciiLower(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
      return out.toString();
    }

    /** The text as a LIKE pattern that matches only itself, with ! as the escape character. */
    private static String likeLiteral(String s) {
      return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /**
     * At most 200 characters of what was typed, never half a character, and without NUL, which
     * PostgreSQL cannot hold in text (and so no stored text contains).
     */
    private static String words(String typed) {
      String s = typed.replace("\0", "");
      if (s.length() <= 200) {
        return s;
      }
      int end = Character.isHighSurrogate(s.charAt(199)) ? 199 : 200;
      return s.substring(0, end);
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
    Where w = f.where(dialect);
    return articles.countMatching(w.clause(), w.params());
  }

  List<Article> find(Filter f, int page) {
    Where w = f.where(dialect);
    return articles.matching(w.clause(), NEWEST_CHANGE, w.params(), PAGE, (page - 1) * PAGE);
  }
}
