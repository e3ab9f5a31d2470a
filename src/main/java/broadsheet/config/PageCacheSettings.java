package broadsheet.config;

import java.time.Duration;

/**
 * The rendered-page cache: whether it keeps pages, how long it keeps one at most, and how many
 * bytes it holds at most. The maximum age is a safety net: a page is dropped and rendered again
 * after it even when nothing it shows was announced as changed, so a missed invalidation heals by
 * itself.
 */
public record PageCacheSettings(boolean on, Duration maxAge, long maxBytes) {
  /** The longest maximum age that may be set: a day. */
  public static final long MAX_AGE_LIMIT_MINUTES = 24 * 60;

  public static final PageCacheSettings DEFAULT =
      new PageCacheSettings(true, Duration.ofMinutes(10), 256L * 1024 * 1024);

  public PageCacheSettings {
    if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
      throw new InvalidSetting("the page cache's maximum age must be positive, not " + maxAge);
    }
    if (maxBytes < 1) {
      throw new InvalidSetting("the page cache's size must be positive, not " + maxBytes);
    }
  }

  /** The maximum age given as --page-cache-max-age: whole minutes, from 1 to a day. */
  public static Duration maxAgeInMinutes(String minutes) {
    String given = minutes == null ? "" : minutes.strip();
    long value;
    try {
      value = Long.parseLong(given);
    } catch (NumberFormatException e) {
      value = 0;
    }
    if (value < 1 || value > MAX_AGE_LIMIT_MINUTES) {
      throw new InvalidSetting(
          "--page-cache-max-age must be a whole number of minutes from 1 to %d, not %s"
              .formatted(MAX_AGE_LIMIT_MINUTES, given.isEmpty() ? "nothing" : given));
    }
    return Duration.ofMinutes(value);
  }

  public PageCacheSettings withOn(boolean keep) {
    return new PageCacheSettings(keep, maxAge, maxBytes);
  }

  public PageCacheSettings withMaxAge(Duration age) {
    return new PageCacheSettings(on, age, maxBytes);
  }

  public PageCacheSettings withMaxBytes(long bytes) {
    return new PageCacheSettings(on, maxAge, bytes);
  }
}
