package broadsheet.newsroom;

import java.time.Instant;

/** What an article said after one save. */
public record Revision(
    long id,
    long articleId,
    String by,
    Instant createdAt,
    String headline,
    String standfirst,
    String bodyMarkdown,
    long sectionId,
    String tagNames,
    String authorIds,
    String seoTitle,
    String seoDescription,
    String canonicalUrl,
    String imageUrl,
    String imageAlt,
    String imageCaption,
    String imageCredit,
    String note) {}
