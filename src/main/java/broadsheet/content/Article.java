package broadsheet.content;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** An article with everything a page shows: its section, byline, tags, image and corrections. */
public record Article(
    long id,
    String slug,
    Section section,
    String headline,
    String standfirst,
    String bodyMarkdown,
    String bodyHtml,
    Status status,
    ZoneId timeZone,
    Instant createdAt,
    Instant publishedAt,
    Instant updatedAt,
    FeaturedImage image,
    String canonicalUrl,
    String seoTitle,
    String seoDescription,
    List<Author> authors,
    List<Tag> tags,
    List<Correction> corrections) {

  public String path() {
    return Addresses.article(section.slug(), slug);
  }

  /** When the article last changed for readers: an update, a correction, or its publication. */
  public Instant modifiedAt() {
    Instant modified =
        updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt)
            ? updatedAt
            : publishedAt;
    for (Correction c : corrections) {
      if (modified == null || c.createdAt().isAfter(modified)) {
        modified = c.createdAt();
      }
    }
    return modified;
  }

  public boolean isPublished() {
    return status == Status.PUBLISHED;
  }

  /** The same article with this byline, these tags and these corrections. */
  public Article withBylineTagsAndCorrections(
      List<Author> authors, List<Tag> tags, List<Correction> corrections) {
    return new Article(
        id,
        slug,
        section,
        headline,
        standfirst,
        bodyMarkdown,
        bodyHtml,
        status,
        timeZone,
        createdAt,
        publishedAt,
        updatedAt,
        image,
        canonicalUrl,
        seoTitle,
        seoDescription,
        authors,
        tags,
        corrections);
  }
}
