package broadsheet.site;

import broadsheet.web.Chrome;
import broadsheet.web.Consent;
import broadsheet.web.PageChrome;
import broadsheet.web.PageError;
import broadsheet.web.PageMeta;
import broadsheet.web.Routes;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;

/**
 * The consent choice as plain form posts: Accept all, Reject all, Settings, and the click-to-load
 * of an embed. No cookie is set until the reader chooses; the choice comes back as 303 to where
 * they were. The form carries no token because a reader without a choice has no cookie to bind one
 * to; instead a post from another site is refused by its Origin and Sec-Fetch-Site headers.
 */
final class ConsentRoutes {
  private final PageChrome chrome;
  private final Templates templates;

  ConsentRoutes(PageChrome chrome, Templates templates) {
    this.chrome = chrome;
    this.templates = templates;
  }

  void register(JavalinConfig config) {
    Routes.readable(config, "/consent", this::settings);
    config.routes.post("/consent", this::choose);
  }

  private void settings(Context ctx) {
    Chrome c = chrome.of(ctx);
    PageMeta meta =
        PageMeta.of(
                "Cookie settings | " + c.site().name(),
                "Choose which optional cookies and embedded content you allow.",
                c.site().absolute("/consent"))
            .withNoindex();
    String back = safeBack(ctx.queryParam("back"));
    ctx.header("Cache-Control", "no-store");
    ctx.header("Vary", "Cookie");
    ctx.html(templates.render("consent.jte", new Views.ConsentPage(c, meta, back)));
  }

  private void choose(Context ctx) {
    if (crossSite(ctx)) {
      throw new PageError(
          403, "Request refused", "Cookie choices can only be made from this site's own pages.");
    }
    Consent current = Consent.parse(ctx.cookie(Consent.COOKIE));
    String choice = ctx.formParam("choice");
    Consent next =
        switch (choice == null ? "" : choice) {
          case "accept" -> Consent.all();
          case "reject" -> Consent.rejected();
          case "save" ->
              new Consent(
                  true,
                  ctx.formParam("analytics") != null,
                  ctx.formParam("marketing") != null,
                  ctx.formParam("embeds") != null);
          case "embeds" -> new Consent(true, current.analytics(), current.marketing(), true);
          default ->
              throw PageError.badRequest("Choose Accept all, Reject all, or save your settings.");
        };
    Cookie cookie = new Cookie(Consent.COOKIE, next.cookieValue());
    cookie.setMaxAge(Consent.MAX_AGE_SECONDS);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setSecure("https".equals(ctx.scheme())); // a trusted proxy's word counts: ForwardedHttps
    ctx.cookie(cookie);
    ctx.header("Cache-Control", "no-store");
    ctx.redirect(safeBack(ctx.formParam("back")), HttpStatus.SEE_OTHER);
  }

  /** Only a path on this site: never "//elsewhere" or an absolute URL. */
  static String safeBack(String back) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.length() > 2000
        || back.chars().anyMatch(ch -> ch < 0x20)) {
      return "/";
    }
    return back;
  }

  private static boolean crossSite(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && site.equals("cross-site")) {
      return true;
    }
    String origin = ctx.header("Origin");
    if (origin == null || origin.equals("null")) {
      return origin != null;
    }
    try {
      String host = URI.create(origin).getAuthority();
      return host == null || !host.equalsIgnoreCase(ctx.host());
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
