package broadsheet.api;

import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.Section;
import broadsheet.content.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A published article as the Content API (and webhooks) give it: stable id and slug, the body as
 * the sanitised HTML pages show, times with the offset of the article's own time zone, and its
 * section, tags, byline, featured image with its variants, canonical address and corrections.
 */
public record ContentArticle(
    long id,
    String slug,
    String headline,
    String standfirst,
    String body,
    String url,
    String canonicalUrl,
    OffsetDateTime publishedAt,
    OffsetDateTime updatedAt,
    SectionRef section,
    List<TagRef> tags,
    List<AuthorRef> authors,
    ImageRef featuredImage,
    List<CorrectionNote> corrections) {

  public record SectionRef(
      long id, String slug, String name, String description, Long parentId, String url) {
    static SectionRef of(Section s, ApiLinks links) {
      return new SectionRef(
          s.id(), s.slug(), s.name(), s.description(), s.parentId(), links.page(s.path()));
    }
  }

  public record TagRef(long id, String slug, String name, String url) {
    static TagRef of(Tag t, ApiLinks links) {
      return new TagRef(t.id(), t.slug(), t.name(), links.page(t.path()));
    }
  }

  public record AuthorRef(
      long id, String slug, String name, String bio, String avatarUrl, String url) {
    static AuthorRef of(Author a, ApiLinks links) {
      return new AuthorRef(
          a.id(), a.slug(), a.name(), a.bio(), links.media(a.avatarUrl()), links.page(a.path()));
    }
  }

  /** The featured image and, for an upload, its resized variants by width. */
  public record ImageRef(
      String url, String alt, String caption, String credit, List<ImageVariant> variants) {
    static ImageRef of(FeaturedImage image, ApiLinks links) {
      List<ImageVariant> variants = new ArrayList<>();
      String srcset = image.srcset();
      if (srcset != null && !srcset.isEmpty()) {
        for (String candidate : srcset.split(", ")) {
          String[] parts = candidate.split(" ");
          int width = Integer.parseInt(parts[1].substring(0, parts[1].length() - 1));
          variants.add(new ImageVariant(width, links.media(parts[0])));
        }
      }
      return new ImageRef(
          links.media(image.url()), image.alt(), image.caption(), image.credit(), variants);
    }
  }

  public record ImageVariant(int width, String url) {}

  public record CorrectionNote(long id, String kind, String body, OffsetDateTime createdAt) {}

  public static ContentArticle of(Article a, ApiLinks links) {
    ZoneId zone = a.timeZone();
    String canonical =
        a.canonicalUrl() == null || a.canonicalUrl().isBlank()
            ? links.page(a.path())
            : a.canonicalUrl();
    return new ContentArticle(
        a.id(),
        a.slug(),
        a.headline(),
        a.standfirst(),
        links.body(a.bodyHtml()),
        links.page(a.path()),
        canonical,
        at(a.publishedAt(), zone),
        at(a.modifiedAt(), zone),
        SectionRef.of(a.section(), links),
        a.tags().stream().map(t -> TagRef.of(t, links)).toList(),
        a.authors().stream().map(w -> AuthorRef.of(w, links)).toList(),
        a.image() == null ? null : ImageRef.of(a.image(), links),
        a.corrections().stream()
            .map(c -> new CorrectionNote(c.id(), kind(c.kind()), c.body(), at(c.createdAt(), zone)))
            .toList());
  }

  static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
  }

  private static String kind(Correction.Kind kind) {
    return kind == Correction.Kind.CORRECTION ? "correction" : "update";
  }
}
