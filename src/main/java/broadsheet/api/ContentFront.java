package broadsheet.api;

import broadsheet.web.HandOver;
import broadsheet.web.RateLimits;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of the page cache for the Content API's paths, so that cache hits get it too: CORS for
 * reading from any origin (the API is public and takes no cookies), the answer to a browser's
 * preflight, and, when keys are required, the key's check and its rate (401, 429 with Retry-After).
 * The OpenAPI document is open to all.
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

  private static final String DOCUMENT = ContentApi.PREFIX + "/openapi.json";

  private final ContentKeys keys;
  private final RateLimits<Long> limits;
  private final Problems problems;

  /**
   * @param keys the keys to check, or null when none are required
   */
  ContentFront(Handler next, ContentKeys keys, RateLimits<Long> limits, Problems problems) {
    super(next);
    this.keys = keys;
    this.limits = limits;
    this.problems = problems;
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
    String path = request.getHttpURI().getPath();
    if (keys != null && !path.equals(DOCUMENT)) {
      // A key is looked up in the store (then remembered): not on Jetty's own thread.
      return HandOver.blocking(this::keyed, request, response, callback);
    }
    return super.handle(request, response, callback);
  }

  /** An API request when keys are required: the key checked and its rate taken, or refused. */
  private boolean keyed(Request request, Response response, Callback callback) throws Exception {
    long key = keys.check(request.getHeaders().get(KEY_HEADER));
    if (key < 0) {
      response
          .getHeaders()
          .put(HttpHeader.WWW_AUTHENTICATE, "ApiKey header=\"" + KEY_HEADER + "\"");
      problems.send(
          response,
          callback,
          Problems.problem(
              401,
              "This API needs a content key in the "
                  + KEY_HEADER
                  + " header; this one is"
                  + " missing, unknown or revoked.",
              List.of(new Problem.FieldError(KEY_HEADER, "A live content key."))),
          -1);
      return true;
    }
    long wait = limits.take(key);
    if (wait > 0) {
      ApiProblem limited = ApiProblem.tooManyRequests(wait);
      problems.send(response, callback, limited.problem(), wait);
      return true;
    }
    return super.handle(request, response, callback);
  }
}
