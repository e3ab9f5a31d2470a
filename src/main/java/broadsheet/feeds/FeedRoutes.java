package broadsheet.feeds;

import static broadsheet.web.Routes.readable;

import broadsheet.content.Addresses;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Author;
import broadsheet.content.AuthorRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.SiteSettings;
import broadsheet.content.Slugs;
import broadsheet.content.Tag;
import broadsheet.content.TagRepository;
import broadsheet.web.Dependency;
import broadsheet.web.PageError;
import broadsheet.web.PublicResponses;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * RSS and Atom for the whole paper and for each section, tag and author; robots.txt. Registered
 * before the site's catch-all section routes, which would otherwise take /world/feed.xml.
 */
public final class FeedRoutes {
  static final int ITEMS = 20;
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String ATOM = "application/atom+xml; charset=utf-8";

  private final Supplier<SiteSettings> site;
  private final SectionRepository sections;
  private final ArticleRepository articles;
  private final AuthorRepository authors;
  private final TagRepository tags;
  private final PublicResponses responses;
  private final Sitemaps sitemaps;

  public FeedRoutes(
      Supplier<SiteSettings> site,
      SectionRepository sections,
      ArticleRepository articles,
      AuthorRepository authors,
      TagRepository tags,
      PublicResponses responses,
      Sitemaps sitemaps) {
    this.site = site;
    this.sections = sections;
    this.articles = articles;
    this.authors = authors;
    this.tags = tags;
    this.responses = responses;
    this.sitemaps = sitemaps;
  }

  public void register(JavalinConfig config) {
    for (String kind : List.of("feed", "atom")) {
      boolean rss = kind.equals("feed");
      String file = "/" + kind + ".xml";
      readable(config, file, ctx -> paper(ctx, rss));
      readable(config, Addresses.TAG_ROUTE + file, ctx -> tag(ctx, rss));
      readable(config, Addresses.AUTHOR_ROUTE + file, ctx -> author(ctx, rss));
      readable(config, Addresses.SECTION_ROUTE + file, ctx -> section(ctx, rss));
    }
    readable(config, "/robots.txt", this::robots);
    sitemaps.register(config);
  }

  private void paper(Context ctx, boolean rss) {
    SiteSettings s = site.get();
    String description = s.tagline().isBlank() ? "The latest from " + s.name() : s.tagline();
    send(
        ctx,
        rss,
        new FeedWriter.Channel(s.name(), description, "/", ctx.path()),
        articles.latest(ITEMS, 0));
  }

  private void section(Context ctx, boolean rss) {
    String slug = ctx.pathParam("section");
    Section section =
        Slugs.isValid(slug) ? sections.findBySlug(slug).orElseThrow(PageError::notFound) : null;
    if (section == null) {
      throw PageError.notFound();
    }
    send(
        ctx,
        rss,
        new FeedWriter.Channel(
            section.name() + " | " + site.get().name(),
            section.description(),
            section.path(),
            ctx.path()),
        articles.inSections(sections.withDescendants(section), ITEMS, 0));
  }

  private void tag(Context ctx, boolean rss) {
    String slug = ctx.pathParam("slug");
    Tag tag = Slugs.isValid(slug) ? tags.findBySlug(slug).orElse(null) : null;
    if (tag == null) {
      throw PageError.notFound();
    }
    send(
        ctx,
        rss,
        new FeedWriter.Channel(
            tag.name() + " | " + site.get().name(),
            "Articles tagged " + tag.name(),
            tag.path(),
            ctx.path()),
        articles.withTag(tag.id(), ITEMS, 0));
  }

  private void author(Context ctx, boolean rss) {
    String slug = ctx.pathParam("slug");
    Author author = Slugs.isValid(slug) ? authors.findBySlug(slug).orElse(null) : null;
    if (author == null) {
      throw PageError.notFound();
    }
    send(
        ctx,
        rss,
        new FeedWriter.Channel(
            author.name() + " | " + site.get().name(),
            "Articles by " + author.name(),
            author.path(),
            ctx.path()),
        articles.byAuthor(author.id(), ITEMS, 0));
  }

  private void send(Context ctx, boolean rss, FeedWriter.Channel channel, List<Article> list) {
    SiteSettings s = site.get();
    byte[] body = rss ? FeedWriter.rss(s, channel, list) : FeedWriter.atom(s, channel, list);
    responses.send(ctx, rss ? RSS : ATOM, body, Set.of(Dependency.FEEDS, Dependency.NAV));
  }

  private void robots(Context ctx) {
    SiteSettings s = site.get();
    String text =
        """
        # Readers' pages are open to every crawler; the newsroom, the APIs and search are not.
        User-agent: *
        Allow: /
        Disallow: /admin
        Disallow: /api/admin
        Disallow: /search
        Disallow: /consent

        Sitemap: %s
        Sitemap: %s
        """
            .formatted(s.absolute("/sitemap.xml"), s.absolute("/news-sitemap.xml"));
    responses.send(
        ctx,
        "text/plain; charset=utf-8",
        text.getBytes(StandardCharsets.UTF_8),
        Set.of(Dependency.ROBOTS));
  }
}
