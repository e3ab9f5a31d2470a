package broadsheet.api;

import broadsheet.newsroom.AccessTokens;
import broadsheet.newsroom.Editorial;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Admin API at /api/admin/v1, for the newsroom's tools: a personal access token on every
 * request (the {@link TokenGate}), acting with exactly its account's role; articles, workflow,
 * corrections, preview links, images, sections, tags and pages, each through the newsroom's own
 * checks and writes. Its route table is also its OpenAPI document.
 */
public final class AdminApi {
  public static final String BASE = "/api/admin/v1";
  public static final String OPENAPI = BASE + "/openapi.json";
  public static final String MEDIA = BASE + "/media";

  private final TokenGate gate;
  private final List<AdminRoute> routes;

  public AdminApi(
      AccessTokens tokens,
      Editorial editorial,
      Supplier<String> baseUrl,
      ApiJson json,
      Clock clock) {
    this.gate = new TokenGate(tokens, OPENAPI, MEDIA);
    var out = new AdminResponses(json);
    List<AdminRoute> all = new ArrayList<>();
    all.add(new AdminArticleList(editorial, out, baseUrl).route(BASE));
    all.addAll(new AdminArticleRoutes(editorial, out, json, baseUrl, clock).routes(BASE));
    all.add(new AdminMediaRoutes(editorial, out).route(MEDIA));
    all.addAll(new AdminDeskRoutes(editorial, out, json, baseUrl).routes(BASE));
    // The document describes the API and holds no content: the one route without a token.
    all.add(
        new AdminRoute(
            "get",
            OPENAPI,
            "getOpenApi",
            "This API's OpenAPI 3.1 document (the one route that needs no token)",
            null,
            200,
            "OpenApi",
            List.of(),
            ctx -> {
              ctx.header("Cache-Control", "no-cache");
              out.json(ctx, 200, AdminOpenApi.build(json, baseUrl.get() + BASE, routes()));
            }));
    this.routes = List.copyOf(all);
  }

  /** The routes, as registered and as the OpenAPI document lists them. */
  List<AdminRoute> routes() {
    return routes;
  }

  public void register(JavalinConfig config) {
    config.routes.before(BASE, gate::check);
    config.routes.before(BASE + "/*", gate::check);
    for (AdminRoute route : routes) {
      config.routes.addHttpHandler(
          HandlerType.findOrCreate(route.method().toUpperCase(Locale.ROOT)),
          route.path(),
          refusalsAsProblems(route.handler()));
    }
  }

  /** The newsroom's refusals as problem documents: 404, 403, 409, 415 or 422 naming the fields. */
  private static Handler refusalsAsProblems(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (Editorial.Refusal r) {
        throw problem(r);
      }
    };
  }

  static ApiProblem problem(Editorial.Refusal r) {
    return switch (r.kind()) {
      case NOT_FOUND -> ApiProblem.notFound(r.getMessage());
      case NOT_ALLOWED -> ApiProblem.of(403, r.getMessage());
      case CONFLICT -> ApiProblem.of(409, r.getMessage());
      case UNSUPPORTED -> ApiProblem.of(415, r.getMessage());
      case INVALID -> {
        List<Problem.FieldError> fields = new ArrayList<>();
        for (Map.Entry<String, String> p : r.problems().entrySet()) {
          fields.add(new Problem.FieldError(ArticleInput.field(p.getKey()), p.getValue()));
        }
        yield new ApiProblem(
            Problems.problem(422, "The request cannot be carried out as it stands.", fields));
      }
    };
  }
}
