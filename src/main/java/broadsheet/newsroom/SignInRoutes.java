package broadsheet.newsroom;

import broadsheet.config.TrustedProxies;
import broadsheet.content.AuthorRepository;
import broadsheet.content.Slugs;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Signing in and out, first-time setup and password changes. The sign-in form is protected against
 * login CSRF by a double-submit token: a short-lived cookie that the form repeats.
 */
final class SignInRoutes {
  private static final String LOGIN_COOKIE = "newsroom_login";

  private final AccountRepository accounts;
  private final AuthorRepository authors;
  private final SessionStore sessions;
  private final SignInThrottle throttle;
  private final TrustedProxies proxies;
  private final SetupTokens setup;
  private final Templates templates;
  private final Supplier<String> siteName;
  private final Supplier<String> stylesheet;
  private final AdminFrames frames;

  SignInRoutes(
      AccountRepository accounts,
      AuthorRepository authors,
      SessionStore sessions,
      SignInThrottle throttle,
      TrustedProxies proxies,
      SetupTokens setup,
      Templates templates,
      Supplier<String> siteName,
      Supplier<String> stylesheet,
      AdminFrames frames) {
    this.accounts = accounts;
    this.authors = authors;
    this.sessions = sessions;
    this.throttle = throttle;
    this.proxies = proxies;
    this.setup = setup;
    this.templates = templates;
    this.siteName = siteName;
    this.stylesheet = stylesheet;
    this.frames = frames;
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin/login", this::form);
    config.routes.post("/admin/login", this::signIn);
    config.routes.post("/admin/logout", this::signOut);
    config.routes.get("/admin/setup", this::setupForm);
    config.routes.post("/admin/setup", this::setupAdmin);
    config.routes.get("/admin/password", ctx -> password(ctx, Map.of(), null));
    config.routes.post("/admin/password", this::changePassword);
  }

  private void form(Context ctx) {
    signInPage(ctx, NewsroomGate.safeNext(ctx.queryParam("next")), "", null, 200);
  }

