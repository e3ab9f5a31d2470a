package broadsheet.webhooks;

import broadsheet.newsroom.AdminViews;
import broadsheet.web.Dates;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The newsroom's webhooks, for admins: add one (its secret shown once), remove one, and read each
 * one's delivery log, with "send again" on every delivery. The newsroom's gate has checked the
 * session and the form's CSRF token first.
 */
public final class WebhookRoutes {
  /** Deliveries the log shows, newest first. */
  static final int LOG_LENGTH = 100;

  private final WebhookStore webhooks;
  private final DeliveryQueue queue;
  private final Runnable queued;
  private final Templates templates;
  private final BiFunction<Context, String, AdminViews.Frame> frames;
  private final Supplier<ZoneId> zone;

  WebhookRoutes(
      WebhookStore webhooks,
      DeliveryQueue queue,
      Runnable queued,
      Templates templates,
      BiFunction<Context, String, AdminViews.Frame> frames,
      Supplier<ZoneId> zone) {
    this.webhooks = webhooks;
    this.queue = queue;
    this.queued = queued;
    this.templates = templates;
    this.frames = frames;
    this.zone = zone;
  }

  public void register(JavalinConfig config) {
    config.routes.get(
        "/admin/webhooks", ctx -> list(ctx, admin(ctx), "", Set.of(), Map.of(), null));
    config.routes.post("/admin/webhooks", this::add);
    config.routes.post("/admin/webhooks/{id}/remove", this::remove);
    config.routes.get("/admin/webhooks/{id}", this::log);
    config.routes.post("/admin/webhooks/{id}/deliveries/{delivery}/again", this::again);
  }

  private void add(Context ctx) {
    AdminViews.Frame frame = admin(ctx);
    String given = ctx.formParam("url");
    String url = given == null ? "" : given.strip();
    List<String> chosen = ctx.formParams("events");
    Map<String, String> errors = new LinkedHashMap<>();
    String urlProblem = WebhookStore.urlProblem(url);
    if (urlProblem != null) {
      errors.put("url", urlProblem);
    }
    Set<Event> events = EnumSet.noneOf(Event.class);
    try {
      events = Event.parse(String.join(",", chosen));
    } catch (IllegalArgumentException e) {
      errors.put(
          "events",
          chosen.isEmpty() ? "Choose at least one event." : "Choose events from the list.");
    }
    if (!errors.isEmpty()) {
      ctx.status(400);
      list(ctx, frame, url, events, errors, null);
      return;
    }
    WebhookStore.Added added = webhooks.add(url, events, frame.account().id());
    ctx.status(201);
    list(ctx, frame, "", Set.of(), Map.of(), new Made(url, added.secret()));
  }

  private void remove(Context ctx) {
    admin(ctx);
    if (!webhooks.remove(id(ctx, "id"))) {
      throw new NotFoundResponse("No such webhook.");
    }
    ctx.redirect("/admin/webhooks", HttpStatus.SEE_OTHER);
  }

  private void again(Context ctx) {
    admin(ctx);
    long hook = id(ctx, "id");
    long delivery = id(ctx, "delivery");
    if (webhooks.find(hook).isEmpty()) {
      throw new NotFoundResponse("No such webhook.");
    }
    if (!queue.again(hook, delivery)) {
      if (!queue.has(hook, delivery)) {
        throw new NotFoundResponse("This webhook has no such delivery.");
      }
      throw new ConflictResponse("This delivery is being sent right now; look again shortly.");
    }
    queued.run();
    ctx.redirect("/admin/webhooks/" + hook + "?again=" + delivery, HttpStatus.SEE_OTHER);
  }

  private void log(Context ctx) {
    AdminViews.Frame frame = admin(ctx);
    WebhookStore.Webhook hook =
        webhooks.find(id(ctx, "id")).orElseThrow(() -> new NotFoundResponse("No such webhook."));
    ZoneId z = zone.get();
    List<WebhookPages.Delivery> rows =
        queue.log(hook.id(), LOG_LENGTH).stream()
            .map(
                e ->
                    new WebhookPages.Delivery(
                        e.id(),
                        e.event(),
                        e.eventId(),
                        e.articleId(),
                        e.status(),
                        e.attempts(),
                        Dates.human(e.createdAt(), z),
                        e.lastAttemptAt() == null ? "not yet" : Dates.human(e.lastAttemptAt(), z),
                        e.responseCode() == null ? "" : String.valueOf(e.responseCode()),
                        e.error() == null ? "" : e.error()))
            .toList();
    String again = ctx.queryParam("again");
    render(
        ctx,
        "admin/webhook-log.jte",
        new WebhookPages.Log(
            frame, row(hook, z), rows, again != null && again.matches("[0-9]{1,18}")));
  }

  /** A secret just made, with the address it signs for. */
  record Made(String url, String secret) {}

  private void list(
      Context ctx,
      AdminViews.Frame frame,
      String url,
      Set<Event> events,
      Map<String, String> errors,
      Made made) {
    ZoneId z = zone.get();
    List<WebhookPages.Hook> rows = webhooks.all().stream().map(w -> row(w, z)).toList();
    render(
        ctx,
        "admin/webhooks.jte",
        new WebhookPages.Overview(
            frame,
            rows,
            url,
            events.stream().map(Event::code).toList(),
            errors,
            made == null ? null : made.url(),
            made == null ? null : made.secret()));
  }

  private static WebhookPages.Hook row(WebhookStore.Webhook w, ZoneId z) {
    return new WebhookPages.Hook(
        w.id(),
        w.url(),
        w.events().stream().sorted().map(Event::code).toList(),
        w.createdBy().isEmpty() ? "the command line" : w.createdBy(),
        Dates.human(w.createdAt(), z));
  }

  private void render(Context ctx, String template, Object page) {
    ctx.header("Cache-Control", "no-store");
    ctx.html(templates.render(template, page));
  }

  private AdminViews.Frame admin(Context ctx) {
    AdminViews.Frame frame = frames.apply(ctx, "webhooks");
    if (!frame.may("accounts")) {
      throw new ForbiddenResponse("Only admins manage webhooks.");
    }
    return frame;
  }

  private static long id(Context ctx, String name) {
    String id = ctx.pathParam(name);
    if (!id.matches("[0-9]{1,18}")) {
      throw new NotFoundResponse("No such " + (name.equals("id") ? "webhook." : "delivery."));
    }
    return Long.parseLong(id);
  }
}
