package broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;

/**
 * Requests that must never be served from, or stored in, the page cache: signed-in staff (who may
 * see what readers do not) and anything on the preview host. A staff cookie counts only when it
 * names a live session: a forged or stale one gets the cached page like any reader. The answer for
 * a token is remembered briefly, so staff and forgers cost the store one lookup per token every few
 * seconds, and readers (no such cookie) none.
 */
public final class CacheBypass {
  /** How long a token's answer is remembered: a session ended is bypassed this long at most. */
  static final Duration REMEMBER = Duration.ofSeconds(5);

  private final String previewHost;
  private final String staffCookie;
  private final Predicate<String> liveSession;
  private final Cache<String, Boolean> live =
      Caffeine.newBuilder().expireAfterWrite(REMEMBER).maximumSize(10_000).build();

  /**
   * @param staffCookie the name of the newsroom's session cookie
   * @param liveSession whether a cookie's token names a live session (asked of the store)
   */
  public CacheBypass(String previewHost, String staffCookie, Predicate<String> liveSession) {
    this.previewHost = previewHost == null || previewHost.isBlank() ? null : previewHost;
    this.staffCookie = staffCookie;
    this.liveSession = liveSession;
  }

  public boolean test(Context ctx) {
    return staff(ctx.cookie(staffCookie)) || onPreviewHost(ctx.host());
  }

  public boolean test(Request request) {
    return staffCookie(request, this::staff) || onPreviewHost(request.getHttpURI().getHost());
  }

  /** Whether the request carries a staff cookie, whose session {@link #test} may look up. */
  public boolean mayBeStaff(Request request) {
    return staffCookie(request, token -> !token.isEmpty());
  }

  private boolean staffCookie(Request request, Predicate<String> token) {
    for (HttpCookie cookie : Request.getCookies(request)) {
      if (cookie.getName().equals(staffCookie) && token.test(cookie.getValue())) {
        return true;
      }
    }
    return false;
  }

  private boolean staff(String token) {
    return token != null && !token.isEmpty() && live.get(token, liveSession::test);
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
