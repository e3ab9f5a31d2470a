package broadsheet.newsroom;

import broadsheet.changes.ChangeFeed;
import broadsheet.checks.EditorialChecks;
import broadsheet.checks.SiteViews;
import broadsheet.config.TrustedProxies;
import broadsheet.content.ArticleRepository;
import broadsheet.content.ArticleWrites;
import broadsheet.content.AuthorRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.SiteSettings;
import broadsheet.content.TagRepository;
import broadsheet.media.MediaStore;
import broadsheet.search.RelatedPins;
import broadsheet.store.Database;
import broadsheet.web.CacheBypass;
import broadsheet.web.PreviewAccess;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The newsroom at /admin, built from its parts: accounts and sessions, the editor and the workflow,
 * history, preview links, images and the scheduler. Every /admin route passes the gate.
 */
public final class Newsroom implements AutoCloseable {
  /** The staff session's cookie; the page cache passes by every request with a live one. */
  public static final String STAFF_COOKIE = "newsroom_session";

  /** Whether a session cookie's token names a live session, asked without touching it. */
  public static Predicate<String> liveSessions(Database database, Clock clock) {
    return new SessionStore(database, new AccountRepository(database), clock)::live;
  }

  private final NewsroomGate gate;
  private final SignInRoutes signIn;
  private final ArticleDeskRoutes articles;
  private final SectionDeskRoutes desk;
  private final AccountRoutes accountRoutes;
  private final TokenRoutes tokenRoutes;
  private final AccessTokens tokens;
  private final Editorial editorial;
  private final MediaRoutes media;
  private final StyleRoutes style;
  private final ImportRoutes imports;
  private final Scheduler scheduler;
  private final LongSupplier published;
  private final PreviewGate preview;
  private final SetupTokens setup;
  private final AccountRepository accountRepository;
  private final Templates templates;
  private final AdminFrames frames;

  public Newsroom(
      Database database,
      ArticleRepository articleRepository,
      SectionRepository sections,
      AuthorRepository authors,
      TagRepository tags,
      PageRepository pages,
      ChangeFeed changes,
      BodyRenderer renderer,
      Templates templates,
      Supplier<SiteSettings> site,
      Supplier<String> stylesheet,
      CacheBypass hosts,
      String previewHost,
      MediaStore mediaStore,
      SiteImport siteImport,
      Path incoming,
      TrustedProxies proxies,
      SiteViews views,
      Clock clock) {
    this.templates = templates;
    this.accountRepository = new AccountRepository(database);
    var sessions = new SessionStore(database, accountRepository, clock);
    this.gate = new NewsroomGate(sessions);
    this.setup = new SetupTokens(database, clock);
    var history = new HistoryRepository(database);
    var previewLinks = new PreviewLinks(database, clock);
    var images = new ImageStore(mediaStore, database, changes.log(), clock);
    var review =
        new ArticleReview(new EditorialChecks(views), database, articleRepository, renderer, clock);
    var newsroomDesk =
        new Desk(
            database,
            new ArticleWrites(database),
            tags,
            history,
            changes,
            renderer,
            clock,
            () -> site.get().timeZone(),
            review);
    var articleChecks =
        new ArticleChecks(
            articleRepository,
            sections,
            authors,
            new RelatedPins(database),
            review,
            () -> site.get().timeZone(),
            clock);
    this.frames = new AdminFrames(() -> site.get().name(), stylesheet);
    this.signIn =
        new SignInRoutes(
            accountRepository,
            authors,
            sessions,
            new SignInThrottle(database, clock),
            proxies,
            setup,
            templates,
            () -> site.get().name(),
            stylesheet,
            frames);
    this.articles =
        new ArticleDeskRoutes(
            articleRepository,
            new DeskQueries(articleRepository, database.dialect()),
            sections,
            authors,
            history,
            previewLinks,
            images,
            newsroomDesk,
            renderer,
            templates,
            frames,
            () -> site.get().timeZone(),
            previewHost,
            articleChecks,
            review,
            clock);
    this.editorial =
        new Editorial(
            articleRepository,
            articleChecks,
            newsroomDesk,
            history,
            previewLinks,
            images,
            previewHost,
            sections,
            tags,
            pages,
            new Structure(sections, pages, tags, renderer, changes, clock),
            new DeskQueries(articleRepository, database.dialect()),
            review);
    this.tokens = new AccessTokens(database, clock);
    this.tokenRoutes =
        new TokenRoutes(tokens, templates, frames, () -> site.get().timeZone(), clock);
    this.desk =
        new SectionDeskRoutes(sections, pages, renderer, templates, frames, clock, tags, changes);
    this.accountRoutes =
        new AccountRoutes(
            new Accounts(accountRepository, authors), accountRepository, templates, frames);
    this.media = new MediaRoutes(images, templates, frames);
    this.style = new StyleRoutes(views, templates, frames);
    // An import is one change for every node; its own node catches up before the report shows.
    this.imports =
        new ImportRoutes(
            siteImport, incoming, templates, frames, () -> changes.catchUp(ChangeFeed.IMPORT_WAIT));
    this.scheduler = new Scheduler(newsroomDesk, Duration.ofSeconds(2));
    this.published = newsroomDesk::published;
    this.preview = new PreviewGate(hosts, sessions, previewLinks);
  }

  /** Articles this node published since start (for metrics). */
  public long published() {
    return published.getAsLong();
  }

  public PreviewAccess preview() {
    return preview;
  }

  /** The personal access tokens of the Admin API. */
  public AccessTokens tokens() {
    return tokens;
  }

  /** The editor's work on articles, with its checks, for the Admin API. */
  public Editorial editorial() {
    return editorial;
  }

  public void register(JavalinConfig config) {
    config.routes.before("/admin", gate::check);
    config.routes.before("/admin/*", gate::check);
    signIn.register(config);
    articles.register(config);
    desk.register(config);
    accountRoutes.register(config);
    tokenRoutes.register(config);
    media.register(config);
    style.register(config);
    imports.register(config);
    config.routes.exception(
        ForbiddenResponse.class, (e, ctx) -> problem(ctx, 403, "Not allowed", e));
    config.routes.exception(
        BadRequestResponse.class, (e, ctx) -> problem(ctx, 400, "That did not work", e));
  }

  /** Starts scheduled publishing; a missed time while stopped is caught up at once. */
  public void start() {
    scheduler.start();
  }

  /** The frame of a newsroom page for this request, for pages other features add to /admin. */
  public AdminViews.Frame frame(Context ctx, String current) {
    return frames.frame(ctx, current);
  }

  /** A one-time link for creating the first admin, or null when there is an admin already. */
  public String setupPath() {
    return accountRepository.anyAdmin() ? null : "/admin/setup?token=" + setup.issue();
  }

  private void problem(Context ctx, int status, String heading, HttpResponseException e) {
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    if (ctx.attribute(NewsroomGate.SESSION) != null && ctx.path().startsWith("/admin")) {
      ctx.html(
          templates.render(
              "admin/problem.jte",
              new AdminViews.Problem(frames.frame(ctx, ""), status, heading, e.getMessage())));
    } else {
      ctx.contentType("text/plain; charset=utf-8").result(heading + ": " + e.getMessage() + "\n");
    }
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
