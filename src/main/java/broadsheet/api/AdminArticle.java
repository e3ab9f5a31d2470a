package broadsheet.api;

import broadsheet.checks.Finding;
import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.Status;
import broadsheet.content.Tag;
import broadsheet.newsroom.ArticleForm;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * An article as the Admin API gives it, in whatever status: every field of the editor under the
 * name an update takes it by (the Markdown body, {@code section_id}, {@code author_ids}, tag names,
 * {@code related} addresses), then what only the server says: the status, the moves this token's
 * account may make, the revision an update must name in {@code If-Match}, times with the article's
 * offset, corrections and the public address.
 */
public record AdminArticle(
    long id,
    String slug,
    String status,
    String headline,
    String standfirst,
    String body,
    long sectionId,
    List<String> tags,
    List<Long> authorIds,
    List<Byline> authors,
    Image image,
    String seoTitle,
    String seoDescription,
    String canonicalUrl,
    List<String> related,
    long revision,
    List<String> moves,
    OffsetDateTime createdAt,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    String url,
    List<Note> corrections,
    List<AdminArticle.Check> findings) {

  /** A name on the byline. */
  public record Byline(long id, String name, String slug) {}

  /** The featured image: its address and the words that go with it. */
  public record Image(String url, String alt, String caption, String credit) {}

  /**
   * What an editorial check found: the rule, the field, the passage, how to fix it, and whether it
   * stops publishing (as in the newsroom's editor).
   */
  public record Check(String rule, String field, String passage, String fix, boolean blocking) {}

  /** A correction or update appended to the published article. */
  public record Note(long id, String kind, String text, OffsetDateTime createdAt) {}

  static AdminArticle of(
      Article a,
      ArticleForm form,
      long revision,
      List<Status> moves,
      String baseUrl,
      List<Finding> findings) {
    ZoneId zone = a.timeZone();
    FeaturedImage image = a.image();
    return new AdminArticle(
        a.id(),
        a.slug(),
        a.status().code(),
        a.headline(),
        a.standfirst(),
        a.bodyMarkdown(),
        a.section().id(),
        a.tags().stream().map(Tag::name).toList(),
        a.authors().stream().map(Author::id).toList(),
        a.authors().stream().map(au -> new Byline(au.id(), au.name(), au.slug())).toList(),
        image == null
            ? null
            : new Image(image.url(), nz(image.alt()), nz(image.caption()), nz(image.credit())),
        nz(a.seoTitle()),
        nz(a.seoDescription()),
        nz(a.canonicalUrl()),
        Arrays.stream(form.pinned().split(",\\s*")).filter(s -> !s.isBlank()).toList(),
        revision,
        moves.stream().map(Status::code).toList(),
        at(a.createdAt(), zone),
        at(a.publishedAt(), zone),
        at(a.updatedAt(), zone),
        baseUrl + a.path(),
        a.corrections().stream()
            .map(
                c ->
                    new Note(
                        c.id(),
                        c.kind() == Correction.Kind.UPDATE ? "update" : "correction",
                        c.body(),
                        at(c.createdAt(), zone)))
            .toList(),
        findings.stream()
            .map(
                f ->
                    new Check(
                        f.rule(),
                        ArticleInput.field(f.field()),
                        f.passage(),
                        f.fix(),
                        f.blocking()))
            .toList());
  }

  /** The revision as an entity tag. */
  static String etag(long revision) {
    return "\"" + revision + "\"";
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
