package broadsheet.search;

import broadsheet.content.CleanText;
import broadsheet.web.Chrome;
import broadsheet.web.PageChrome;
import broadsheet.web.PageMeta;
import broadsheet.web.Routes;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** The search page at /search. Results are not kept in the page cache: queries are endless. */
public final class SearchRoutes {
  private final ArticleSearch search;
  private final PageChrome chrome;
  private final Templates templates;

  public SearchRoutes(ArticleSearch search, PageChrome chrome, Templates templates) {
    this.search = search;
    this.chrome = chrome;
    this.templates = templates;
  }

  /** What the search template is given. */
  public record SearchPage(
      Chrome chrome, PageMeta meta, SearchResults results, String section, String year) {
    /** A link to these results with one parameter changed. */
    public String link(String newSection, String newYear, int page) {
      StringBuilder url = new StringBuilder("/search?q=").append(enc(results.query()));
      if (newSection != null && !newSection.isEmpty()) {
        url.append("&section=").append(enc(newSection));
      }
      if (newYear != null && !newYear.isEmpty()) {
        url.append("&year=").append(enc(newYear));
      }
      if (page > 1) {
        url.append("&page=").append(page);
      }
      return url.toString();
    }

    /** The "did you mean" search, as a link. */
    public String suggestionLink() {
      return "/search?q=" + enc(results.suggestion());
    }

    private static String enc(String s) {
      return java.net.URLEncoder.encode(
          s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  public void register(JavalinConfig config) {
    Routes.readable(config, "/search", this::page);
  }

  private void page(Context ctx) {
    String q = ctx.queryParam("q") == null ? "" : CleanText.query(ctx.queryParam("q"));
    String section = ctx.queryParam("section");
    String year = ctx.queryParam("year");
    String pageParam = ctx.queryParam("page");
    int page =
        pageParam != null && pageParam.matches("[1-9][0-9]{0,3}") ? Integer.parseInt(pageParam) : 1;
    SearchResults results = search.search(q, section, year, page);
    Chrome c = chrome.of(ctx);
    String title =
        q.isBlank() ? "Search" : "Search: " + (q.length() > 80 ? q.substring(0, 80) + "…" : q);
    PageMeta meta =
        PageMeta.of(
                title + " | " + c.site().name(),
                "Search the archive of " + c.site().name() + ".",
                c.site().absolute("/search"))
            .withNoindex();
    ctx.header("Cache-Control", "public, max-age=60");
    // The consent banner and video placeholders differ with the consent cookie.
    ctx.header("Vary", "Cookie");
    ctx.html(templates.render("search.jte", new SearchPage(c, meta, results, section, year)));
  }
}
