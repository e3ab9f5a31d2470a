package broadsheet.api;

import io.javalin.http.Context;

/** Writes the Admin API's JSON answers: never cached, exactly application/json. */
final class AdminResponses {
  private final ApiJson json;

  AdminResponses(ApiJson json) {
    this.json = json;
  }

  void json(Context ctx, int status, Object body) {
    ctx.status(status);
    if (ctx.res().getHeader("Cache-Control") == null) {
      ctx.header("Cache-Control", "no-store");
    }
    ctx.res().setCharacterEncoding((String) null);
    ctx.contentType("application/json");
    ctx.result(json.write(body));
  }
}
