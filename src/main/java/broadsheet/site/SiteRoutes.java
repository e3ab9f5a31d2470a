package broadsheet.site;

import static broadsheet.web.Routes.readable;

import broadsheet.content.Addresses;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.TagRepository;
import broadsheet.web.Dependency;
import broadsheet.web.PageChrome;
import broadsheet.web.PageError;
import broadsheet.web.PreviewAccess;
import broadsheet.web.PublicResponses;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The reader-facing site's route table: static files, consent, and the public pages. Its last two
 * routes take any one- and two-segment path, so it is registered after every other feature's routes
 * (see App).
 */
public final class SiteRoutes {
  private final Assets assets;
  private final Pages pages;
  private final ConsentRoutes consent;
  private final PublicResponses responses;

  public SiteRoutes(
      SectionRepository sections,
      ArticleRepository articles,
      AuthorRepository authors,
      TagRepository tags,
      PageRepository staticPages,
      Assets assets,
      PageChrome chrome,
      Templates templates,
      PublicResponses responses,
      PreviewAccess preview,
      BiFunction<Article, Integer, List<Article>> related) {
    this.assets = assets;
    this.responses = responses;
    this.pages =
        new Pages(
            chrome,
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
    this.consent = new ConsentRoutes(chrome, templates);
  }

  public void register(JavalinConfig config) {
    readable(config, "/static/<path>", this::staticFile);
    consent.register(config);
    readable(config, "/", pages::home);
    readable(config, Addresses.TAG_ROUTE, pages::tag);
    readable(config, Addresses.AUTHOR_ROUTE, pages::author);
    readable(config, Addresses.PAGE_ROUTE, pages::page);
    readable(config, Addresses.SECTION_ROUTE, pages::section);
    readable(config, Addresses.ARTICLE_ROUTE, pages::article);
  }

  private void staticFile(Context ctx) {
    String path = ctx.pathParam("path");
    var asset = assets.find(path).orElseThrow(PageError::notFound);
    responses.send(
        ctx,
        asset.contentType(),
        asset.bytes(),
        Set.of(Dependency.STATIC),
        assets.isFingerprinted(path)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=3600");
  }
}
