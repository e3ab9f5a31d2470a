package broadsheet.web;

import broadsheet.content.Addresses;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The page cache's key for a request: its consent variant, its path, and only the query parameters
 * the page at that path reads. Lists (a section, a tag, an author) read {@code ?page=N}; no other
 * cacheable page reads any. So marketing parameters (utm_*, fbclid, gclid) and anything else
 * unknown neither make a new entry nor miss the page already kept, and {@code ?page=02} is {@code
 * ?page=2}. The home page asked with an old WordPress query ({@code ?p=}, {@code ?cat=} …) is an
 * old address a filter answers: never from the cache.
 *
 * <p>The Content API (/api/v1/) reads every parameter it is given (it refuses those it does not
 * know), so its key is its path and whole query, in the one consent variant (JSON shows no consent
 * banner). Answers from the search index ({@code q=}) are not kept: queries are endless, and the
 * index follows changes on its own thread, after the cache has dropped what they touch.
 */
final class CacheKey {
  /** Paths of the lists, from their routes: one segment for a section, never with a dot. */
  private static final Pattern LISTS =
      Pattern.compile(
          String.join(
              "|",
              route(Addresses.SECTION_ROUTE),
              route(Addresses.TAG_ROUTE),
              route(Addresses.AUTHOR_ROUTE)));

  /** The Content API's paths. */
  private static final String API = "/api/v1/";

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,9}");

  private CacheKey() {}

  /** The key, or null when the request must not be served from or kept in the cache. */
  static String of(String path, String query, Consent consent) {
    if (path.startsWith(API)) {
      return api(path, query);
    }
    String page = null;
    if (query != null && !query.isEmpty()) {
      boolean home = path.equals("/");
      boolean list = LISTS.matcher(path).matches();
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        if (name == null || home && RequestFilters.WORDPRESS_QUERY.contains(name)) {
          return null;
        }
        if (list && page == null && name.equals("page")) {
          // The first value counts, as for the page that reads it.
          page = decode(eq < 0 ? "" : pair.substring(eq + 1));
          if (page == null) {
            return null;
          }
          if (NUMBER.matcher(page).matches()) {
            page = Integer.toString(Integer.parseInt(page));
          }
        }
      }
    }
    return PageCache.key(page == null ? path : path + "?page=" + page, consent);
  }

  private static String api(String path, String query) {
    if (query == null || query.isEmpty()) {
      return path.equals(API + "search") ? null : PageCache.key(path, Consent.NONE);
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      if (name == null || name.equals("q")) {
        return null;
      }
    }
    return path.equals(API + "search") ? null : PageCache.key(path + "?" + query, Consent.NONE);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String route(String route) {
    return route.replaceAll("\\{[a-z]+\\}", "[^/.]+");
  }
}
