package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.Slugs;
import broadsheet.content.Tag;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The editor's form as typed: every field of the content model as text, so a refused form comes
 * back exactly as it was sent, with a message next to each field that needs attention.
 */
public record ArticleForm(
    String headline,
    String slug,
    String standfirst,
    String body,
    String sectionId,
    String tags,
    List<Long> authorIds,
    String imageUrl,
    String imageAlt,
    String imageCaption,
    String imageCredit,
    String seoTitle,
    String seoDescription,
    String canonicalUrl,
    String pinned) {
  /** A tag the editor names; shorter than the tags table holds ({@code Tag.NAME_LIMIT}). */
  static final int TAG_LIMIT = 100;

  static ArticleForm empty(Account author) {
    List<Long> byline = author.authorId() == null ? List.of() : List.of(author.authorId());
    return new ArticleForm("", "", "", "", "", "", byline, "", "", "", "", "", "", "", "");
  }

  static ArticleForm of(Article a) {
    var image = a.image();
    return new ArticleForm(
        a.headline(),
        a.slug(),
        a.standfirst(),
        a.bodyMarkdown(),
        String.valueOf(a.section().id()),
        a.tags().stream().map(Tag::name).collect(Collectors.joining(", ")),
        a.authors().stream().map(Author::id).toList(),
        image == null ? "" : image.url(),
        image == null ? "" : nz(image.alt()),
        image == null ? "" : nz(image.caption()),
        image == null ? "" : nz(image.credit()),
        nz(a.seoTitle()),
        nz(a.seoDescription()),
        nz(a.canonicalUrl()),
        "");
  }

  /** The same form with the pinned related articles shown as their addresses. */
  ArticleForm withPinned(String addresses) {
    return with(body, authorIds, addresses);
  }

  /** The same form with this author first in the byline. */
  ArticleForm withAuthorFirst(long authorId) {
    List<Long> byline = new ArrayList<>(authorIds);
    byline.add(0, authorId);
    return with(body, byline, pinned);
  }

  /** The same form with another body. */
  ArticleForm withBody(String text) {
    return with(text, authorIds, pinned);
  }

  private ArticleForm with(String text, List<Long> byline, String addresses) {
    return new ArticleForm(
        headline,
        slug,
        standfirst,
        text,
        sectionId,
        tags,
        byline,
        imageUrl,
        imageAlt,
        imageCaption,
        imageCredit,
        seoTitle,
        seoDescription,
        canonicalUrl,
        addresses);
  }

  /** The slugs of the pinned related articles, from addresses like /city/tram-line-opens. */
  List<String> pinnedSlugs() {
    return Arrays.stream(pinned.split("[,\\s]+"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.replaceAll("/+$", ""))
        .map(s -> s.substring(s.lastIndexOf('/') + 1))
        .filter(Slugs::isValid)
        .distinct()
        .limit(5)
        .toList();
  }

  static ArticleForm from(Context ctx) {
    return new ArticleForm(
        Forms.value(ctx, "headline"),
        Forms.value(ctx, "slug"),
        Forms.value(ctx, "standfirst"),
        Forms.text(ctx, "body").replace("\r\n", "\n"),
        Forms.value(ctx, "section"),
        Forms.value(ctx, "tags"),
        ctx.formParams("authors").stream()
            .filter(s -> s.matches("[0-9]{1,18}"))
            .map(Long::parseLong)
            .distinct()
            .toList(),
        Forms.value(ctx, "image_url"),
        Forms.value(ctx, "image_alt"),
        Forms.value(ctx, "image_caption"),
        Forms.value(ctx, "image_credit"),
        Forms.value(ctx, "seo_title"),
        Forms.value(ctx, "seo_description"),
        Forms.value(ctx, "canonical_url"),
        Forms.value(ctx, "pinned"));
  }

  /** Problems that stop any save, keyed by field name. */
  Map<String, String> problems(java.util.Set<Long> sectionIds, java.util.Set<Long> knownAuthors) {
    Map<String, String> p = new LinkedHashMap<>();
    if (headline.isBlank()) {
      p.put("headline", "Write a headline.");
    } else if (headline.length() > 300) {
      p.put("headline", "Keep the headline under 300 characters.");
    }
    if (!slug.isBlank() && !Slugs.isValid(slug)) {
      p.put("slug", "Use lower-case letters, digits and single hyphens, e.g. harbour-vote.");
    }
    if (standfirst.length() > 600) {
      p.put("standfirst", "Keep the standfirst to one sentence (under 600 characters).");
    }
    if (body.length() > 500_000) {
      p.put("body", "The body is too long (over 500,000 characters).");
    }
    if (section() == null || !sectionIds.contains(section())) {
      p.put("section", "Choose a section.");
    }
    if (!knownAuthors.containsAll(authorIds)) {
      p.put("authors", "Choose authors from the list.");
    }
    if (!imageUrl.isBlank() && !(imageUrl.startsWith("/") || imageUrl.startsWith("https://"))) {
      p.put("image_url", "Use an uploaded image or an https:// address.");
    }
    if (!canonicalUrl.isBlank() && !canonicalUrl.matches("https?://[^\\s\"<>]+")) {
      p.put("canonical_url", "Use a full http:// or https:// address, or leave it empty.");
    }
    if (seoTitle.length() > 200) {
      p.put("seo_title", "Keep the SEO title under 200 characters.");
    }
    if (seoDescription.length() > 400) {
      p.put("seo_description", "Keep the SEO description under 400 characters.");
    }
    if (pinned.length() > 2000) {
      p.put("pinned", "Pin at most five articles.");
    }
    if (tags.length() > 1000) {
      p.put("tags", "Too many tags.");
    } else if (Arrays.stream(tags.split(",")).anyMatch(t -> t.strip().length() > TAG_LIMIT)) {
      p.put("tags", "Keep each tag to " + TAG_LIMIT + " characters or fewer.");
    }
    return p;
  }

  /** What publishing needs beyond a save: the editor says which is missing. */
  static Map<String, String> missingToPublish(Article a) {
    Map<String, String> p = new LinkedHashMap<>();
    if (a.headline().isBlank()) {
      p.put("headline", "A headline is needed to publish.");
    }
    if (a.bodyMarkdown().isBlank()) {
      p.put("body", "A body is needed to publish.");
    }
    if (a.image() != null && (a.image().alt() == null || a.image().alt().isBlank())) {
      p.put("image_alt", "Describe the featured image (alt text) to publish.");
    }
    if (a.authors().isEmpty()) {
      p.put("authors", "Put at least one author on the byline to publish.");
    }
    return p;
  }

  Long section() {
    return sectionId.matches("[0-9]{1,18}") ? Long.parseLong(sectionId) : null;
  }

  List<String> tagNames() {
    return Arrays.stream(tags.split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty() && t.length() <= TAG_LIMIT)
        .distinct()
        .toList();
  }

  public boolean hasAuthor(long id) {
    return authorIds.contains(id);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
