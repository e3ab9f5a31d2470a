package broadsheet.api;

import broadsheet.content.AuthorRepository;
import broadsheet.content.Page;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.SiteSettings;
import broadsheet.content.Slugs;
import broadsheet.content.TagRepository;
import broadsheet.web.Dependency;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the Content API lists besides articles: sections, tags and authors that readers can reach,
 * published pages, and the site's public settings.
 */
final class Directory {
  /** A static page; its body only when asked for on its own. */
  record ContentPage(
      long id, String slug, String title, String body, String url, OffsetDateTime updatedAt) {}

  /** The settings anyone may read: nothing about accounts, keys or the store. */
  record PublicSettings(
      String name, String tagline, String url, String language, String timeZone) {}

  private final SectionRepository sections;
  private final TagRepository tags;
  private final AuthorRepository authors;
  private final PageRepository pages;
  private final Supplier<SiteSettings> site;
  private final Supplier<ApiLinks> links;
  private final ApiResponses responses;

  Directory(
      SectionRepository sections,
      TagRepository tags,
      AuthorRepository authors,
      PageRepository pages,
      Supplier<SiteSettings> site,
      Supplier<ApiLinks> links,
      ApiResponses responses) {
    this.sections = sections;
    this.tags = tags;
    this.authors = authors;
    this.pages = pages;
    this.site = site;
    this.links = links;
    this.responses = responses;
  }

  void sections(Context ctx) {
    ApiLinks l = links.get();
    responses.send(
        ctx,
        Map.of(
            "sections",
            sections.all().stream().map(s -> ContentArticle.SectionRef.of(s, l)).toList()),
        Set.of(Dependency.NAV));
  }

  /** Tags with a published article; any article's change may add or remove one. */
  void tags(Context ctx) {
    ApiLinks l = links.get();
    responses.send(
        ctx,
        Map.of("tags", tags.inUse().stream().map(t -> ContentArticle.TagRef.of(t, l)).toList()),
        Set.of(Dependency.HOME, Dependency.NAV));
  }

  /** Authors with a published article. */
  void authors(Context ctx) {
    ApiLinks l = links.get();
    responses.send(
        ctx,
        Map.of(
            "authors",
            authors.published().stream().map(a -> ContentArticle.AuthorRef.of(a, l)).toList()),
        Set.of(Dependency.HOME, Dependency.NAV));
  }

  void pages(Context ctx) {
    ApiLinks l = links.get();
    Set<Dependency> deps = new HashSet<>(Set.of(Dependency.NAV));
    List<ContentPage> listed = new java.util.ArrayList<>();
    for (Page p : pages.allPublished()) {
      deps.add(Dependency.page(p.id()));
      listed.add(page(p, l, false));
    }
    responses.send(ctx, Map.of("pages", listed), deps);
  }

  void page(Context ctx) {
    String slug = ctx.pathParam("slug");
    Page page =
        (Slugs.isValid(slug) ? pages.findPublished(slug) : java.util.Optional.<Page>empty())
            .orElseThrow(() -> ApiProblem.notFound("No published page has this slug."));
    responses.send(
        ctx, page(page, links.get(), true), Set.of(Dependency.NAV, Dependency.page(page.id())));
  }

  void settings(Context ctx) {
    SiteSettings s = site.get();
    responses.send(
        ctx,
        new PublicSettings(
            s.name(), s.tagline(), s.absolute("/"), s.language(), s.timeZone().getId()),
        Set.of(Dependency.NAV));
  }

  private ContentPage page(Page p, ApiLinks l, boolean body) {
    return new ContentPage(
        p.id(),
        p.slug(),
        p.title(),
        body ? l.body(p.bodyHtml()) : null,
        l.page(p.path()),
        ContentArticle.at(p.updatedAt(), site.get().timeZone()));
  }
}
