package broadsheet.site;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Author;
import broadsheet.content.AuthorRepository;
import broadsheet.content.Embeds;
import broadsheet.content.Page;
import broadsheet.content.PageRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.SiteSettings;
import broadsheet.content.Slugs;
import broadsheet.content.Status;
import broadsheet.content.Tag;
import broadsheet.content.TagRepository;
import broadsheet.web.Chrome;
import broadsheet.web.Dependency;
import broadsheet.web.PageChrome;
import broadsheet.web.PageError;
import broadsheet.web.PageMeta;
import broadsheet.web.PreviewAccess;
import broadsheet.web.PublicResponses;
import broadsheet.web.Templates;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/** The handlers of the public pages: home, section, article, tag, author and static pages. */
final class Pages {
  private static final int RELATED = 3;

  private final PageChrome chrome;
  private final SectionRepository sections;
  private final ArticleRepository articles;
  private final AuthorRepository authors;
  private final TagRepository tags;
  private final PageRepository staticPages;
  private final Assets assets;
  private final Templates templates;
  private final PublicResponses responses;
  private final PreviewAccess preview;
  private final BiFunction<Article, Integer, List<Article>> related;

  Pages(
      PageChrome chrome,
      SectionRepository sections,
      ArticleRepository articles,
      AuthorRepository authors,
      TagRepository tags,
      PageRepository staticPages,
      Assets assets,
      Templates templates,
      PublicResponses responses,
      PreviewAccess preview,
      BiFunction<Article, Integer, List<Article>> related) {
    this.chrome = chrome;
    this.sections = sections;
    this.articles = articles;
    this.authors = authors;
    this.tags = tags;
    this.staticPages = staticPages;
    this.assets = assets;
    this.templates = templates;
    this.responses = responses;
    this.preview = preview;
    this.related = related;
  }

  void home(Context ctx) {
    Chrome c = chrome.of(ctx);
    SiteSettings site = c.site();
    List<Article> newest = articles.latest(9, 0);
    Article lead = newest.isEmpty() ? null : newest.get(0);
    List<Article> latest = newest.size() > 1 ? newest.subList(1, newest.size()) : List.of();
    List<Views.SectionBlock> blocks = new ArrayList<>();
    for (Section s : c.navigation()) {
      List<Article> inSection = articles.inSections(sections.withDescendants(s), 4, 0);
      if (!inSection.isEmpty()) {
        blocks.add(new Views.SectionBlock(s, inSection));
      }
    }
    String description = site.tagline().isBlank() ? site.name() : site.tagline();
    PageMeta meta =
        PageMeta.of(
                site.name() + (site.tagline().isBlank() ? "" : " | " + site.tagline()),
                description,
                site.absolute("/"))
            .withImage(site.absolute(assets.url("logo.png")), site.name())
            .withFeed("/feed.xml", site.name());
    if (lead != null && lead.image() != null) {
      meta = meta.withImage(absolute(site, c.media().link(lead.image().url())), lead.image().alt());
    }
    Set<Dependency> deps = shown(newest, Dependency.HOME);
    blocks.forEach(b -> deps.addAll(shown(b.articles())));
    responses.html(
        ctx, templates.render("home.jte", new Views.Home(c, meta, lead, latest, blocks)), deps);
  }

  void section(Context ctx) {
    Section section = section(ctx.pathParam("section"));
    Chrome c = chrome.of(ctx, section.slug());
    List<Long> ids = sections.withDescendants(section);
    Paging paging =
        Paging.of(ctx.queryParam("page"), articles.countInSections(ids), section.path());
    List<Section> children =
        sections.all().stream()
            .filter(s -> s.parentId() != null && s.parentId() == section.id())
            .toList();
    PageMeta meta =
        listingMeta(c.site(), section.name(), section.description(), paging)
            .withFeed(section.path() + "/feed.xml", section.name() + " | " + c.site().name());
    List<Article> list = articles.inSections(ids, paging.size(), paging.offset());
    listing(
        ctx,
        new Views.Listing(
            c,
            meta,
            "Section",
            section.name(),
            section.description(),
            null,
            children,
            list,
            paging),
        Dependency.section(section.id()));
  }

  void tag(Context ctx) {
    Tag tag =
        validSlug(ctx.pathParam("slug"))
            ? tags.findBySlug(ctx.pathParam("slug")).orElse(null)
            : null;
    if (tag == null) {
      throw PageError.notFound();
    }
    Chrome c = chrome.of(ctx);
    Paging paging = Paging.of(ctx.queryParam("page"), articles.countWithTag(tag.id()), tag.path());
    String intro = "Articles tagged “" + tag.name() + "”, newest first.";
    PageMeta meta =
        listingMeta(c.site(), tag.name(), intro, paging)
            .withFeed(tag.path() + "/feed.xml", tag.name() + " | " + c.site().name());
    List<Article> list = articles.withTag(tag.id(), paging.size(), paging.offset());
    listing(
        ctx,
        new Views.Listing(c, meta, "Tag", tag.name(), intro, null, List.of(), list, paging),
        Dependency.tag(tag.id()));
  }

  void author(Context ctx) {
    String slug = ctx.pathParam("slug");
    Author author = validSlug(slug) ? authors.findBySlug(slug).orElse(null) : null;
    if (author == null) {
      throw PageError.notFound();
    }
    Chrome c = chrome.of(ctx);
    Paging paging =
        Paging.of(ctx.queryParam("page"), articles.countByAuthor(author.id()), author.path());
    PageMeta meta =
        listingMeta(c.site(), author.name(), author.bio(), paging)
            .withType("profile")
            .withFeed(author.path() + "/feed.xml", author.name() + " | " + c.site().name());
    List<Article> list = articles.byAuthor(author.id(), paging.size(), paging.offset());
    listing(
        ctx,
        new Views.Listing(
            c, meta, "Author", author.name(), author.bio(), author, List.of(), list, paging),
        Dependency.author(author.id()));
  }

