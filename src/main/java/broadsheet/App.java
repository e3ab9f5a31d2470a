package broadsheet;

import broadsheet.api.AdminApi;
import broadsheet.api.ApiJson;
import broadsheet.api.ApiLinks;
import broadsheet.api.ApiReference;
import broadsheet.api.ContentApi;
import broadsheet.api.ContentKeyRoutes;
import broadsheet.api.ContentKeys;
import broadsheet.api.ContentSources;
import broadsheet.api.Problems;
import broadsheet.cdn.Purges;
import broadsheet.changes.ChangeFeed;
import broadsheet.changes.ChangeLog;
import broadsheet.checks.SiteViews;
import broadsheet.config.ServerConfig;
import broadsheet.content.ArticleLinks;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.CurrentAddresses;
import broadsheet.content.CurrentSettings;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.SettingsRepository;
import broadsheet.content.TagRepository;
import broadsheet.feeds.FeedRoutes;
import broadsheet.feeds.Sitemaps;
import broadsheet.media.MediaLinks;
import broadsheet.media.MediaStore;
import broadsheet.metrics.Metrics;
import broadsheet.metrics.NodeMetrics;
import broadsheet.newsroom.Newsroom;
import broadsheet.search.ArticleSearch;
import broadsheet.search.IndexFollower;
import broadsheet.search.RelatedArticles;
import broadsheet.search.SearchIndex;
import broadsheet.search.SearchRoutes;
import broadsheet.search.SearchThrottle;
import broadsheet.site.Assets;
import broadsheet.site.SiteRoutes;
import broadsheet.store.Database;
import broadsheet.web.AccessLog;
import broadsheet.web.BodyLimits;
import broadsheet.web.CacheBypass;
import broadsheet.web.CacheFollower;
import broadsheet.web.CacheFront;
import broadsheet.web.ErrorPages;
import broadsheet.web.ForwardedHttps;
import broadsheet.web.Health;
import broadsheet.web.HttpConnector;
import broadsheet.web.Incoming;
import broadsheet.web.LogLines;
import broadsheet.web.MovedPages;
import broadsheet.web.PageCache;
import broadsheet.web.PageChrome;
import broadsheet.web.PublicResponses;
import broadsheet.web.RequestFilters;
import broadsheet.web.RequestLogs;
import broadsheet.web.RequestMetrics;
import broadsheet.web.RouteKind;
import broadsheet.web.SecurityHeaders;
import broadsheet.web.Templates;
import broadsheet.webhooks.Webhooks;
import broadsheet.wordpress.ImportedSites;
import broadsheet.wordpress.LegacyRedirects;
import broadsheet.wordpress.NewsroomImport;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every part of Broadsheet by hand, in order, and starts the server.
 * Tests build the same graph over a temp data directory.
 */
