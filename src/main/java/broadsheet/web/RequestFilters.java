package broadsheet.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Set;

/**
 * The filters every request passes before any feature's route: the preview host's door, canonical
 * addresses without a trailing slash, and WordPress's query addresses on the home page.
 */
public final class RequestFilters {
  /** The query parameters that make the home page's address an old WordPress one. */
  static final Set<String> WORDPRESS_QUERY = Set.of("p", "page_id", "cat", "tag", "author", "feed");

  private final PreviewAccess preview;
  private final MovedPages moved;

  public RequestFilters(PreviewAccess preview, MovedPages moved) {
    this.preview = preview;
    this.moved = moved;
  }

  public void register(JavalinConfig config) {
    config.router.ignoreTrailingSlashes = false;
    config.routes.before(this::previewHost);
    config.routes.before(this::dropTrailingSlash);
    config.routes.before("/", this::wordPressQuery);
  }

  /**
   * The preview host is never indexed, sends no referrer, and shows nothing to strangers: staff see
   * what the newsroom lets them open, a holder of a preview link sees that one article (both
   * checked by the article page itself).
   */
  private void previewHost(Context ctx) {
    if (!preview.onPreviewHost(ctx)) {
      return;
    }
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    // A preview link in the address must not leak to whatever the page links to.
    ctx.header("Referrer-Policy", "no-referrer");
    boolean staticFile = ctx.path().startsWith("/static/") || ctx.path().startsWith("/media/");
    if (!staticFile && ctx.queryParam("preview") == null && !preview.isStaff(ctx)) {
      throw PageError.notFound();
    }
  }

  /**
   * Canonical URLs have no trailing slash; the other form answers 301, straight to where an old
   * address now lives when it is one (WordPress's permalinks all end in a slash).
   */
  private void dropTrailingSlash(Context ctx) {
    String path = ctx.path();
    if (path.length() > 1 && path.endsWith("/")) {
      if (moved.redirect(ctx)) {
        return;
      }
      String target = path.replaceAll("/+$", "");
      if (target.isEmpty()) {
        target = "/";
      }
      String query = ctx.queryString();
      ctx.redirect(target + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
    }
  }

  /**
   * The home page asked with WordPress's query (?p=123, ?page_id=, ?cat=, ?feed=) is an old link.
   */
  private void wordPressQuery(Context ctx) {
    boolean wordPress = WORDPRESS_QUERY.stream().anyMatch(ctx.queryParamMap()::containsKey);
    if (wordPress && !moved.redirect(ctx)) {
      throw PageError.notFound();
    }
  }
}
