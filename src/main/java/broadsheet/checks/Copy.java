package broadsheet.checks;

import broadsheet.content.Article;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.Status;
import java.time.Instant;
import java.util.List;

/**
 * The copy of one article as the rules read it: its plain-text fields, its body as written
 * (Markdown, or the HTML blocks an import writes) and as rendered, its featured image, its schedule
 * and its corrections. The rendered body is parsed once, when a rule first asks.
 */
public final class Copy {
  private final String headline;
  private final String standfirst;
  private final String body;
  private final String bodyHtml;
  private final String imageUrl;
  private final String imageAlt;
  private final String imageCredit;
  private final Instant scheduledFor;
  private final List<String> corrections;
  private RenderedBody rendered;

  /**
   * @param scheduledFor the time a scheduled article goes out, else null
   */
  public Copy(
      String headline,
      String standfirst,
      String body,
      String bodyHtml,
      String imageUrl,
      String imageAlt,
      String imageCredit,
      Instant scheduledFor,
      List<String> corrections) {
    this.headline = nz(headline);
    this.standfirst = nz(standfirst);
    this.body = nz(body);
    this.bodyHtml = nz(bodyHtml);
    this.imageUrl = nz(imageUrl);
    this.imageAlt = nz(imageAlt);
    this.imageCredit = nz(imageCredit);
    this.scheduledFor = scheduledFor;
    this.corrections = corrections == null ? List.of() : List.copyOf(corrections);
  }

  /** The copy of a stored article. */
  public static Copy of(Article a) {
    return of(
        a.headline(),
        a.standfirst(),
        a.bodyMarkdown(),
        a.bodyHtml(),
        a.image(),
        a.status() == Status.SCHEDULED ? a.publishedAt() : null,
        a.corrections());
  }

  /** The copy of an article's parts (image and corrections may be null: none). */
  public static Copy of(
      String headline,
      String standfirst,
      String body,
      String bodyHtml,
      FeaturedImage image,
      Instant scheduledFor,
      List<Correction> corrections) {
    return new Copy(
        headline,
        standfirst,
        body,
        bodyHtml,
        image == null ? "" : image.url(),
        image == null ? "" : image.alt(),
        image == null ? "" : image.credit(),
        scheduledFor,
        corrections == null ? List.of() : corrections.stream().map(Correction::body).toList());
  }

  String headline() {
    return headline;
  }

  String standfirst() {
    return standfirst;
  }

  String body() {
    return body;
  }

  String imageUrl() {
    return imageUrl;
  }

  String imageAlt() {
    return imageAlt;
  }

  String imageCredit() {
    return imageCredit;
  }

  Instant scheduledFor() {
    return scheduledFor;
  }

  List<String> corrections() {
    return corrections;
  }

  /** The rendered body, parsed on first use. */
  RenderedBody rendered() {
    if (rendered == null) {
      rendered = RenderedBody.of(bodyHtml);
    }
    return rendered;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
