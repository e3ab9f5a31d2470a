package broadsheet.web;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves cache hits straight from Jetty's core, before the servlet layer and Javalin: a page that
 * is in the {@link PageCache} goes from the socket to its prepared bytes with a handful of header
 * writes, on the thread that read the request (this handler never blocks, so Jetty hands nothing
 * over). Everything else (misses, staff, the preview host, other methods) is handed over to a
 * thread that may block ({@link HandOver}), as is a request with a staff cookie, whose session may
 * have to be looked up in the store.
 */
public final class CacheFront extends Handler.Wrapper {
  private static final HttpField GZIP =
      new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

  private final PageCache cache;
  private final CacheBypass bypass;

  public CacheFront(PageCache cache, CacheBypass bypass, Handler next) {
    super(next);
    this.cache = cache;
    this.bypass = bypass;
  }

  @Override
  public InvocationType getInvocationType() {
    return InvocationType.NON_BLOCKING;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String method = request.getMethod();
    if (!cache.enabled() || !(method.equals("HEAD") || method.equals("GET"))) {
      return HandOver.blocking(super::handle, request, response, callback);
    }
    if (bypass.mayBeStaff(request)) {
      return HandOver.blocking(this::lookUp, request, response, callback);
    }
    return lookUp(request, response, callback);
  }

  /** A GET or HEAD: the hit answered, anything else handed over. */
  private boolean lookUp(Request request, Response response, Callback callback) throws Exception {
    if (bypass.test(request)) {
      return HandOver.blocking(super::handle, request, response, callback);
    }
    boolean head = request.getMethod().equals("HEAD");
    var uri = request.getHttpURI();
    String key = CacheKey.of(uri.getPath(), uri.getQuery(), consent(request));
    CachedPage page = key == null ? null : cache.get(key);
    if (page == null) {
      return HandOver.blocking(super::handle, request, response, callback);
    }
    RouteKind.mark(request, page.kind());
    var headers = request.getHeaders();
    CachedPage.Reply reply =
        page.reply(
            CachedPage.acceptsGzip(headers.get(HttpHeader.ACCEPT_ENCODING)),
            headers.get(HttpHeader.IF_NONE_MATCH),
            headers.get(HttpHeader.IF_MODIFIED_SINCE));
    var out = response.getHeaders();
    CachedPage.HitHeaders hit = page.hit();
    for (HttpField field : hit.common()) {
      out.put(field);
    }
    out.put(reply.gzip() ? hit.gzipEtag() : hit.etag());
    if (reply.gzip()) {
      out.add(GZIP);
    }
    response.setStatus(reply.status());
    if (reply.status() == 304) {
      response.write(true, null, callback);
      return true;
    }
    out.put(HttpHeader.CONTENT_LENGTH, reply.body().length);
    response.write(true, head ? null : ByteBuffer.wrap(reply.body()), callback);
    return true;
  }

  private static Consent consent(Request request) {
    List<HttpCookie> cookies = Request.getCookies(request);
    for (HttpCookie cookie : cookies) {
      if (cookie.getName().equals(Consent.COOKIE)) {
        return Consent.parse(cookie.getValue());
      }
    }
    return Consent.NONE;
  }
}
