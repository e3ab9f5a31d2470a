package broadsheet.api;

import broadsheet.content.ArticleRepository;
import broadsheet.content.SiteSettings;
import broadsheet.media.MediaLinks;
import broadsheet.web.Dependency;
import broadsheet.web.PublicResponses;
import broadsheet.web.Routes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Content API at /api/v1: read-only, published content only, no sign-in. Its routes are
 * described once, in {@link #routes}, from which Javalin registers them and the OpenAPI document at
 * /api/v1/openapi.json lists them.
 */
public final class ContentApi {
  public static final String PREFIX = "/api/v1";

  /** Problems any Content API route may answer. */
  static final List<Integer> COMMON_ERRORS = List.of(400, 429, 503);

  private static final OpenApiDocument.Info INFO =
      new OpenApiDocument.Info(
          "Broadsheet Content API",
          "1",
          "Published articles, sections, tags, authors and pages, read-only. Times are ISO 8601"
              + " with their offset; errors are RFC 9457 problem documents.");

  private final Supplier<SiteSettings> site;
  private final ApiResponses responses;
  private final List<ApiRoute> routes;

  public ContentApi(
      ApiJson json,
      PublicResponses responses,
      boolean keysRequired,
      Supplier<SiteSettings> site,
      MediaLinks media,
      ArticleRepository articles) {
    this.site = site;
    this.responses = new ApiResponses(json, responses, keysRequired);
    Supplier<ApiLinks> links = () -> new ApiLinks(site.get(), media);
    var article = new ArticleEndpoints(articles, links, this.responses);
    this.routes =
        List.of(
            ApiRoute.get(
                PREFIX + "/articles/{slug}",
                "getArticle",
                "One published article by its slug, with body, byline, image and corrections.",
                List.of(ApiParameter.path("slug", "The article's slug.", "tram-line-opens")),
                "Article",
                List.of(404),
                article::one),
            ApiRoute.get(
                PREFIX + "/openapi.json",
                "getOpenApi",
                "This API's OpenAPI 3.1 document.",
                List.of(),
                "OpenApi",
                List.of(),
                this::document));
  }

  /** What stands in front of the page cache for the API's paths (CORS, preflights). */
  public org.eclipse.jetty.server.Handler front(org.eclipse.jetty.server.Handler next) {
    return new ContentFront(next);
  }

  /** Every route of the Content API, as registered and documented. */
  public List<ApiRoute> routes() {
    return routes;
  }

  public void register(JavalinConfig config) {
    for (ApiRoute route : routes) {
      Handler checked =
          ctx -> {
            QueryParameters.check(route, ctx);
            route.handler().handle(ctx);
          };
      Routes.readable(config, route.path(), checked);
    }
  }

  /** The OpenAPI document, with the site's own address as its server. */
  public ObjectNode document() {
    return OpenApiDocument.build(
        responses.json(),
        INFO,
        site.get().baseUrl(),
        routes,
        "/api/content-v1-schemas.json",
        COMMON_ERRORS);
  }

  private void document(Context ctx) {
    responses.send(ctx, document(), Set.of(Dependency.NAV));
  }
}
