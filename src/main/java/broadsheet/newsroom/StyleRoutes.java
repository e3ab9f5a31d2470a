package broadsheet.newsroom;

import broadsheet.checks.SiteViews;
import broadsheet.checks.Style;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The paper's house style as the editorial checks apply it (curly or straight quotes, how long a
 * headline may be), set by editors and admins; the next check on any node reads it.
 */
final class StyleRoutes {
  private final SiteViews views;
  private final Templates templates;
  private final AdminFrames frames;

  StyleRoutes(SiteViews views, Templates templates, AdminFrames frames) {
    this.views = views;
    this.templates = templates;
    this.frames = frames;
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin/style", this::show);
    config.routes.post("/admin/style", this::save);
  }

  private void show(Context ctx) {
    requireDesk(ctx);
    Style style = views.style();
    page(
        ctx,
        style.curlyQuotes() ? "curly" : "straight",
        String.valueOf(style.headlineChars()),
        String.valueOf(style.headlineWidth()),
        Map.of(),
        "1".equals(ctx.queryParam("saved")));
  }

  private void save(Context ctx) {
    requireDesk(ctx);
    String quotes = Forms.value(ctx, "quotes");
    String chars = Forms.value(ctx, "headline_chars");
    String width = Forms.value(ctx, "headline_width");
    Map<String, String> errors = new LinkedHashMap<>();
    Style.problems(quotes, chars, width)
        .forEach((field, allowed) -> errors.put(field, "Use " + allowed + "."));
    if (!errors.isEmpty()) {
      ctx.status(400);
      page(ctx, quotes, chars, width, errors, false);
      return;
    }
    views.save(new Style(quotes.equals("curly"), Integer.parseInt(chars), Integer.parseInt(width)));
    ctx.redirect("/admin/style?saved=1", HttpStatus.SEE_OTHER);
  }

  private void page(
      Context ctx,
      String quotes,
      String chars,
      String width,
      Map<String, String> errors,
      boolean saved) {
    ctx.html(
        templates.render(
            "admin/style.jte",
            new AdminViews.HouseStyle(
                frames.frame(ctx, "style"), quotes, chars, width, errors, saved)));
  }

  private static void requireDesk(Context ctx) {
    if (!Permissions.managesDesk(NewsroomGate.staff(ctx).account())) {
      throw new ForbiddenResponse("Only editors and admins set the house style.");
    }
  }
}
