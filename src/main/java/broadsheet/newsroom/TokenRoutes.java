package broadsheet.newsroom;

import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The account page's personal access tokens: every member of staff makes and revokes their own. A
 * new token's secret is on the answer to the form that made it, and nowhere else ever again.
 */
final class TokenRoutes {
  /** The lifetimes the form offers, in days; empty: no expiry. */
  static final List<String> LIFETIMES = List.of("30", "90", "365", "");

  private final AccessTokens tokens;
  private final Templates templates;
  private final AdminFrames frames;
  private final Supplier<ZoneId> zone;
  private final Clock clock;

  TokenRoutes(
      AccessTokens tokens,
      Templates templates,
      AdminFrames frames,
      Supplier<ZoneId> zone,
      Clock clock) {
    this.tokens = tokens;
    this.templates = templates;
    this.frames = frames;
    this.zone = zone;
    this.clock = clock;
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin/tokens", ctx -> page(ctx, Map.of(), "", "90", null));
    config.routes.post("/admin/tokens", this::create);
    config.routes.post("/admin/tokens/{id}/revoke", this::revoke);
  }

  private void create(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    String label = Forms.value(ctx, "label");
    String expires = Forms.value(ctx, "expires");
    Map<String, String> errors = new LinkedHashMap<>();
    String labelProblem = AccessTokens.labelProblem(label);
    if (labelProblem != null) {
      errors.put("label", labelProblem);
    }
    if (!LIFETIMES.contains(expires)) {
      errors.put("expires", "Choose a lifetime from the list.");
    }
    if (!errors.isEmpty()) {
      ctx.status(400);
      page(ctx, errors, label, expires, null);
      return;
    }
    var issued = tokens.issue(me.id(), label, expires.isEmpty() ? null : Integer.parseInt(expires));
    ctx.status(201);
    page(ctx, Map.of(), "", "90", issued.secret());
  }

  private void revoke(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}") || !tokens.revoke(me.id(), Long.parseLong(id))) {
      throw new NotFoundResponse("No such token.");
    }
    ctx.redirect("/admin/tokens", HttpStatus.SEE_OTHER);
  }

  private void page(
      Context ctx, Map<String, String> errors, String label, String expires, String secret) {
    Account me = NewsroomGate.staff(ctx).account();
    ctx.html(
        templates.render(
            "admin/tokens.jte",
            new TokenPage(
                frames.frame(ctx, "tokens"),
                tokens.of(me.id()),
                errors,
                label,
                expires,
                secret,
                zone.get(),
                clock.instant())));
  }
}
