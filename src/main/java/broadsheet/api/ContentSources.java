package broadsheet.api;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.TagRepository;
import broadsheet.search.ArticleSearch;
import java.util.List;
import java.util.function.BiFunction;

/** What the Content API reads: the content repositories, search, and related lists. */
public record ContentSources(
    ArticleRepository articles,
    SectionRepository sections,
    TagRepository tags,
    AuthorRepository authors,
    PageRepository pages,
    ArticleSearch search,
    BiFunction<Article, Integer, List<Article>> related) {}
