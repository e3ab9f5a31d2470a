package broadsheet.web;

import broadsheet.config.StoreAddress;
import broadsheet.store.Database;
import broadsheet.store.Outage;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error pages of the whole app, whichever feature failed: a {@link PageError} with its status,
 * a body the server would not read, a store that cannot be reached (503), an unexpected failure,
 * and a 404 (first offered to the moved pages, since an old address reaches here when nothing
 * answers it).
 */
public final class ErrorPages {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

  /** Set on a request whose answer is already written, so the 404 handler leaves it alone. */
  static final String RENDERED = "error-rendered";

  /** How soon a reader may try again when the store cannot be reached. */
  static final int RETRY_AFTER_SECONDS = 30;

  private final PageChrome chrome;
  private final Templates templates;
  private final MovedPages moved;
  private final ErrorFormat format;

  /**
   * @param format answers the errors of the paths it claims (the APIs) in its own format
   */
  public ErrorPages(PageChrome chrome, Templates templates, MovedPages moved, ErrorFormat format) {
    this.chrome = chrome;
    this.templates = templates;
    this.moved = moved;
    this.format = format;
  }

  /** What error.jte is given. */
  public record View(Chrome chrome, PageMeta meta, int status, String heading, String message) {}

  public void register(JavalinConfig config) {
    config.routes.exception(PageError.class, this::errorPage);
    config.routes.exception(Exception.class, this::failure);
    config.routes.error(404, this::notFound);
  }

  private void errorPage(PageError e, Context ctx) {
    if (e.status() == 404 && !format.claims(ctx.path()) && moved.redirect(ctx)) {
      return;
    }
    render(ctx, e.status(), e.heading(), e.getMessage());
  }

  private void notFound(Context ctx) {
    if (ctx.attribute(RENDERED) == null && (format.claims(ctx.path()) || !moved.redirect(ctx))) {
      PageError e = PageError.notFound();
      render(ctx, 404, e.heading(), e.getMessage());
    }
  }

  private void failure(Exception e, Context ctx) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpException bad && bad.getCode() < 500) {
        // A body the server would not read (an upload over its limit, a broken form): the
        // sender's problem, said as such.
        boolean tooLarge = String.valueOf(Database.rootMessage(e)).contains("size exceeded");
        render(
            ctx,
            tooLarge ? 413 : bad.getCode(),
            tooLarge ? "That file is too large" : "That request could not be read",
            tooLarge
                ? "The file is larger than this form accepts. Nothing was changed."
                : "The form could not be read. Nothing was changed.");
        return;
      }
    }
    if (Outage.causedBy(e)) {
      // The database is away: a reader may try again soon (the pool reconnects by itself), and
      // pages already in the page cache go on being served in front of this.
      LOG.warn(
          "request {} failed: the store cannot be reached ({})",
          ctx.path(),
          StoreAddress.redact(Database.rootMessage(e)));
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      render(
          ctx,
          503,
          "Temporarily unavailable",
          "This page cannot be shown just now. Please try again in a minute.");
      return;
    }
    LOG.error("request {} failed", ctx.path(), e);
    render(
        ctx,
        500,
        "Something went wrong",
        "The page could not be shown because of an error on our side. Please try again shortly.");
  }

  private void render(Context ctx, int status, String heading, String message) {
    ctx.attribute(RENDERED, true);
    if (format.claims(ctx.path())) {
      format.answer(ctx, status);
      return;
    }
    ctx.header("Cache-Control", "no-store");
    ctx.header("Vary", "Cookie");
    Chrome c;
    try {
      c = chrome.of(ctx);
    } catch (RuntimeException e) {
      ctx.status(status).contentType("text/plain; charset=utf-8").result(heading + "\n");
      return;
    }
    PageMeta meta =
        PageMeta.of(heading + " | " + c.site().name(), message, c.site().absolute(ctx.path()))
            .withNoindex();
    ctx.status(status);
    ctx.html(templates.render("error.jte", new View(c, meta, status, heading, message)));
  }
}
