package broadsheet.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered public pages, kept until something they show changes. Each page names its {@link
 * Dependency dependencies} when it is rendered: every article it shows, the section, tag or author
 * list it is, and the shared things (home, feeds, sitemaps, navigation). A change throws away
 * exactly the pages depending on what changed.
 *
 * <p>Keys hold the request path and query and a consent variant: a reader without a choice sees the
 * banner, a reader who chose sees none, and only consent to embeds changes a body. So there are at
 * most three variants of a page, never one per reader.
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

  private final Cache<String, CachedPage> pages;
  private final ConcurrentHashMap<Dependency, Set<String>> keysByDependency =
      new ConcurrentHashMap<>();
  private final boolean enabled;
  private final Listener listener;

  public PageCache(long maxBytes, boolean enabled) {
    this(maxBytes, enabled, Listener.NONE);
  }

  public PageCache(long maxBytes, boolean enabled, Listener listener) {
    this.enabled = enabled;
    this.listener = listener;
    this.pages =
        Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher(
                (String key, CachedPage page) ->
                    page.body().length + (page.gzipped() == null ? 0 : page.gzipped().length))
            .removalListener(
                (String key, CachedPage page, RemovalCause cause) -> {
                  if (page != null && cause.wasEvicted()) {
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
    for (Dependency dependency : page.dependencies()) {
      keysByDependency.computeIfAbsent(dependency, d -> ConcurrentHashMap.newKeySet()).add(key);
    }
    pages.put(key, page);
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

  public long size() {
    pages.cleanUp();
    return pages.estimatedSize();
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
