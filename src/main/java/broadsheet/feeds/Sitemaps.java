package broadsheet.feeds;

import static broadsheet.web.Routes.readable;

import broadsheet.content.ArticleLink;
import broadsheet.content.ArticleLinks;
import broadsheet.content.Author;
import broadsheet.content.AuthorRepository;
import broadsheet.content.Page;
import broadsheet.content.PageRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.SiteSettings;
import broadsheet.content.Tag;
import broadsheet.content.TagRepository;
import broadsheet.web.Dependency;
import broadsheet.web.PageError;
import broadsheet.web.PublicResponses;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * /sitemap.xml lists every public URL; past {@code perFile} URLs (50,000 by the protocol) it
 * becomes an index of /sitemap-1.xml, /sitemap-2.xml … Articles are streamed from the store and
 * only the requested file's slice is kept. /news-sitemap.xml lists the last two days' articles.
 */
public final class Sitemaps {
  public static final int PROTOCOL_LIMIT = 50_000;
  static final int NEWS_LIMIT = 1_000;
  private static final String XML = "application/xml; charset=utf-8";

  private final Supplier<SiteSettings> site;
  private final SectionRepository sections;
  private final ArticleLinks links;
  private final AuthorRepository authors;
  private final TagRepository tags;
  private final PageRepository pages;
  private final PublicResponses responses;
  private final Clock clock;
  private final int perFile;

  public Sitemaps(
      Supplier<SiteSettings> site,
      SectionRepository sections,
      ArticleLinks links,
      AuthorRepository authors,
      TagRepository tags,
      PageRepository pages,
      PublicResponses responses,
      Clock clock,
      int perFile) {
    this.site = site;
    this.sections = sections;
    this.links = links;
    this.authors = authors;
    this.tags = tags;
    this.pages = pages;
    this.responses = responses;
    this.clock = clock;
    this.perFile = perFile;
  }

  void register(JavalinConfig config) {
    readable(config, "/sitemap.xml", this::sitemap);
    readable(config, "/sitemap-{n}.xml", this::part);
    readable(config, "/news-sitemap.xml", this::news);
  }

  private void sitemap(Context ctx) {
    List<SitemapWriter.Entry> fixed = fixedEntries();
    int total = fixed.size() + links.count();
    byte[] body =
        total <= perFile
            ? SitemapWriter.urlset(site.get(), slice(fixed, 0, total))
            : SitemapWriter.index(site.get(), files(total));
    responses.send(ctx, XML, body, Set.of(Dependency.SITEMAPS, Dependency.NAV));
  }

  private void part(Context ctx) {
    String n = ctx.pathParam("n");
    List<SitemapWriter.Entry> fixed = fixedEntries();
    int total = fixed.size() + links.count();
    if (!n.matches("[1-9][0-9]{0,5}") || total <= perFile || Integer.parseInt(n) > files(total)) {
      throw PageError.notFound();
    }
    int from = (Integer.parseInt(n) - 1) * perFile;
    responses.send(
        ctx,
        XML,
        SitemapWriter.urlset(site.get(), slice(fixed, from, from + perFile)),
        Set.of(Dependency.SITEMAPS, Dependency.NAV));
  }

  private void news(Context ctx) {
    List<ArticleLink> recent = links.since(clock.instant().minus(Duration.ofDays(2)), NEWS_LIMIT);
    responses.send(ctx, XML, SitemapWriter.news(site.get(), recent), Set.of(Dependency.SITEMAPS));
  }

  private int files(int total) {
    return (total + perFile - 1) / perFile;
  }

  /** Entries [from, to) of the whole list: the fixed pages first, then every article. */
  private List<SitemapWriter.Entry> slice(List<SitemapWriter.Entry> fixed, int from, int to) {
    List<SitemapWriter.Entry> out = new ArrayList<>();
    for (int i = from; i < Math.min(to, fixed.size()); i++) {
      out.add(fixed.get(i));
    }
    int[] position = {fixed.size()};
    if (to > fixed.size()) {
      links.each(
          link -> {
            int i = position[0]++;
            if (i >= from && i < to) {
              out.add(new SitemapWriter.Entry(link.path(), link.modifiedAt()));
            }
          });
    }
    return out;
  }

  private List<SitemapWriter.Entry> fixedEntries() {
    List<SitemapWriter.Entry> entries = new ArrayList<>();
    entries.add(new SitemapWriter.Entry("/", null));
    for (Section s : sections.all()) {
      entries.add(new SitemapWriter.Entry(s.path(), null));
    }
    for (Page p : pages.allPublished()) {
      entries.add(new SitemapWriter.Entry(p.path(), p.updatedAt()));
    }
    for (Tag t : tags.inUse()) {
      entries.add(new SitemapWriter.Entry(t.path(), null));
    }
    for (Author a : authors.published()) {
      entries.add(new SitemapWriter.Entry(a.path(), null));
    }
    return entries;
  }
}
