package broadsheet.web;

import broadsheet.content.Addresses;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.server.Request;

/**
 * What kind of page a request asked for, from the route that matched it (never from the path
 * itself, so a metric's labels stay these few whatever addresses are asked). A request that no
 * route answered (a 404, a redirect of a filter, a request Jetty refused) is {@link #OTHER}.
 */
public enum RouteKind {
  ARTICLE,
  /** A section's list, and the lists of a tag and of an author. */
  SECTION,
  HOME,
  SEARCH,
  FEED,
  SITEMAP,
  MEDIA,
  NEWSROOM,
  API,
  /** Static files, the consent page, static pages, robots.txt, health, and unmatched requests. */
  OTHER;

  /** Where the kind is kept on Jetty's request, for whoever logs it when the response is done. */
  static final String ATTRIBUTE = RouteKind.class.getName();

  private final String label = name().toLowerCase(java.util.Locale.ROOT);

  /** The kind as a metric's label value: {@code article}, {@code section} … */
  public String label() {
    return label;
  }

  /** The kind of a route, by its path as registered (e.g. {@code /{section}/{slug}}). */
  static RouteKind of(String route) {
    if (route == null) {
      return OTHER;
    }
    if (route.equals("/")) {
      return HOME;
    }
    if (route.equals(Addresses.ARTICLE_ROUTE)) {
      return ARTICLE;
    }
    if (route.equals(Addresses.SECTION_ROUTE)
        || route.equals(Addresses.TAG_ROUTE)
        || route.equals(Addresses.AUTHOR_ROUTE)) {
      return SECTION;
    }
    if (route.endsWith("/feed.xml") || route.endsWith("/atom.xml")) {
      return FEED;
    }
    if (route.matches("/(news-)?sitemap[^/]*\\.xml")) {
      return SITEMAP;
    }
    if (route.equals("/search")) {
      return SEARCH;
    }
    if (route.startsWith("/media/")) {
      return MEDIA;
    }
    if (route.equals("/admin") || route.startsWith("/admin/")) {
      return NEWSROOM;
    }
    if (route.equals("/api") || route.startsWith("/api/")) {
      return API;
    }
    return OTHER;
  }

  /** The kind of the route Javalin matched for this request. */
  static RouteKind of(Context ctx) {
    Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
    return of(endpoint == null ? null : endpoint.path);
  }

  /** Notes the kind of the route that answered, once Javalin is done with the request. */
  public static void mark(Context ctx) {
    ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
    if (request != null) {
      mark(request, of(ctx));
    }
  }

  static void mark(Request request, RouteKind kind) {
    Request.unWrap(request).setAttribute(ATTRIBUTE, kind);
  }

  /** The kind noted for this request, {@link #OTHER} when none was. */
  static RouteKind of(Request request) {
    return request.getAttribute(ATTRIBUTE) instanceof RouteKind kind ? kind : OTHER;
  }
}
