package broadsheet.api;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the Admin API, described once: Javalin registers it from this and the OpenAPI
 * document lists it from this, so the two cannot drift apart.
 *
 * @param method {@code get}, {@code post}, {@code patch} or {@code delete}
 * @param request the schema of the JSON body it takes, {@code multipart} for an upload, or null
 * @param schema the schema of its success response, or null for none (204)
 * @param errors the problem statuses it may answer besides those every route may
 * @param query the query parameters it reads (strings)
 */
record AdminRoute(
    String method,
    String path,
    String operationId,
    String summary,
    String request,
    int status,
    String schema,
    List<Integer> errors,
    Handler handler,
    List<String> query) {

  AdminRoute(
      String method,
      String path,
      String operationId,
      String summary,
      String request,
      int status,
      String schema,
      List<Integer> errors,
      Handler handler) {
    this(method, path, operationId, summary, request, status, schema, errors, handler, List.of());
  }
}
