package broadsheet.api;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Slugs;
import broadsheet.web.Dependency;
import io.javalin.http.Context;
import java.util.Set;
import java.util.function.Supplier;

/** The Content API's article by slug: published articles only, as the site shows them. */
final class ArticleEndpoints {
  private final ArticleRepository articles;
  private final Supplier<ApiLinks> links;
  private final ApiResponses responses;

  ArticleEndpoints(ArticleRepository articles, Supplier<ApiLinks> links, ApiResponses responses) {
    this.articles = articles;
    this.links = links;
    this.responses = responses;
  }

  void one(Context ctx) {
    Article article = published(ctx.pathParam("slug"));
    responses.send(
        ctx,
        ContentArticle.of(article, links.get()),
        Set.of(Dependency.article(article.id()), Dependency.NAV));
  }

  /** The published article of this slug; drafts, scheduled and withdrawn ones are not found. */
  Article published(String slug) {
    return (Slugs.isValid(slug) ? articles.findBySlug(slug) : java.util.Optional.<Article>empty())
        .filter(Article::isPublished)
        .orElseThrow(() -> ApiProblem.notFound("No published article has this slug."));
  }
}
