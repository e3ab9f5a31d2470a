package broadsheet.api;

import broadsheet.content.CleanText;
import broadsheet.newsroom.AdminViews;
import broadsheet.web.Dates;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The newsroom's page for content keys, for admins: a key per consuming app, shown once when it is
 * made, revocable. The newsroom's gate has checked the session and the form's CSRF token first.
 */
public final class ContentKeyRoutes {
  static final int NAME_LIMIT = 200;

  /** What admin/content-keys.jte is given. */
  public record Page(
      AdminViews.Frame frame,
      boolean required,
      List<Row> keys,
      String name,
      String error,
      String createdName,
      String createdKey) {
    /** The form's errors by field, as the newsroom's field template takes them. */
    public Map<String, String> errors() {
      return error == null ? Map.of() : Map.of("name", error);
    }
  }

  /** A key as listed: dates for people, never the key. */
  public record Row(
      long id, String name, String createdBy, String created, String lastUsed, String revoked) {}

  private final ContentKeys keys;
  private final boolean required;
  private final Templates templates;
  private final BiFunction<Context, String, AdminViews.Frame> frames;
  private final Supplier<ZoneId> zone;

  /**
   * @param frames the newsroom's frame of a page for this request (its account, its CSRF token)
   */
  public ContentKeyRoutes(
      ContentKeys keys,
      boolean required,
      Templates templates,
      BiFunction<Context, String, AdminViews.Frame> frames,
      Supplier<ZoneId> zone) {
    this.keys = keys;
    this.required = required;
    this.templates = templates;
    this.frames = frames;
    this.zone = zone;
  }

  public void register(JavalinConfig config) {
    config.routes.get("/admin/content-keys", ctx -> page(ctx, admin(ctx), "", null, null, null));
    config.routes.post("/admin/content-keys", this::create);
    config.routes.post("/admin/content-keys/{id}/revoke", this::revoke);
  }

  private void create(Context ctx) {
    AdminViews.Frame frame = admin(ctx);
    String given = ctx.formParam("name");
    String name = given == null ? "" : CleanText.line(given).strip();
    String error =
        name.isEmpty()
            ? "Name the app that will use the key."
            : name.length() > NAME_LIMIT
                ? "A name may be " + NAME_LIMIT + " characters long at most."
                : null;
    if (error != null) {
      ctx.status(400);
      page(ctx, frame, name, error, null, null);
      return;
    }
    String key = keys.create(name, frame.account().id());
    ctx.status(201);
    page(ctx, frame, "", null, name, key);
  }

  private void revoke(Context ctx) {
    admin(ctx);
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}") || !keys.revoke(Long.parseLong(id))) {
      throw new NotFoundResponse("No such live key.");
    }
    ctx.redirect("/admin/content-keys", HttpStatus.SEE_OTHER);
  }

  private AdminViews.Frame admin(Context ctx) {
    AdminViews.Frame frame = frames.apply(ctx, "content-keys");
    if (!frame.may("accounts")) {
      throw new ForbiddenResponse("Only admins manage content keys.");
    }
    return frame;
  }

  private void page(
      Context ctx,
      AdminViews.Frame frame,
      String name,
      String error,
      String createdName,
      String createdKey) {
    ZoneId z = zone.get();
    List<Row> rows =
        keys.all().stream()
            .map(
                k ->
                    new Row(
                        k.id(),
                        k.name(),
                        k.createdBy() == null ? "" : k.createdBy(),
                        Dates.human(k.createdAt(), z),
                        k.lastUsedAt() == null ? "never" : Dates.human(k.lastUsedAt(), z),
                        k.revoked() ? Dates.human(k.revokedAt(), z) : null))
            .toList();
    ctx.header("Cache-Control", "no-store");
    ctx.html(
        templates.render(
            "admin/content-keys.jte",
            new Page(frame, required, rows, name, error, createdName, createdKey)));
  }
}