  private void signIn(Context ctx) {
    String next = NewsroomGate.safeNext(ctx.formParam("next"));
    String email = Forms.value(ctx, "email");
    String cookie = ctx.cookie(LOGIN_COOKIE);
    if (cookie == null || !cookie.equals(ctx.formParam("_login"))) {
      signInPage(ctx, next, email, "The form expired. Please sign in again.", 403);
      return;
    }
    String address =
        proxies.clientOf(ctx.ip(), Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
    Duration wait = throttle.wait(email, address);
    if (!wait.isZero()) {
      long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
      ctx.header("Retry-After", String.valueOf(seconds));
      signInPage(
          ctx, next, email, "Too many failed attempts. Try again in " + spoken(seconds) + ".", 429);
      return;
    }
    var account = accounts.findByEmail(email).filter(a -> !a.disabled());
    String hash = account.map(a -> accounts.passwordHash(a.id())).orElse(null);
    // Check a password even for unknown accounts, so timing does not reveal which exist.
    boolean ok = Passwords.matches(ctx.formParam("password"), hash == null ? Dummy.HASH : hash);
    if (account.isEmpty() || hash == null || !ok) {
      throttle.failed(email, address);
      signInPage(ctx, next, email, "That email and password do not match an account.", 401);
      return;
    }
    throttle.succeeded(email, address);
    // A fresh token at every sign-in: any session id planted before it is worthless.
    var old = ctx.attribute(NewsroomGate.SESSION);
    if (old instanceof StaffSession s) {
      sessions.end(s.tokenHash());
    }
    startSession(ctx, account.get().id());
    ctx.removeCookie(LOGIN_COOKIE, "/admin");
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  /** "1 second", "8 seconds", "2 minutes": how long a person is asked to wait. */
  private static String spoken(long seconds) {
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long minutes = (seconds + 59) / 60;
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  private void signOut(Context ctx) {
    StaffSession s = NewsroomGate.staff(ctx);
    sessions.end(s.tokenHash());
    ctx.removeCookie(NewsroomGate.COOKIE, "/");
    ctx.redirect("/admin/login", HttpStatus.SEE_OTHER);
  }

  private void setupForm(Context ctx) {
    String token = ctx.queryParam("token");
    if (accounts.anyAdmin() || !setup.valid(token)) {
      throw new io.javalin.http.NotFoundResponse("No setup is waiting.");
    }
    setupPage(ctx, token, Map.of(), "", "");
  }

  private void setupAdmin(Context ctx) {
    NewsroomGate.refuseControlCharacters(ctx);
    String token = ctx.formParam("token");
    String cookie = ctx.cookie(LOGIN_COOKIE);
    if (accounts.anyAdmin() || !setup.valid(token)) {
      throw new io.javalin.http.NotFoundResponse("No setup is waiting.");
    }
    if (cookie == null || !cookie.equals(ctx.formParam("_login"))) {
      throw new io.javalin.http.ForbiddenResponse("The form expired. Reload the setup link.");
    }
    String email = Forms.value(ctx, "email");
    String name = Forms.value(ctx, "name");
    String password = ctx.formParam("password");
    Map<String, String> errors = new LinkedHashMap<>();
    if (!email.matches("[^@\\s]{1,64}@[^@\\s]{1,255}")) {
      errors.put("email", "Enter an email address.");
    }
    if (name.isBlank() || name.codePointCount(0, name.length()) > AccountRepository.NAME_LIMIT) {
      errors.put("name", "Enter your name.");
    }
    String problem = Passwords.problem(password);
    if (problem != null) {
      errors.put("password", problem);
    }
    if (!errors.isEmpty()) {
      ctx.status(400);
      setupPage(ctx, token, errors, email, name);
      return;
    }
    long authorId = authors.insert(freeAuthorSlug(name), name, "", null);
    long id = accounts.insert(email, name, Role.ADMIN, Passwords.hash(password), authorId);
    setup.spent();
    startSession(ctx, id);
    ctx.redirect("/admin", HttpStatus.SEE_OTHER);
  }

  private void changePassword(Context ctx) {
    StaffSession s = NewsroomGate.staff(ctx);
    Map<String, String> errors = new LinkedHashMap<>();
    if (!Passwords.matches(ctx.formParam("current"), accounts.passwordHash(s.account().id()))) {
      errors.put("current", "That is not your current password.");
    }
    String problem = Passwords.problem(ctx.formParam("password"));
    if (problem != null) {
      errors.put("password", problem);
    } else if (!ctx.formParam("password").equals(ctx.formParam("repeat"))) {
      errors.put("repeat", "The two new passwords differ.");
    }
    if (!errors.isEmpty()) {
      ctx.status(400);
      password(ctx, errors, null);
      return;
    }
    accounts.setPassword(s.account().id(), Passwords.hash(ctx.formParam("password")));
    sessions.endOthers(s.account().id(), s.tokenHash());
    password(ctx, Map.of(), "Your password has been changed; other sessions were signed out.");
  }

  private void password(Context ctx, Map<String, String> errors, String message) {
    ctx.html(
        templates.render(
            "admin/password.jte",
            new AdminViews.Password(frames.frame(ctx, "password"), errors, message)));
  }

  String freeAuthorSlug(String name) {
    String base = Slugs.of(name);
    String slug = base;
    for (int n = 2; authors.findBySlug(slug).isPresent(); n++) {
      slug = base + "-" + n;
    }
    return slug;
  }

  private void startSession(Context ctx, long accountId) {
    String token = sessions.start(accountId);
    Cookie cookie = new Cookie(NewsroomGate.COOKIE, token);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.LAX);
    cookie.setSecure(secure(ctx));
    ctx.cookie(cookie);
  }

  private void signInPage(Context ctx, String next, String email, String error, int status) {
    String token = loginToken(ctx);
    ctx.status(status);
    ctx.html(
        templates.render(
            "admin/login.jte",
            new AdminViews.SignIn(
                siteName.get(), stylesheet.get(), next, token, email, error, status)));
  }

  private void setupPage(
      Context ctx, String token, Map<String, String> errors, String email, String name) {
    ctx.html(
        templates.render(
            "admin/setup.jte",
            new AdminViews.Setup(
                siteName.get(), stylesheet.get(), token, loginToken(ctx), errors, email, name)));
  }

  private static String loginToken(Context ctx) {
    String token = Passwords.token();
    Cookie cookie = new Cookie(LOGIN_COOKIE, token);
    cookie.setPath("/admin");
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setMaxAge(3600);
    cookie.setSecure(secure(ctx));
    ctx.cookie(cookie);
    return token;
  }

  /** Over https, or from a trusted proxy that says so (web/ForwardedHttps decides which). */
  static boolean secure(Context ctx) {
    return "https".equals(ctx.scheme());
  }

  /**
   * Checked against when no account matches, so a wrong address costs as long as a wrong password.
   * Hashed on the first sign-in rather than at start-up, where a cold JVM spends most of a second
   * on it.
   */
  private static final class Dummy {
    static final String HASH = Passwords.hash("not a real password, only for timing");
  }
}