public final class App implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);
  private static final String INDEX_FOLLOWER = "search index";

  /** How long a stop waits for requests in flight to finish. */
  public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  private final Database database;
  private final Javalin server;
  private final String baseUrl;
  private final ChangeFeed changes;
  private final Newsroom newsroom;
  private final SearchIndex index;
  private final MediaStore media;
  private final Purges purges;
  private final Metrics metrics;
  private final LogLines accessLog;
  private final Webhooks webhooks;

  private App(
      Database database,
      Javalin server,
      String baseUrl,
      ChangeFeed changes,
      Newsroom newsroom,
      SearchIndex index,
      Purges purges,
      MediaStore media,
      Metrics metrics,
      LogLines accessLog,
      Webhooks webhooks) {
    this.database = database;
    this.server = server;
    this.baseUrl = baseUrl;
    this.changes = changes;
    this.newsroom = newsroom;
    this.index = index;
    this.purges = purges;
    this.media = media;
    this.metrics = metrics;
    this.accessLog = accessLog;
    this.webhooks = webhooks;
  }

  /** A one-time link to create the first admin, or null when the store has one. */
  public String setupLink() {
    String path = newsroom.setupPath();
    return path == null ? null : baseUrl + path;
  }

  /** Limits fixed by protocols, lowered only by tests that need to cross them cheaply. */
  public record Limits(int sitemapUrls) {
    public static final Limits DEFAULT = new Limits(Sitemaps.PROTOCOL_LIMIT);
  }

  public static App start(ServerConfig config) {
    return start(config, Limits.DEFAULT, Clock.systemUTC());
  }

  /** Starts with other limits and a clock of the caller's (tests move time on with theirs). */
  public static App start(ServerConfig config, Limits limits, Clock clock) {
    int port = config.port() == 0 ? 0 : Startup.checkPortFree(config.port(), "--port");
    if (config.observability().metricsPort() > 0) {
      Startup.checkPortFree(config.observability().metricsPort(), "--metrics-port");
    }
    if (config.store().inDataDir()) {
      Startup.checkDataDir(config);
    }
    LogLines accessLog = Startup.openAccessLog(config);
    MediaStore media;
    try {
      media = Startup.openMedia(config);
    } catch (RuntimeException e) {
      closeQuietly(accessLog);
      throw e;
    }
    long began = System.nanoTime();
    Database database;
    try {
      database = Database.open(config.storeUrl(), config.connection());
    } catch (RuntimeException e) {
      media.close();
      closeQuietly(accessLog);
      throw e;
    }
    LOG.info("store open and migrated in {} ms", (System.nanoTime() - began) / 1_000_000);
    LOG.info("media in {}", media.describe());
    try {
      return wire(config, limits, clock, database, media, accessLog);
    } catch (RuntimeException e) {
      database.close();
      media.close();
      closeQuietly(accessLog);
      throw e;
    }
  }

  private static App wire(
      ServerConfig config,
      Limits limits,
      Clock clock,
      Database database,
      MediaStore media,
      LogLines accessLog) {
    // Every change, whichever node made it, reaches this node's followers through the store.
    var changeLog = new ChangeLog(database, ChangeLog.originOf("serve"));
    var changes = new ChangeFeed(database, changeLog, clock);
    var sections = new SectionRepository(database, clock);
    var articles = new ArticleRepository(database);
    var authors = new AuthorRepository(database);
    var tags = new TagRepository(database);
    var pages = new PageRepository(database);
    // The base URL may depend on the port we are given, so settings are read after binding.
    var site = new CurrentSettings(new SettingsRepository(database));
    var assets = Assets.load();
    var templates = new Templates();
    var renderer = new BodyRenderer();

    var index =
        SearchIndex.openInBackground(config.dataDir().resolve("index"), articles, changeLog);
    var search = new ArticleSearch(index, articles, sections::all, clock);

    // A CDN in front is purged of what this node's cache drops, whether or not it keeps pages.
    Purges purges = config.purge() == null ? null : Purges.start(config.purge());
    var cached = config.pageCache();
    var pageCache =
        new PageCache(
            cached.on(),
            cached.maxBytes(),
            cached.maxAge(),
            clock,
            purges == null ? PageCache.Listener.NONE : purges);
    var related = new RelatedArticles(index, articles, database, changes, clock);
    related.learnInBackground();
    // Two followers, each on its own thread: the page cache is never held up by a slow index
    // (an import's rebuild), and the index never by the cache.
    changes.follow(
        "page cache", new CacheFollower(pageCache, articles, sections, site, changeLog::head));
    changes.follow(INDEX_FOLLOWER, new IndexFollower(index, related, changeLog.origin()));
    // What the node counts, served on --metrics-port only (never on the public port).
    var metrics = new Metrics();
    var imports = new LongAdder();
    var bypass =
        new CacheBypass(
            config.previewHost(), Newsroom.STAFF_COOKIE, Newsroom.liveSessions(database, clock));
    var responses = new PublicResponses(pageCache, bypass::test, clock);

    // Uploads are received into a folder of this node's, emptied at start (see Incoming).
    Path incoming = Incoming.emptied(config.dataDir().resolve("incoming"));
    var newsroom =
        new Newsroom(
            database,
            articles,
            sections,
            authors,
            tags,
            pages,
            changes,
            renderer,
            templates,
            site::get,
            () -> assets.url("site.css"),
            bypass,
            config.previewHost(),
            media,
            new NewsroomImport(database, changeLog).counting(imports),
            incoming,
            config.trustedProxies(),
            new SiteViews(
                database, config.previewHost(), () -> ImportedSites.hosts(database), clock),
            clock);
    var chrome =
        new PageChrome(
            site::get,
            sections::all,
            assets::url,
            newsroom.preview(),
            new MediaLinks(config.media().baseUrl()));
    MovedPages moved = new LegacyRedirects(database, new CurrentAddresses(database))::find;
    var filters = new RequestFilters(newsroom.preview(), moved);
    var json = new ApiJson();
    var problems = new Problems(json);
    var adminApi =
        new AdminApi(
            newsroom.tokens(), newsroom.editorial(), () -> site.get().baseUrl(), json, clock);
    var errors = new ErrorPages(chrome, templates, moved, problems);
    var contentKeys = new ContentKeys(database, clock);
    var contentApi =
        new ContentApi(
            json,
            problems,
            responses,
            config.contentKeys(),
            contentKeys,
            clock,
            site::get,
            new MediaLinks(config.media().baseUrl()),
            new ContentSources(articles, sections, tags, authors, pages, search, related::of));
    var apiReference =
        new ApiReference(
            contentApi::routes, config.contentKeys().required(), chrome, templates, responses);
    // Article events, queued once for the cluster by a follower of the feed, sent from the queue.
    var webhooks =
        new Webhooks(
            database,
            articles,
            () -> new ApiLinks(site.get(), new MediaLinks(config.media().baseUrl())),
            json,
            clock,
            changeLog.origin());
    changes.follow("webhooks", webhooks.follower());
    var webhookRoutes = webhooks.routes(templates, newsroom::frame, () -> site.get().timeZone());
    var keyRoutes =
        new ContentKeyRoutes(
            contentKeys,
            config.contentKeys().required(),
            templates,
            newsroom::frame,
            () -> site.get().timeZone());
    var siteRoutes =
        new SiteRoutes(
            sections,
            articles,
            authors,
            tags,
            pages,
            assets,
            chrome,
            templates,
            responses,
            newsroom.preview(),
            related::of);
    var searchRoutes = new SearchRoutes(search, chrome, templates);
    var searchThrottle =
        new SearchThrottle(config.searchRateLimit(), config.trustedProxies(), clock);
    var health = new Health(database, changes, INDEX_FOLLOWER, index::isReady);
    var sitemaps =
        new Sitemaps(
            site::get,
            sections,
            new ArticleLinks(database),
            authors,
            tags,
            pages,
            responses,
            clock,
            limits.sitemapUrls());
    var feedRoutes =
        new FeedRoutes(site::get, sections, articles, authors, tags, responses, sitemaps);
    NodeMetrics.register(metrics, database, changes, pageCache, newsroom::published, imports::sum);
    // Each finished request is timed by the kind of its route, and written to the access log.
    RequestLog requestLog =
        new RequestLogs(
            new RequestMetrics(metrics.registry()),
            accessLog == null
                ? null
                : new AccessLog(
                    config.trustedProxies(), config.observability().fullIp(), accessLog));

    Javalin server =
        Javalin.create(
            javalin -> {
              javalin.startup.showJavalinBanner = false;
              // Platform threads: on virtual ones, the selectors (which answer cache hits, one per
              // processor: HttpConnector) waited behind handed-over searches for a carrier.
              javalin.concurrency.useVirtualThreads = false;
              javalin.http.defaultContentType = "text/html; charset=utf-8";
              // Public pages arrive gzipped once per cache entry; never compress again per request.
              javalin.http.compressionStrategy = CompressionStrategy.NONE;
              // Cache hits are answered in front of the servlet layer (Javalin nests inside it).
              // Outside it, the security headers of every response, and the count of requests in
              // flight that a stop waits for (new ones are refused meanwhile).
              javalin.jetty.modifyServer(
                  jetty -> {
                    var headers =
                        new SecurityHeaders(
                            config.media().baseUrl(),
                            new GracefulHandler(
                                new BodyLimits(
                                    contentApi.front(new CacheFront(pageCache, bypass, null)))));
                    jetty.setHandler(headers);
                    // Requests refused before Javalin (a body too large) under /api/ get problems.
                    jetty.setErrorHandler(problems.errorHandler(headers.errorHandler()));
                    jetty.setStopTimeout(STOP_TIMEOUT.toMillis());
                    jetty.setRequestLog(requestLog);
                  });
              javalin.jetty.addConnector(
                  (jetty, http) -> HttpConnector.on(jetty, http, "0.0.0.0", config.port()));
              // Bodies are judged by their headers before they are read (BodyLimits, in front of
              // the cache and Javalin); a client that stops sending is dropped.
              // A trusted proxy's X-Forwarded-Proto makes a request https before any handler runs.
              javalin.jetty.modifyHttpConfiguration(
                  http -> {
                    http.setIdleTimeout(BodyLimits.IDLE_TIMEOUT_MS);
                    http.addCustomizer(new ForwardedHttps(config.trustedProxies()));
                  });

              // Newsroom forms up to their limit; only signed-in staff get a body read at all
              // (the newsroom gate turns everyone else away first; a small body it turned away is
              // thrown away after), multipart only on the upload routes: images stop at 10 MB,
              // WordPress exports at 256 MB.
              javalin.http.maxRequestSize = BodyLimits.NEWSROOM_FORM;
              javalin.routes.after(BodyLimits::readTheRest);
              javalin.jetty.multipartConfig.maxFileSize(256, SizeUnit.MB);
              javalin.jetty.multipartConfig.cacheDirectory(incoming.toString());
              javalin.jetty.multipartConfig.maxTotalRequestSize(
                  BodyLimits.IMPORT_UPLOAD / (1024 * 1024), SizeUnit.MB);

              // The one route table. Javalin runs before-filters in the order they are registered
              // (a redirect or an error in one ends the request) and answers with the first route
              // that matches; exception handlers go by the exception's class, wherever registered.
              //   The newsroom first: its gate turns a stranger at /admin… to the sign-in page
              // before any app-wide filter runs. Then the app-wide filters and error pages. Then
              // the other features, and the site last: its /{section} and /{section}/{slug} take
              // any one- or two-segment path (/search, /world/feed.xml) that no one else answered.
              javalin.requestLogger.http((ctx, ms) -> RouteKind.mark(ctx)); // for the above
              health.register(javalin); // /healthz, /readyz
              newsroom.register(javalin); // gate, /admin/…, /media/{file}
              adminApi.register(javalin); // token gate, /api/admin/v1/…
              keyRoutes.register(javalin); // /admin/content-keys, behind the newsroom's gate
              webhookRoutes.register(javalin); // /admin/webhooks, behind the newsroom's gate
              filters.register(javalin); // preview host, trailing slashes, WordPress queries
              errors.register(javalin); // error pages; a 404 is offered to old addresses first
              problems.register(javalin); // /api/…: every error a problem document, never a page
              // searches a client may make, on the page and through the API (lists with q=)
              searchThrottle.register(
                  javalin,
                  "/search",
                  ContentApi.PREFIX + "/search",
                  ContentApi.PREFIX + "/articles");
              contentApi.register(javalin); // /api/v1/…
              apiReference.register(javalin); // /api: the reference page for developers
              feedRoutes.register(javalin); // feeds, sitemaps, robots.txt
              searchRoutes.register(javalin); // /search
              siteRoutes.register(javalin); // /static/…, /consent, the public pages
            });
    try {
      long serverBegan = System.nanoTime();
      server.start("0.0.0.0", config.port());
      LOG.info("server listening in {} ms", (System.nanoTime() - serverBegan) / 1_000_000);
    } catch (RuntimeException e) {
      server.stop();
      throw new StartupException(
          "cannot listen on port " + config.port() + ": " + e.getMessage(), e);
    }
    int metricsPort = config.observability().metricsPort();
    if (config.observability().metrics()) {
      try {
        metrics.serve(metricsPort);
      } catch (IOException | RuntimeException e) {
        server.stop();
        throw new StartupException(
            "cannot serve metrics on port " + metricsPort + ": " + e.getMessage(), e);
      }
    }
    String baseUrl = config.baseUrlOr(server.port());
    site.load(baseUrl);
    changes.start();
    newsroom.start();
    webhooks.start();
    return new App(
        database, server, baseUrl, changes, newsroom, index, purges, media, metrics, accessLog,
        webhooks);
  }

  public int port() {
    return server.port();
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** The routes registered, as "METHOD path" (the API's contract test reads them). */
  public java.util.List<String> routes() {
    return server.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  /** The port metrics are served on, or -1 without --metrics-port. */
  public int metricsPort() {
    return metrics.port();
  }

  public Database database() {
    return database;
  }

  /** The store's change feed, as this node follows it (tests write through it). */
  public ChangeFeed changes() {
    return changes;
  }

  @Override
  public void close() {
    newsroom.close();
    server.stop();
    metrics.close();
    closeQuietly(accessLog);
    changes.close();
    webhooks.close();
    index.close();
    database.close();
    if (purges != null) {
      purges.close();
    }
    media.close();
  }

  private static void closeQuietly(LogLines accessLog) {
    if (accessLog != null) {
      accessLog.close();
    }
  }
}
