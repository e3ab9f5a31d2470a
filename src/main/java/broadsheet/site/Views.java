package broadsheet.site;

import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.Page;
import broadsheet.content.Section;
import broadsheet.web.Chrome;
import broadsheet.web.PageMeta;
import java.util.List;

/** The view records the page templates take, one per template. */
public final class Views {
  private Views() {}

  public record SectionBlock(Section section, List<Article> articles) {}

  public record Home(
      Chrome chrome,
      PageMeta meta,
      Article lead,
      List<Article> latest,
      List<SectionBlock> blocks) {}

  /** A section front, a tag page or an author page: a heading and a paged list of articles. */
  public record Listing(
      Chrome chrome,
      PageMeta meta,
      String kind,
      String heading,
      String intro,
      Author author,
      List<Section> children,
      List<Article> articles,
      Paging paging) {}

  public record Crumb(String name, String url) {}

  public record ArticlePage(
      Chrome chrome,
      PageMeta meta,
      Article article,
      String bodyHtml,
      List<Article> related,
      List<Crumb> breadcrumbs) {}

  public record StaticPage(Chrome chrome, PageMeta meta, Page page) {}

  public record ConsentPage(Chrome chrome, PageMeta meta, String back) {}
}