  void page(Context ctx) {
    String slug = ctx.pathParam("slug");
    Page page = validSlug(slug) ? staticPages.findPublished(slug).orElse(null) : null;
    if (page == null) {
      throw PageError.notFound();
    }
    Chrome c = chrome.of(ctx);
    PageMeta meta =
        PageMeta.of(
                page.title() + " | " + c.site().name(),
                page.title(),
                c.site().absolute(page.path()))
            .withImage(c.site().absolute(assets.url("logo.png")), c.site().name());
    responses.html(
        ctx,
        templates.render("page.jte", new Views.StaticPage(c, meta, page)),
        new HashSet<>(Set.of(Dependency.NAV, Dependency.page(page.id()))));
  }

  void article(Context ctx) {
    Section section = section(ctx.pathParam("section"));
    String slug = ctx.pathParam("slug");
    Article article = validSlug(slug) ? articles.findBySlug(slug).orElse(null) : null;
    if (preview.onPreviewHost(ctx)) {
      // Staff who may open it in the newsroom and preview-link holders see any status, at the URL
      // it will have when published.
      if (article == null || !preview.mayPreview(ctx, article)) {
        throw PageError.notFound();
      }
    } else if (article == null
        || article.status() == Status.DRAFT
        || article.status() == Status.REVIEW
        || article.status() == Status.SCHEDULED) {
      throw PageError.notFound();
    } else if (article.status() == Status.UNPUBLISHED) {
      throw PageError.gone();
    }
    if (!article.section().slug().equals(section.slug())) {
      ctx.redirect(article.path(), HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    Chrome c = chrome.of(ctx, topSection(section).slug());
    SiteSettings site = c.site();
    String canonical =
        article.canonicalUrl() == null || article.canonicalUrl().isBlank()
            ? site.absolute(article.path())
            : article.canonicalUrl();
    String headline =
        article.seoTitle() == null || article.seoTitle().isBlank()
            ? article.headline()
            : article.seoTitle();
    String description =
        article.seoDescription() == null || article.seoDescription().isBlank()
            ? article.standfirst()
            : article.seoDescription();
    String image =
        article.image() == null
            ? site.absolute(assets.url("logo.png"))
            : absolute(site, c.media().link(article.image().url()));
    String imageAlt = article.image() == null ? site.name() : article.image().alt();
    PageMeta meta =
        PageMeta.of(headline + " | " + section.name() + " | " + site.name(), description, canonical)
            .withType("article")
            .withImage(image, imageAlt)
            .withJsonLd(
                StructuredData.newsArticle(
                    article, site, canonical, image, site.absolute(assets.url("logo.png"))))
            .withFeed(section.path() + "/feed.xml", section.name() + " | " + site.name());
    String body =
        Embeds.expand(c.media().body(article.bodyHtml()), c.consent().embeds(), article.path());
    List<Views.Crumb> crumbs = new ArrayList<>();
    crumbs.add(new Views.Crumb("Home", "/"));
    if (section.parentId() != null) {
      Section top = topSection(section);
      crumbs.add(new Views.Crumb(top.name(), top.path()));
    }
    crumbs.add(new Views.Crumb(section.name(), section.path()));
    List<Article> related = this.related.apply(article, RELATED);
    responses.html(
        ctx,
        templates.render(
            "article.jte", new Views.ArticlePage(c, meta, article, body, related, crumbs)),
        shown(related, Dependency.article(article.id()), Dependency.relatedListOf(article.id())));
  }

  private void listing(Context ctx, Views.Listing view, Dependency dependency) {
    responses.html(ctx, templates.render("listing.jte", view), shown(view.articles(), dependency));
  }

  /** The cache dependencies of a page showing these articles (see PageCache). */
  private static Set<Dependency> shown(List<Article> list, Dependency... more) {
    Set<Dependency> deps = new HashSet<>(List.of(more));
    deps.add(Dependency.NAV);
    list.forEach(a -> deps.add(Dependency.article(a.id())));
    return deps;
  }

  private Section section(String slug) {
    if (!validSlug(slug)) {
      throw PageError.notFound();
    }
    return sections.findBySlug(slug).orElseThrow(PageError::notFound);
  }

  private Section topSection(Section section) {
    Section s = section;
    List<Section> all = sections.all();
    while (s.parentId() != null) {
      long parent = s.parentId();
      s = all.stream().filter(x -> x.id() == parent).findFirst().orElse(s);
      if (s.parentId() != null && s.parentId() == parent) {
        break;
      }
    }
    return s;
  }

  private static boolean validSlug(String slug) {
    return Slugs.isValid(slug);
  }

  private static PageMeta listingMeta(
      SiteSettings site, String name, String description, Paging paging) {
    String title =
        name + (paging.page() > 1 ? " (page " + paging.page() + ")" : "") + " | " + site.name();
    return PageMeta.of(
            title,
            description == null || description.isBlank() ? name : description,
            site.absolute(paging.url(paging.page())))
        .withPaging(paging.previous(), paging.next());
  }

  static String absolute(SiteSettings site, String url) {
    return url.startsWith("http://") || url.startsWith("https://") ? url : site.absolute(url);
  }
}
