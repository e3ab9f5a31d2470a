package broadsheet.content;

import java.time.Instant;

/** Just enough of a published article to list it in a sitemap or a news sitemap. */
public record ArticleLink(String path, String headline, Instant publishedAt, Instant modifiedAt) {}
