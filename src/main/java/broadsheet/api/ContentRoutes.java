package broadsheet.api;

import static broadsheet.api.ApiParameter.number;
import static broadsheet.api.ApiParameter.path;
import static broadsheet.api.ApiParameter.query;
import static broadsheet.api.ContentApi.PREFIX;

import io.javalin.http.Handler;
import java.util.List;

/** The Content API's route table: every route, its parameters and its response, described once. */
final class ContentRoutes {
  private static final ApiParameter SLUG = path("slug", "The article's slug.", "tram-line-opens");

  private ContentRoutes() {}

  static List<ApiRoute> of(
      ArticleEndpoints article,
      ArticleList list,
      Directory directory,
      SearchEndpoint search,
      Handler document) {
    return List.of(
        ApiRoute.get(
            PREFIX + "/articles",
            "listArticles",
            "Published articles, newest first (or best first with q), a page at a time.",
            List.of(
                query("section", "A section's slug: its articles and its child sections'.", "city"),
                query("tag", "A tag's slug."),
                query("author", "An author's slug."),
                query(
                    "since",
                    "Published at or after: a date (midnight UTC) or a date and time with offset."),
                query("until", "Published before: a date or a date and time with offset."),
                query("q", "Words to search for, ranked as the site's search ranks them."),
                query("cursor", "Where the page starts: the cursor in the previous page's next."),
                number("limit", "How many articles a page holds: 1 to 100 (default 20)."),
                query("fields", "The fields to give, comma-separated (id and slug always come)."),
                query("include", "Embed authors, tags and section: any of the three.", "authors")),
            "ArticleList",
            List.of(429),
            list::list),
        ApiRoute.get(
            PREFIX + "/articles/{slug}",
            "getArticle",
            "One published article, with body, byline, image and corrections.",
            List.of(SLUG),
            "Article",
            List.of(404),
            article::one),
        ApiRoute.get(
            PREFIX + "/articles/{slug}/related",
            "listRelatedArticles",
            "The articles the site shows as related to one, pinned ones first.",
            List.of(SLUG, number("limit", "How many: 1 to 10 (default 3).")),
            "RelatedList",
            List.of(404),
            article::related),
        ApiRoute.get(
            PREFIX + "/sections",
            "listSections",
            "Every section, in the navigation's order.",
            List.of(),
            "SectionList",
            List.of(),
            directory::sections),
        ApiRoute.get(
            PREFIX + "/tags",
            "listTags",
            "The tags of published articles.",
            List.of(),
            "TagList",
            List.of(),
            directory::tags),
        ApiRoute.get(
            PREFIX + "/authors",
            "listAuthors",
            "The authors of published articles.",
            List.of(),
            "AuthorList",
            List.of(),
            directory::authors),
        ApiRoute.get(
            PREFIX + "/pages",
            "listPages",
            "Published static pages (About, Privacy …), without their bodies.",
            List.of(),
            "PageList",
            List.of(),
            directory::pages),
        ApiRoute.get(
            PREFIX + "/pages/{slug}",
            "getPage",
            "One published static page with its body.",
            List.of(path("slug", "The page's slug.", "about")),
            "Page",
            List.of(404),
            directory::page),
        ApiRoute.get(
            PREFIX + "/search",
            "search",
            "The site's search: ten hits a page with snippets, and facets by section and year.",
            List.of(
                new ApiParameter("q", "query", "string", true, "Words to search for.", "harbour"),
                query("section", "A section's slug, as the sections facet gives it."),
                query("year", "A year, as the years facet gives it."),
                number("page", "Which page of hits: 1 to 100.")),
            "SearchResults",
            List.of(429),
            search::search),
        ApiRoute.get(
            PREFIX + "/settings",
            "getSettings",
            "The site's public settings: name, tagline, address, language and time zone.",
            List.of(),
            "Settings",
            List.of(),
            directory::settings),
        ApiRoute.get(
            PREFIX + "/openapi.json",
            "getOpenApi",
            "This API's OpenAPI 3.1 document.",
            List.of(),
            "OpenApi",
            List.of(),
            document));
  }
}
