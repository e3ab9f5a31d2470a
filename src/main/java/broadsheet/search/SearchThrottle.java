package broadsheet.search;

import broadsheet.config.SearchRateLimit;
import broadsheet.config.TrustedProxies;
import broadsheet.web.PageError;
import broadsheet.web.RateLimits;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.Set;

/**
 * Searches per client, on this node: each costs the index real work and none can be cached, so one
 * client past its rate (--search-rate-limit) is answered 429 with Retry-After, on the page and the
 * API alike. A client is its address as {@code --trusted-proxy} resolves it; an IPv6 client is its
 * /64, the block one subscriber is given.
 */
public final class SearchThrottle {
  private final RateLimits<String> limits;
  private final TrustedProxies proxies;

  public SearchThrottle(SearchRateLimit limit, TrustedProxies proxies, Clock clock) {
    this.limits = new RateLimits<>(limit.perMinute(), clock);
    this.proxies = proxies;
  }

  /**
   * Checks the rate before each request at these paths that asks for words ({@code q}): one filter
   * for all of them, so that the APIs' route tables stay as their documents list them.
   */
  public void register(JavalinConfig config, String... paths) {
    Set<String> searched = Set.of(paths);
    config.routes.before(
        ctx -> {
          if (searched.contains(ctx.path())) {
            take(ctx);
          }
        });
  }

  /** Takes one search of this client's allowance, or stops the request with a 429. */
  void take(Context ctx) {
    String words = ctx.queryParam("q");
    if (words == null || words.isBlank()) {
      return;
    }
    String client =
        proxies.clientOf(ctx.ip(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    long wait = limits.take(key(client));
    if (wait > 0) {
      ctx.header("Retry-After", Long.toString(wait));
      throw new PageError(
          429,
          "Too many searches",
          "This address has searched more often than we can answer; please try again in "
              + wait
              + (wait == 1 ? " second." : " seconds."));
    }
  }

  /** The client's key: its address, or for IPv6 the first 64 bits of it. */
  static String key(String client) {
    InetAddress address = TrustedProxies.literal(client);
    if (address instanceof Inet6Address) {
      return Arrays.toString(Arrays.copyOf(address.getAddress(), 8));
    }
    return client;
  }
}
