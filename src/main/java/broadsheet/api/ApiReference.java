package broadsheet.api;

import broadsheet.web.Chrome;
import broadsheet.web.Dependency;
import broadsheet.web.PageChrome;
import broadsheet.web.PageMeta;
import broadsheet.web.PublicResponses;
import broadsheet.web.Routes;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reference page for developers at /api: every route of the Content API with its parameters and
 * a curl example, from the same descriptions the routes and the OpenAPI document come from, and
 * what each error status means.
 */
public final class ApiReference {
  /** One route as the page shows it. */
  public record Endpoint(
      String operationId,
      String method,
      String path,
      String summary,
      List<ApiParameter> parameters,
      String curl) {}

  /** An error status, its anchor being the problems' type (/api#error-404). */
  public record ErrorKind(int status, String title, String meaning) {}

  /** What api.jte is given. */
  public record View(
      Chrome chrome,
      PageMeta meta,
      String documentUrl,
      boolean keysRequired,
      List<Endpoint> endpoints,
      List<ErrorKind> errors) {}

  private static final List<ErrorKind> ERRORS =
      List.of(
          new ErrorKind(
              400,
              "Bad Request",
              "A parameter that the route does not know, or a value that does not parse (a"
                  + " limit, a time, a cursor, a field name); errors names each one."),
          new ErrorKind(
              401, "Unauthorized", "A content key is required and is missing, unknown or revoked."),
          new ErrorKind(404, "Not Found", "Nothing is published at this address."),
          new ErrorKind(
              413, "Content Too Large", "The request's body is larger than the route accepts."),
          new ErrorKind(
              415,
              "Unsupported Media Type",
              "The request's body is of a type the route does not take."),
          new ErrorKind(
              422,
              "Unprocessable Content",
              "The request is well-formed, but a value cannot be taken as it is."),
          new ErrorKind(
              429,
              "Too Many Requests",
              "The key has used its allowance; Retry-After says how many seconds to wait."),
          new ErrorKind(500, "Internal Server Error", "A failure on the server's side."),
          new ErrorKind(
              503,
              "Service Unavailable",
              "The store cannot be reached just now; Retry-After says when to try again."));

  private final Supplier<List<ApiRoute>> routes;
  private final boolean keysRequired;
  private final PageChrome chrome;
  private final Templates templates;
  private final PublicResponses responses;

  public ApiReference(
      Supplier<List<ApiRoute>> routes,
      boolean keysRequired,
      PageChrome chrome,
      Templates templates,
      PublicResponses responses) {
    this.routes = routes;
    this.keysRequired = keysRequired;
    this.chrome = chrome;
    this.templates = templates;
    this.responses = responses;
  }

  public void register(JavalinConfig config) {
    Routes.readable(config, "/api", this::page);
  }

  private void page(Context ctx) {
    Chrome c = chrome.of(ctx);
    String base = c.site().baseUrl();
    String key = keysRequired ? " -H 'X-Api-Key: YOUR_KEY'" : "";
    List<Endpoint> endpoints =
        routes.get().stream()
            .map(
                r ->
                    new Endpoint(
                        r.operationId(),
                        r.method().toUpperCase(Locale.ROOT),
                        r.path(),
                        r.summary(),
                        r.parameters(),
                        "curl -s" + key + " '" + base + r.example() + "'"))
            .toList();
    PageMeta meta =
        PageMeta.of(
            "Content API | " + c.site().name(),
            "How to read the published articles, sections, tags, authors and pages of "
                + c.site().name()
                + " as JSON.",
            c.site().absolute("/api"));
    responses.html(
        ctx,
        templates.render(
            "api.jte",
            new View(
                c,
                meta,
                c.site().absolute(ContentApi.PREFIX + "/openapi.json"),
                keysRequired,
                endpoints,
                ERRORS)),
        Set.of(Dependency.NAV));
  }
}
