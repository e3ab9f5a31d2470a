package broadsheet.api;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of an API, described once: Javalin registers it from this, the OpenAPI document lists
 * it from this, and the reference page shows it from this, so the three cannot drift apart.
 *
 * @param method {@code get}, {@code post}, {@code put}, {@code patch} or {@code delete}
 * @param path Javalin's pattern, which is also OpenAPI's ({@code /api/v1/articles/{slug}})
 * @param schema the name of the success response's schema among the document's components
 * @param errors the problem statuses the route may answer besides those every route may
 */
public record ApiRoute(
    String method,
    String path,
    String operationId,
    String summary,
    List<ApiParameter> parameters,
    int status,
    String schema,
    List<Integer> errors,
    Handler handler) {

  public static ApiRoute get(
      String path,
      String operationId,
      String summary,
      List<ApiParameter> parameters,
      String schema,
      List<Integer> errors,
      Handler handler) {
    return new ApiRoute(
        "get", path, operationId, summary, parameters, 200, schema, errors, handler);
  }

  /** The path with the examples of its path parameters and required query ones, for curl. */
  public String example() {
    String out = path;
    StringBuilder query = new StringBuilder();
    for (ApiParameter p : parameters) {
      if (p.in().equals("path")) {
        out = out.replace("{" + p.name() + "}", p.example());
      } else if (p.example() != null) {
        query.append(query.isEmpty() ? "?" : "&").append(p.name()).append('=').append(p.example());
      }
    }
    return out + query;
  }
}
