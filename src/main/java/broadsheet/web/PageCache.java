package broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages, kept until something they show changes (or at most a maximum age, see
 * below). Each page names its {@link Dependency dependencies} when it is rendered: every article it
 * shows, the section, tag or author list it is, and the shared things (home, feeds, sitemaps,
 * navigation). A change throws away exactly the pages depending on what changed.
 *
 * <p>Keys hold the request path and query and a consent variant: a reader without a choice sees the
 * banner, a reader who chose sees none, and only consent to embeds changes a body. So there are at
 * most three variants of a page, never one per reader.
 *
 * <p>A page is also dropped after a maximum age (on the app's clock) even when nothing it shows
 * changed, so that a mistake in the dependencies heals by itself. And the cache holds at most a
 * number of bytes, counted as {@link #weight} does: the page's body and its gzip form, its key, and
 * an estimate of what its headers and dependencies take; past it, the pages least likely to be
 * asked for again go first.
 *
 * <p>Every drop is told to a {@link Listener} (a CDN's purges), with or without pages kept here.
 */
public final class PageCache {
  /** Told after every invalidation, so that caches in front drop what this one dropped. */
  public interface Listener {
    Listener NONE =
        new Listener() {
          @Override
          public void invalidated(Collection<Dependency> dependencies) {}

          @Override
          public void cleared() {}
        };

    /** Pages depending on any of these were dropped (here, or would have been). */
    void invalidated(Collection<Dependency> dependencies);

    /** Every page was dropped. */
    void cleared();
  }

  /** About what an entry holds besides its bytes and key: headers, ETags, map and index nodes. */
  private static final int ENTRY_OVERHEAD = 512;

  /** About what one dependency of a page takes: its record and its place in the index below. */
  private static final int DEPENDENCY_OVERHEAD = 96;

  private final Cache<String, CachedPage> pages;
  private final ConcurrentHashMap<Dependency, Set<String>> keysByDependency =
      new ConcurrentHashMap<>();
  private final boolean enabled;
  private final Listener listener;

  public PageCache(
      boolean enabled, long maxBytes, Duration maxAge, Clock clock, Listener listener) {
    this.enabled = enabled;
    this.listener = listener;
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher(PageCache::weight)
            .expireAfterWrite(maxAge)
            .ticker(() -> nanos(clock.instant()))
            // Eviction and expiry run on the thread that writes: the bound holds when put returns,
            // and a dropped page's index entries go before its key can be registered again.
            .executor(Runnable::run)
            .recordStats()
            .evictionListener(
                (String key, CachedPage page, RemovalCause cause) -> {
                  if (key != null && page != null) {
                    forget(key, page);
                  }
                })
            .build();
  }

  public boolean enabled() {
    return enabled;
  }

  static String key(String pathAndQuery, Consent consent) {
    char variant = !consent.chosen() ? 'n' : consent.embeds() ? 'e' : 'c';
    return variant + pathAndQuery;
  }

  CachedPage get(String key) {
    return enabled ? pages.getIfPresent(key) : null;
  }

  void put(String key, CachedPage page) {
    if (!enabled) {
      return;
    }
    // Kept first, registered after: an expired page this one replaces forgets its key on the way
    // out, which must not take this page's registration with it.
    pages.put(key, page);
    for (Dependency dependency : page.dependencies()) {
      keysByDependency.computeIfAbsent(dependency, d -> ConcurrentHashMap.newKeySet()).add(key);
    }
  }

  /** Drops every page that depends on any of these. */
  public void invalidate(Collection<Dependency> dependencies) {
    for (Dependency dependency : dependencies) {
      Set<String> keys = keysByDependency.remove(dependency);
      if (keys != null) {
        pages.invalidateAll(keys);
      }
    }
    if (!dependencies.isEmpty()) {
      listener.invalidated(dependencies);
    }
  }

  public void clear() {
    pages.invalidateAll();
    keysByDependency.clear();
    listener.cleared();
  }

  /** Requests answered from the cache since start. */
  public long hits() {
    return pages.stats().hitCount();
  }

  /** Requests for a page the cache could have held but did not. */
  public long misses() {
    return pages.stats().missCount();
  }

  public long size() {
    pages.cleanUp();
    return pages.estimatedSize();
  }

  /** The bytes an entry holds, as the bound counts them (an estimate beyond body, gzip and key). */
  static int weight(String key, CachedPage page) {
    long bytes =
        page.body().length
            + (page.gzipped() == null ? 0 : page.gzipped().length)
            + key.length()
            // the keys' text, then twice more as the hit's pre-encoded Surrogate-Key and xkey
            + (page.surrogateKeys() == null ? 0 : 3L * page.surrogateKeys().length())
            + ENTRY_OVERHEAD
            + (long) DEPENDENCY_OVERHEAD * page.dependencies().size();
    return (int) Math.min(Integer.MAX_VALUE, bytes);
  }

  private static long nanos(Instant t) {
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  private void forget(String key, CachedPage page) {
    for (Dependency dependency : page.dependencies()) {
      Set<String> keys = keysByDependency.get(dependency);
      if (keys != null) {
        keys.remove(key);
      }
    }
  }
}
