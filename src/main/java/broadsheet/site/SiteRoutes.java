package broadsheet.site;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.PageRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.SiteSettings;
import broadsheet.content.TagRepository;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The reader-facing site: its route table, the page chrome, and error pages. */
public final class SiteRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(SiteRoutes.class);

  private final Supplier<SiteSettings> site;
  private final SectionRepository sections;
  private final Assets assets;
  private final Templates templates;
  private final Pages pages;
  private final ConsentRoutes consent;
  private final PublicResponses responses;
  private final PreviewAccess preview;
  private final BooleanSupplier searchReady;
  private final MovedPages moved;

  public SiteRoutes(
      Supplier<SiteSettings> site,
      SectionRepository sections,
      ArticleRepository articles,
      AuthorRepository authors,
      TagRepository tags,
      PageRepository staticPages,
      Assets assets,
      Templates templates,
      PublicResponses responses,
      PreviewAccess preview,
      BiFunction<Article, Integer, List<Article>> related,
      BooleanSupplier searchReady,
      MovedPages moved) {
    this.site = site;
    this.sections = sections;
    this.assets = assets;
    this.templates = templates;
    this.responses = responses;
    this.preview = preview;
    this.searchReady = searchReady;
    this.moved = moved;
    this.pages =
        new Pages(
            this::chrome,
            sections,
            articles,
            authors,
            tags,
            staticPages,
            assets,
            templates,
            responses,
            preview,
            related);
    this.consent = new ConsentRoutes(ctx -> chrome(ctx, null), templates);
  }

  public void register(JavalinConfig config) {
    config.router.ignoreTrailingSlashes = false;
    config.routes.before(this::previewHost);
    config.routes.before(this::dropTrailingSlash);
    config.routes.before("/", this::wordPressQuery);
    readable(config, "/healthz", ctx -> ctx.contentType("text/plain").result("ok"));
    readable(config, "/readyz", ctx -> ready(ctx));
    readable(config, "/static/<path>", this::staticFile);
    consent.register(config);
    readable(config, "/", pages::home);
    readable(config, "/tag/{slug}", pages::tag);
    readable(config, "/author/{slug}", pages::author);
    readable(config, "/page/{slug}", pages::page);
    readable(config, "/{section}", pages::section);
    readable(config, "/{section}/{slug}", pages::article);
    config.routes.exception(PageError.class, this::errorPage);
    config.routes.exception(Exception.class, this::failure);
    config.routes.error(404, this::notFound);
  }

  /**
   * Registers a GET route and the same handler for HEAD. Javalin would otherwise answer HEAD with
   * an empty 200 without running the handler, so status, ETag and length would all be wrong; Jetty
   * drops the body of a HEAD response itself.
   */
  public static void readable(JavalinConfig config, String path, Handler handler) {
    config.routes.get(path, handler);
    config.routes.head(path, handler);
  }

  /**
   * The preview host is never indexed, and shows nothing to strangers: staff see everything, a
   * holder of a preview link sees that one article (checked by the article page itself).
   */
  private void previewHost(Context ctx) {
    if (!preview.onPreviewHost(ctx)) {
      return;
    }
    ctx.header("X-Robots-Tag", "noindex, nofollow");
    boolean staticFile = ctx.path().startsWith("/static/") || ctx.path().startsWith("/media/");
    if (!staticFile && ctx.queryParam("preview") == null && !preview.isStaff(ctx)) {
      throw PageError.notFound();
    }
  }

  /**
   * Canonical URLs have no trailing slash; the other form answers 301, straight to where an old
   * address now lives when it is one (WordPress's permalinks all end in a slash).
   */
  private void dropTrailingSlash(Context ctx) {
    String path = ctx.path();
    if (path.length() > 1 && path.endsWith("/")) {
      if (redirectMoved(ctx)) {
        return;
      }
      String target = path.replaceAll("/+$", "");
      if (target.isEmpty()) {
        target = "/";
      }
      String query = ctx.queryString();
      ctx.redirect(target + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
    }
  }

  /**
   * The home page asked with WordPress's query (?p=123, ?page_id=, ?cat=, ?feed=) is an old link.
   */
  private void wordPressQuery(Context ctx) {
    var query = ctx.queryParamMap();
    boolean wordPress =
        query.containsKey("p")
            || query.containsKey("page_id")
            || query.containsKey("cat")
            || query.containsKey("tag")
            || query.containsKey("author")
            || query.containsKey("feed");
    if (wordPress && !redirectMoved(ctx)) {
      throw PageError.notFound();
    }
  }

  /** Answers 301 when the address is an old one whose content lives elsewhere now. */
  private boolean redirectMoved(Context ctx) {
    var target = moved.find(ctx.path(), ctx.queryParamMap());
    if (target.isEmpty() || target.get().equals(ctx.path())) {
      return false;
    }
    ctx.attribute("error-rendered", true);
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.redirect(target.get(), HttpStatus.MOVED_PERMANENTLY);
    ctx.skipRemainingHandlers();
    return true;
  }

  /** Ready when the store answers and the search index has opened (it opens after start-up). */
  private void ready(Context ctx) {
    sections.all();
    if (!searchReady.getAsBoolean()) {
      ctx.status(503).contentType("text/plain").result("search index opening");
      return;
    }
    ctx.contentType("text/plain").result("ready");
  }

  private void staticFile(Context ctx) {
    String path = ctx.pathParam("path");
    var asset = assets.find(path).orElseThrow(PageError::notFound);
    responses.send(
        ctx,
        asset.contentType(),
        asset.bytes(),
        Set.of("static"),
        assets.isFingerprinted(path)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600");
  }

  /** The chrome of a page outside any section, for other features' pages (search). */
  public Chrome chromeFor(Context ctx) {
    return chrome(ctx, null);
  }

  Chrome chrome(Context ctx, String currentSection) {
    List<Section> navigation = sections.all().stream().filter(s -> s.parentId() == null).toList();
    return new Chrome(
        site.get(),
        navigation,
        Consent.parse(ctx.cookie(Consent.COOKIE)),
        ctx.path(),
        assets.url("site.css"),
        assets.url("logo.png"),
        currentSection,
        preview.onPreviewHost(ctx));
  }

  private void errorPage(PageError e, Context ctx) {
    if (e.status() == 404 && redirectMoved(ctx)) {
      return;
    }
    renderError(ctx, e.status(), e.heading(), e.getMessage());
  }

  private void notFound(Context ctx) {
    if (ctx.attribute("error-rendered") == null && !redirectMoved(ctx)) {
      PageError e = PageError.notFound();
      renderError(ctx, 404, e.heading(), e.getMessage());
    }
  }

  private void failure(Exception e, Context ctx) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof org.eclipse.jetty.http.HttpException bad && bad.getCode() < 500) {
        // A body the server would not read (an upload over its limit, a broken form): the
        // sender's problem, said as such.
        boolean tooLarge =
            String.valueOf(broadsheet.store.Database.rootMessage(e)).contains("size exceeded");
        renderError(
            ctx,
            tooLarge ? 413 : bad.getCode(),
            tooLarge ? "That file is too large" : "That request could not be read",
            tooLarge
                ? "The file is larger than this form accepts. Nothing was changed."
                : "The form could not be read. Nothing was changed.");
        return;
      }
    }
    LOG.error("request {} failed", ctx.path(), e);
    renderError(
        ctx,
        500,
        "Something went wrong",
        "The page could not be shown because of an error on our side. Please try again shortly.");
  }

  private void renderError(Context ctx, int status, String heading, String message) {
    ctx.attribute("error-rendered", true);
    Chrome c;
    try {
      c = chrome(ctx, null);
    } catch (RuntimeException e) {
      ctx.status(status).contentType("text/plain; charset=utf-8").result(heading + "\n");
      return;
    }
    PageMeta meta =
        PageMeta.of(heading + " | " + c.site().name(), message, c.site().absolute(ctx.path()))
            .withNoindex();
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    ctx.html(templates.render("error.jte", new Views.ErrorPage(c, meta, status, heading, message)));
  }
}
