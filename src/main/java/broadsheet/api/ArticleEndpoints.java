package broadsheet.api;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Slugs;
import broadsheet.web.Dependency;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The Content API's article by slug and its related articles: published articles only, as the site
 * shows them.
 */
final class ArticleEndpoints {
  static final int MAX_RELATED = 10;

  private final ArticleRepository articles;
  private final BiFunction<Article, Integer, List<Article>> related;
  private final Supplier<ApiLinks> links;
  private final ApiResponses responses;

  ArticleEndpoints(
      ArticleRepository articles,
      BiFunction<Article, Integer, List<Article>> related,
      Supplier<ApiLinks> links,
      ApiResponses responses) {
    this.articles = articles;
    this.related = related;
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

  /** The articles the site lists as related, pinned ones first, as summaries. */
  void related(Context ctx) {
    Article article = published(ctx.pathParam("slug"));
    int limit = QueryParameters.number(ctx, "limit", 1, MAX_RELATED, 3);
    ApiLinks l = links.get();
    Set<Dependency> deps =
        new HashSet<>(
            Set.of(
                Dependency.article(article.id()),
                Dependency.relatedListOf(article.id()),
                Dependency.NAV));
    List<ObjectNode> shown = new ArrayList<>();
    for (Article a : related.apply(article, limit)) {
      deps.add(Dependency.article(a.id()));
      shown.add(ArticleFields.SUMMARY.select(responses.json().tree(ContentArticle.of(a, l))));
    }
    responses.send(ctx, Map.of("articles", shown), deps);
  }

  /** The published article of this slug; drafts, scheduled and withdrawn ones are not found. */
  Article published(String slug) {
    return (Slugs.isValid(slug) ? articles.findBySlug(slug) : Optional.<Article>empty())
        .filter(Article::isPublished)
        .orElseThrow(() -> ApiProblem.notFound("No published article has this slug."));
  }
}
