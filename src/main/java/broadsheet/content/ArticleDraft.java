package broadsheet.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a writer or an importer hands the store to create or replace an article. The body comes both
 * as its source and as sanitised HTML (see {@link BodyRenderer}), so imports of HTML can keep their
 * markup.
 */
public record ArticleDraft(
    String slug,
    long sectionId,
    String headline,
    String standfirst,
    String bodyMarkdown,
    String bodyHtml,
    Status status,
    ZoneId timeZone,
    Instant publishedAt,
    Instant updatedAt,
    FeaturedImage image,
    String canonicalUrl,
    String seoTitle,
    String seoDescription,
    List<Long> authorIds,
    List<Long> tagIds) {

  public ArticleDraft {
    authorIds = List.copyOf(authorIds);
    tagIds = List.copyOf(tagIds);
  }
}
