package broadsheet.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sends a public page: prepares it once as a {@link CachedPage} (ETag, Last-Modified, gzip,
 * Cache-Control), keeps it in the page cache unless this request bypasses the cache, and answers
 * with 200 or 304 exactly as a later cache hit in {@link CacheFront} will.
 */
public final class PublicResponses {
  /** What a cacheable response shows, for a CDN's purges (see {@link Dependency#surrogateKey}). */
  public static final String SURROGATE_KEY = "Surrogate-Key";

  /** The same keys in the header Varnish's xkey module reads. */
  public static final String XKEY = "xkey";

  private final PageCache cache;
  private final Predicate<Context> bypass;
  private final Clock clock;

  public PublicResponses(PageCache cache, Predicate<Context> bypass, Clock clock) {
    this.cache = cache;
    this.bypass = bypass;
    this.clock = clock;
  }

  public void html(Context ctx, String html, Set<Dependency> dependencies) {
    send(ctx, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), dependencies);
  }

  public void send(Context ctx, String contentType, byte[] body, Set<Dependency> dependencies) {
    send(ctx, contentType, body, dependencies, CachedPage.PUBLIC);
  }

  public void send(
      Context ctx,
      String contentType,
      byte[] body,
      Set<Dependency> dependencies,
      String cacheControl) {
    boolean bypassed = bypass.test(ctx);
    String key =
        bypassed
            ? null
            : CacheKey.of(ctx.path(), ctx.queryString(), Consent.parse(ctx.cookie(Consent.COOKIE)));
    boolean kept = cache.enabled() && key != null;
    CachedPage page =
        CachedPage.of(
            contentType,
            body,
            clock.instant(),
            cacheControl,
            dependencies,
            kept,
            RouteKind.of(ctx));
    if (kept) {
      cache.put(key, page);
    }
    CachedPage.Reply reply =
        page.reply(
            CachedPage.acceptsGzip(ctx.header("Accept-Encoding")),
            ctx.header("If-None-Match"),
            ctx.header("If-Modified-Since"));
    ctx.status(reply.status());
    if (!contentType.contains("charset")) {
      // Javalin sets UTF-8 on every response, which would add a charset to image types.
      ctx.res().setCharacterEncoding((String) null);
    }
    ctx.header("Content-Type", contentType);
    ctx.header("ETag", reply.etag());
    ctx.header("Last-Modified", page.lastModifiedHeader());
    ctx.header("Cache-Control", bypassed ? "private, no-store" : cacheControl);
    ctx.header("Vary", "Accept-Encoding, Cookie");
    if (!bypassed) {
      ctx.header(SURROGATE_KEY, page.surrogateKeys());
      ctx.header(XKEY, page.surrogateKeys());
    }
    if (reply.gzip()) {
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.result(reply.body());
  }
}
