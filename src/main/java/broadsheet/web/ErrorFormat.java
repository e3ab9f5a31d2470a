package broadsheet.web;

import io.javalin.http.Context;

/**
 * Errors answered in another format than an HTML page, for the paths it claims: the APIs' JSON
 * problem documents. {@link ErrorPages} hands such requests over instead of rendering a page.
 */
public interface ErrorFormat {
  boolean claims(String path);

  /** Answers the request with this status (headers such as Retry-After are already set). */
  void answer(Context ctx, int status);
}
