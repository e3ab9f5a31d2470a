package broadsheet.newsroom;

import broadsheet.web.PageError;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

/**
 * Guards every /admin request: denied unless signed in (but for the sign-in and setup pages), a
 * CSRF token on every state-changing request, and never a cached response.
 */
final class NewsroomGate {
  static final String SESSION = "staff";
  static final String COOKIE = Newsroom.STAFF_COOKIE;
  private static final Set<String> OPEN = Set.of("/admin/login", "/admin/setup");

  private final SessionStore sessions;

  public NewsroomGate(SessionStore sessions) {
    this.sessions = sessions;
  }

  void check(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    var session = sessions.find(ctx.cookie(COOKIE));
    session.ifPresent(s -> ctx.attribute(SESSION, s));
    if (OPEN.contains(ctx.path())) {
      return;
    }
    if (session.isEmpty()) {
      if (ctx.method().name().equals("GET") || ctx.method().name().equals("HEAD")) {
        ctx.redirect(
            "/admin/login?next=" + URLEncoder.encode(pathAndQuery(ctx), StandardCharsets.UTF_8),
            HttpStatus.SEE_OTHER);
        return;
      }
      throw new ForbiddenResponse("Sign in first.");
    }
    if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) {
      requireCsrf(ctx, session.get().csrfToken());
      refuseNul(ctx);
    }
  }

  /**
   * A field holding NUL is refused whole: PostgreSQL cannot store the character in text (it would
   * fail the save with a 500) and SQLite would keep it, so both stores refuse it here instead.
   */
  private static void refuseNul(Context ctx) {
    for (List<String> values : ctx.formParamMap().values()) {
      for (String value : values) {
        if (value.indexOf('\0') >= 0) {
          throw PageError.badRequest(
              "A field of the form holds a NUL character. Nothing was changed.");
        }
      }
    }
  }

  /** The signed-in member of staff; the gate has already turned everyone else away. */
  static StaffSession staff(Context ctx) {
    StaffSession s = ctx.attribute(SESSION);
    if (s == null) {
      throw new ForbiddenResponse("Sign in first.");
    }
    return s;
  }

  static void requireCsrf(Context ctx, String expected) {
    String given = ctx.formParam("_csrf");
    if (given == null
        || !MessageDigest.isEqual(
            given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse(
          "This form has expired or did not come from the newsroom. Go back, reload and try"
              + " again.");
    }
  }

  /** A "next" target only ever inside the newsroom: never another host, never a scheme. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/admin")
        || next.startsWith("//")
        || next.contains("\\")
        || next.contains("://")
        || next.chars().anyMatch(c -> c < 0x20)) {
      return "/admin";
    }
    return next;
  }

  private static String pathAndQuery(Context ctx) {
    return ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
  }
}
