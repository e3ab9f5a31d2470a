package broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A request rate per key (a content key, a client's address), on this node: a bucket of a minute's
 * requests that refills steadily, so a client may burst up to its limit and then goes at the
 * limit's pace.
 */
public final class RateLimits<K> {
  private final int perMinute;
  private final Clock clock;
  private final Cache<K, Bucket> buckets =
      Caffeine.newBuilder()
          .expireAfterAccess(Duration.ofMinutes(10))
          // Keys a client chooses (its addresses) must not grow the map without bound; a bucket
          // pushed out starts full again, which errs on the generous side.
          .maximumSize(200_000)
          .build();

  public RateLimits(int perMinute, Clock clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  /** Takes one request of this key's allowance: 0 when it may go on, else seconds to wait. */
  public long take(K key) {
    Bucket bucket = buckets.get(key, k -> new Bucket(perMinute, clock.millis()));
    return bucket.take(perMinute, clock.millis());
  }

  /** Requests left (fractional), refilled by perMinute every 60 seconds. */
  private static final class Bucket {
    private double left;
    private long at;

    Bucket(int perMinute, long now) {
      this.left = perMinute;
      this.at = now;
    }

    synchronized long take(int perMinute, long now) {
      double perMilli = perMinute / 60_000.0;
      left = Math.min(perMinute, left + Math.max(0, now - at) * perMilli);
      at = now;
      if (left >= 1) {
        left -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - left) / perMilli / 1000.0);
    }
  }
}
