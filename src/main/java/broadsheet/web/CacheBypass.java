package broadsheet.web;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;

/**
 * Requests that must never be served from, or stored in, the page cache: signed-in staff (who may
 * see what readers do not) and anything on the preview host.
 */
public final class CacheBypass {
  private final String previewHost;
  private final String staffCookie;

  /**
   * @param staffCookie the name of the newsroom's session cookie: its presence alone is enough to
   *     bypass, whether or not the session is still valid
   */
  public CacheBypass(String previewHost, String staffCookie) {
    this.previewHost = previewHost == null || previewHost.isBlank() ? null : previewHost;
    this.staffCookie = staffCookie;
  }

  public boolean test(Context ctx) {
    return ctx.cookie(staffCookie) != null || onPreviewHost(ctx.host());
  }

  public boolean test(Request request) {
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (cookie.getName().equals(staffCookie)) {
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
