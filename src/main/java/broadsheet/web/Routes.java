package broadsheet.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;

/** How every feature registers a page that readers and crawlers fetch. */
public final class Routes {
  private Routes() {}

  /**
   * Registers a GET route and the same handler for HEAD. Javalin would otherwise answer HEAD with
   * an empty 200 without running the handler, so status, ETag and length would all be wrong; Jetty
   * drops the body of a HEAD response itself.
   */
  public static void readable(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }
}
