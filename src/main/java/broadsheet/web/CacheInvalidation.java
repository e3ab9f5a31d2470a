package broadsheet.web;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Author;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an article's change throws out of the page cache: its own page and every page that shows it
 * (both depend on {@link Dependency#article}), and the lists it may newly belong to: the home page,
 * its section fronts up the hierarchy, its tag and author pages, feeds and sitemaps.
 */
final class CacheInvalidation {
  private final ArticleRepository articles;
  private final SectionRepository sections;

  CacheInvalidation(ArticleRepository articles, SectionRepository sections) {
    this.articles = articles;
    this.sections = sections;
  }

  Set<Dependency> dependenciesOf(long articleId) {
    Set<Dependency> deps =
        new HashSet<>(
            List.of(
                Dependency.article(articleId),
                Dependency.HOME,
                Dependency.FEEDS,
                Dependency.SITEMAPS));
    Article article = articles.findById(articleId).orElse(null);
    if (article != null) {
      List<Section> all = sections.all();
      Section s = article.section();
      for (int depth = 0; s != null && depth < 20; depth++) {
        deps.add(Dependency.section(s.id()));
        Long parent = s.parentId();
        s =
            parent == null
                ? null
                : all.stream().filter(x -> x.id() == parent).findFirst().orElse(null);
      }
      for (Tag tag : article.tags()) {
        deps.add(Dependency.tag(tag.id()));
      }
      for (Author author : article.authors()) {
        deps.add(Dependency.author(author.id()));
      }
    }
    return deps;
  }
}
