package broadsheet.web;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Something a cached page shows, named by the page when it is rendered: an article, the list of a
 * section, tag or author, or one of the few things many pages share. A change throws away exactly
 * the pages depending on what changed (see {@link PageCache}).
 *
 * <p>The same names reach a CDN in front: {@link #surrogateKey()} is the one mapping used both for
 * a page's {@code Surrogate-Key} and {@code xkey} headers and for the purges sent when the page
 * cache drops what depends on it. Keys are built from store ids only, so every node names a page
 * alike.
 *
 * @param id the article's, section's, tag's, author's or page's id; 0 for the shared kinds
 */
public record Dependency(Kind kind, long id) {
  public enum Kind {
    ARTICLE,
    RELATED,
    SECTION,
    TAG,
    AUTHOR,
    PAGE,
    HOME,
    NAV,
    FEEDS,
    SITEMAPS,
    ROBOTS,
    STATIC
  }

  /** The home page's own list (its lead and latest articles). */
  public static final Dependency HOME = new Dependency(Kind.HOME, 0);

  /** The section navigation and masthead that every page carries. */
  public static final Dependency NAV = new Dependency(Kind.NAV, 0);

  public static final Dependency FEEDS = new Dependency(Kind.FEEDS, 0);
  public static final Dependency SITEMAPS = new Dependency(Kind.SITEMAPS, 0);
  public static final Dependency ROBOTS = new Dependency(Kind.ROBOTS, 0);
  public static final Dependency STATIC = new Dependency(Kind.STATIC, 0);

  /** The key every cacheable page carries besides its own: purging it empties the CDN. */
  public static final String ALL_KEY = "all";

  /** This dependency's surrogate key, e.g. {@code article-42}, {@code section-3}, {@code home}. */
  public String surrogateKey() {
    String name = kind.name().toLowerCase(Locale.ROOT);
    return switch (kind) {
      case ARTICLE, RELATED, SECTION, TAG, AUTHOR, PAGE -> name + "-" + id;
      case HOME, NAV, FEEDS, SITEMAPS, ROBOTS, STATIC -> name;
    };
  }

  /** A page's header value: {@link #ALL_KEY}, then its dependencies' keys, sorted and spaced. */
  public static String surrogateKeys(Collection<Dependency> dependencies) {
    TreeSet<String> keys = new TreeSet<>();
    for (Dependency dependency : dependencies) {
      keys.add(dependency.surrogateKey());
    }
    return keys.isEmpty() ? ALL_KEY : ALL_KEY + " " + String.join(" ", keys);
  }

  public static Dependency article(long id) {
    return new Dependency(Kind.ARTICLE, id);
  }

  /** An article page's stored list of related articles (computed by search). */
  public static Dependency relatedListOf(long articleId) {
    return new Dependency(Kind.RELATED, articleId);
  }

  public static Dependency section(long id) {
    return new Dependency(Kind.SECTION, id);
  }

  public static Dependency tag(long id) {
    return new Dependency(Kind.TAG, id);
  }

  public static Dependency author(long id) {
    return new Dependency(Kind.AUTHOR, id);
  }

  public static Dependency page(long id) {
    return new Dependency(Kind.PAGE, id);
  }
}
