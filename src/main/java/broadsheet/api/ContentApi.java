package broadsheet.api;

import broadsheet.config.ContentKeySettings;
import broadsheet.content.SiteSettings;
import broadsheet.media.MediaLinks;
import broadsheet.web.Dependency;
import broadsheet.web.PublicResponses;
import broadsheet.web.RateLimits;
import broadsheet.web.Routes;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;

/**
 * The Content API at /api/v1: read-only, published content only, no sign-in. Its routes are
 * described once, in {@link #routes}, from which Javalin registers them and the OpenAPI document at
 * /api/v1/openapi.json lists them.
 */
public final class ContentApi {
  public static final String PREFIX = "/api/v1";

  private static final OpenApiDocument.Info INFO =
      new OpenApiDocument.Info(
          "Broadsheet Content API",
          "1",
          "Published articles, sections, tags, authors and pages, read-only. Times are ISO 8601"
              + " with their offset; errors are RFC 9457 problem documents.");

  private final Supplier<SiteSettings> site;
  private final Problems problems;
  private final ContentKeys keys;
  private final RateLimits<Long> limits;
  private final ApiResponses responses;
  private final List<ApiRoute> routes;

  /** Problems any route may answer: bad parameters, an outage, and with keys 401 and 429. */
  private final List<Integer> common;

  /**
   * @param keySettings whether every request must show one of {@code keys}, and at what rate
   */
  public ContentApi(
      ApiJson json,
      Problems problems,
      PublicResponses responses,
      ContentKeySettings keySettings,
      ContentKeys keys,
      Clock clock,
      Supplier<SiteSettings> site,
      MediaLinks media,
      ContentSources content) {
    boolean keysRequired = keySettings.required();
    this.site = site;
    this.problems = problems;
    this.keys = keysRequired ? keys : null;
    this.limits = new RateLimits<>(keySettings.perMinute(), clock);
    this.responses = new ApiResponses(json, responses, keysRequired);
    this.common = keysRequired ? List.of(400, 401, 429, 503) : List.of(400, 503);
    Supplier<ApiLinks> links = () -> new ApiLinks(site.get(), media);
    var article =
        new ArticleEndpoints(content.articles(), content.related(), links, this.responses);
    var list =
        new ArticleList(
            content.articles(),
            content.sections(),
            content.tags(),
            content.authors(),
            content.search()::ranked,
            links,
            this.responses);
    var directory =
        new Directory(
            content.sections(),
            content.tags(),
            content.authors(),
            content.pages(),
            site,
            links,
            this.responses);
    var search = new SearchEndpoint(content.search(), links, this.responses);
    this.routes = ContentRoutes.of(article, list, directory, search, this::document);
  }

  /** What stands in front of the page cache for the API's paths (CORS, preflights, keys). */
  public Handler front(Handler next) {
    return new ContentFront(next, keys, limits, problems);
  }

  /** Every route of the Content API, as registered and documented. */
  public List<ApiRoute> routes() {
    return routes;
  }

  public void register(JavalinConfig config) {
    for (ApiRoute route : routes) {
      io.javalin.http.Handler checked =
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
        common);
  }

  private void document(Context ctx) {
    responses.send(ctx, document(), Set.of(Dependency.NAV));
  }
}
