package broadsheet.api;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of the page cache for the Content API's paths, so that cache hits get it too: CORS for
 * reading from any origin (the API is public and takes no cookies), and the answer to a browser's
 * preflight.
 */
final class ContentFront extends Handler.Wrapper {
  /** The header a consuming app sends its content key in. */
  static final String KEY_HEADER = "X-Api-Key";

  private static final String PATHS = ContentApi.PREFIX + "/";
  private static final HttpField ANY_ORIGIN =
      new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
  private static final HttpField EXPOSED =
      new PreEncodedHttpField(
          HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "ETag, Last-Modified, Retry-After");
  private static final HttpField METHODS =
      new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD, OPTIONS");
  private static final HttpField HEADERS =
      new PreEncodedHttpField(
          HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS,
          KEY_HEADER + ", If-None-Match, If-Modified-Since");
  private static final HttpField MAX_AGE =
      new PreEncodedHttpField(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");

  ContentFront(Handler next) {
    super(next);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!request.getHttpURI().getPath().startsWith(PATHS)) {
      return super.handle(request, response, callback);
    }
    var out = response.getHeaders();
    out.put(ANY_ORIGIN);
    out.put(EXPOSED);
    if (request.getMethod().equals("OPTIONS")) {
      out.put(METHODS);
      out.put(HEADERS);
      out.put(MAX_AGE);
      out.put(HttpHeader.CACHE_CONTROL, "public, max-age=86400");
      response.setStatus(204);
      response.write(true, null, callback);
      return true;
    }
    return super.handle(request, response, callback);
  }
}
