package broadsheet.wordpress;

import broadsheet.content.CurrentAddresses;
import broadsheet.store.Database;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Old WordPress addresses answered with a 301 to where the content lives now. Asked only when
 * nothing else answers an address (or for the home page with a WordPress query such as {@code
 * ?p=123}), so it costs the site's own pages nothing. An import records what an old address named
 * (kind and id); where that lives now is asked of content at request time, so an article renamed or
 * moved since the import is still found, and an address of something unpublished since answers
 * nothing.
 */
public final class LegacyRedirects {
  /** The query parameters by which WordPress addresses a post, page, category, tag or author. */
  private static final List<String> QUERY_KEYS = List.of("p", "page_id", "cat", "tag", "author");

  private static final java.util.regex.Pattern FEED =
      java.util.regex.Pattern.compile("^(.*)/feed(?:/(rss2?|rdf|atom))?$");

  private static final String TARGET =
      "SELECT target_kind, target_id FROM redirects WHERE from_path = :from";

  private final Jdbi jdbi;
  private final CurrentAddresses addresses;

  public LegacyRedirects(Database database, CurrentAddresses addresses) {
    this.jdbi = database.jdbi();
    this.addresses = addresses;
  }

  /** Where an old address now lives, if an import recorded it (or it is an old feed address). */
  public Optional<String> find(String path, Map<String, List<String>> query) {
    for (String name : QUERY_KEYS) {
      List<String> values = query.get(name);
      if (values != null && !values.isEmpty() && (path.equals("/") || path.isEmpty())) {
        return resolve("/?" + name + "=" + key(values.getFirst()).substring(1)).map(Target::path);
      }
    }
    if ((path.equals("/") || path.isEmpty()) && query.containsKey("feed")) {
      List<String> feed = query.get("feed");
      return Optional.of(feed.contains("atom") ? "/atom.xml" : "/feed.xml");
    }
    String key = key(path);
    Optional<Target> direct = resolve(key);
    if (direct.isPresent()) {
      return direct.map(Target::path);
    }
    return feed(key);
  }

  /** /feed/, /category/x/feed/, /tag/x/feed/atom/ … to the feed of what they belonged to. */
  private Optional<String> feed(String key) {
    var m = FEED.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    String base = m.group(1);
    String file = "atom".equals(m.group(2)) ? "/atom.xml" : "/feed.xml";
    if (base.isEmpty()) {
      return Optional.of(file);
    }
    return resolve(base)
        .map(
            t ->
                t.kind().equals("article") || t.kind().equals("page") ? t.path() : t.path() + file);
  }

  private record Target(String path, String kind) {}

  private record Recorded(String kind, long id) {}

  /** The current address of what an import recorded for this key, asked of its owner. */
  private Optional<Target> resolve(String key) {
    return jdbi.withHandle(
            h ->
                h.createQuery(TARGET)
                    .bind("from", key)
                    .map((rs, c) -> new Recorded(rs.getString(1), rs.getLong(2)))
                    .findOne())
        .flatMap(r -> addressOf(r).map(path -> new Target(path, r.kind())));
  }

  private Optional<String> addressOf(Recorded r) {
    return switch (r.kind()) {
      case "article" -> addresses.article(r.id());
      case "page" -> addresses.page(r.id());
      case "section" -> addresses.section(r.id());
      case "tag" -> addresses.tag(r.id());
      case "author" -> addresses.author(r.id());
      default -> Optional.empty();
    };
  }

  /**
   * An address as redirects are kept: percent-decoded, lower case, without trailing slashes. Old
   * links arrive in every one of those spellings.
   */
  public static String key(String path) {
    String decoded = path;
    if (path.indexOf('%') >= 0) {
      try {
        decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        decoded = path;
      }
    }
    // By hand rather than by pattern: an import makes half a dozen keys for every post.
    String lower = decoded.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length() + 1);
    if (!lower.startsWith("/")) {
      key.append('/');
    }
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c != '/' || key.isEmpty() || key.charAt(key.length() - 1) != '/') {
        key.append(c);
      }
    }
    while (key.length() > 1 && key.charAt(key.length() - 1) == '/') {
      key.setLength(key.length() - 1);
    }
    return key.toString();
  }

  /** The key of an item's old address, or null when it has none worth keeping. */
  static String keyOfUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      String query = uri.getRawQuery();
      if (query != null) {
        for (String pair : query.split("&")) {
          int eq = pair.indexOf('=');
          if (eq > 0 && QUERY_KEYS.contains(pair.substring(0, eq))) {
            return "/?" + pair.substring(0, eq) + "=" + key(pair.substring(eq + 1)).substring(1);
          }
        }
      }
      String key = key(path);
      return key.equals("/") ? null : key;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
