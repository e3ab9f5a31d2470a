package broadsheet.newsroom;

import broadsheet.content.CleanText;
import broadsheet.web.PageError;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
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
      mayUpload(ctx, session.get().account());
      requireCsrf(ctx, session.get().csrfToken());
      refuseControlCharacters(ctx);
    }
  }

  /**
   * The upload routes take the only large (multipart) bodies: the role is checked before a byte of
   * one is read (the CSRF token is inside it).
   */
  private static void mayUpload(Context ctx, Account account) {
    switch (ctx.path()) {
      case "/admin/media" -> {
        if (!Permissions.canUpload(account)) {
          throw new ForbiddenResponse("Your role cannot upload images.");
        }
      }
      case "/admin/import" -> {
        if (!Permissions.managesAccounts(account)) {
          throw new ForbiddenResponse("Only admins import content.");
        }
      }
      default -> {}
    }
  }

  /** The fields of the newsroom's forms that hold several lines (bodies, corrections). */
  private static final Set<String> MULTI_LINE = Set.of("body", "text");

  /**
   * A form with a control character (other than tab and line breaks in a body) or an unpaired
   * surrogate in any field is refused whole, naming the field: such characters are never text,
   * PostgreSQL cannot store NUL at all, and XML (feeds, sitemaps) cannot hold the others.
   */
  static void refuseControlCharacters(Context ctx) {
    for (Map.Entry<String, List<String>> field : ctx.formParamMap().entrySet()) {
      for (String value : field.getValue()) {
        int at = CleanText.firstForbidden(value, MULTI_LINE.contains(field.getKey()));
        if (at >= 0) {
          char c = value.charAt(at);
          String what =
              c == 0
                  ? "a NUL character"
                  : Character.isSurrogate(c) ? "half a character" : "a control character";
          throw PageError.badRequest(
              String.format(
                  "The field \"%s\" holds %s (U+%04X at position %d), which is not text."
                      + " Nothing was changed.",
                  field.getKey(), what, (int) c, at + 1));
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
