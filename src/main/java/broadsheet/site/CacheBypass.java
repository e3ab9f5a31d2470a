package broadsheet.site;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;

/**
 * Requests that must never be served from, or stored in, the page cache: signed-in staff (who may
 * see what readers do not) and anything on the preview host.
 */
public final class CacheBypass {
  /** The newsroom's session cookie; its presence alone is enough to bypass. */
  public static final String STAFF_COOKIE = "newsroom_session";

  private final String previewHost;

  public CacheBypass(String previewHost) {
    this.previewHost = previewHost == null || previewHost.isBlank() ? null : previewHost;
  }

  public boolean test(Context ctx) {
    return ctx.cookie(STAFF_COOKIE) != null || onPreviewHost(ctx.host());
  }

  public boolean test(Request request) {
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (cookie.getName().equals(STAFF_COOKIE)) {
        return true;
      }
    }
    return onPreviewHost(request.getHttpURI().getHost());
  }

  public boolean onPreviewHost(String host) {
    if (previewHost == null || host == null) {
      return false;
    }
    int colon = host.lastIndexOf(':');
    String name = colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
    return name.equalsIgnoreCase(previewHost);
  }
}
