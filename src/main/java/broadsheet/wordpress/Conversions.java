package broadsheet.wordpress;

import static broadsheet.wordpress.ItemFields.plainText;

import broadsheet.checks.Finding;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.Status;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Posts and pages converting on other threads (a body's conversion is most of an import's work, and
 * needs nothing from the store), handed back in file order, a few behind the reading.
 */
final class Conversions {
  private static final int AHEAD = 64;

  /**
   * What the converting threads make of an item: everything that needs no store. The thread writing
   * the store sets the pace of an import, so all it can leave to others is worked out here.
   */
  record Converted(
      Wxr.Item item,
      ItemKind kind,
      WordPressContent.Body body,
      String fingerprint,
      String headline,
      boolean untitled,
      String standfirst,
      String slug,
      ItemFields.Dates dates,
      Set<String> oldPaths,
      FeaturedImage image,
      List<Correction> corrections,
      List<Finding> findings) {}

  private final ExecutorService converters;
  private final WordPressContent content;
  private final FeaturedImages images;
  private final ZoneId siteZone;
  private final ImportChecks checks;
  private final ArrayDeque<Future<Converted>> pending = new ArrayDeque<>();

  Conversions(
      ExecutorService converters,
      WordPressContent content,
      FeaturedImages images,
      ZoneId siteZone,
      ImportChecks checks) {
    this.converters = converters;
    this.content = content;
    this.images = images;
    this.siteZone = siteZone;
    this.checks = checks;
  }

  /** Starts converting an item; its fingerprint is worked out there too unless already known. */
  void start(Wxr.Item item, ItemKind kind, String knownFingerprint) {
    pending.add(converters.submit(() -> convert(item, kind, knownFingerprint)));
  }

  /** Whether enough items are converting that the oldest should be written before reading on. */
  boolean full() {
    return pending.size() >= AHEAD;
  }

  boolean isEmpty() {
    return pending.isEmpty();
  }

  /** The oldest item started, once converted. */
  Converted next() {
    try {
      return pending.poll().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WxrException("the import was interrupted", e);
    } catch (ExecutionException e) {
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error r -> throw r;
        default -> throw new IllegalStateException(e);
      }
    }
  }

  private Converted convert(Wxr.Item item, ItemKind kind, String knownFingerprint) {
    WordPressContent.Body body = content.convert(item.content(), item.postId());
    String title = plainText(item.title());
    String headline = title.isBlank() ? ItemFields.firstWords(body.html()) : title;
    String standfirst = plainText(item.excerpt());
    ItemFields.Dates dates = ItemFields.dates(item, siteZone);
    FeaturedImage image = null;
    List<Correction> corrections = List.of();
    List<Finding> findings = List.of();
    if (kind == ItemKind.ARTICLE) {
      image = images.of(item);
      corrections = ItemFields.corrections(item);
      ImportChecks.Reviewed reviewed =
          checks.review(
              body,
              new ImportChecks.Post(
                  headline,
                  standfirst,
                  image,
                  ItemFields.status(item) == Status.SCHEDULED ? dates.when() : null,
                  corrections),
              "“" + headline + "” (post " + item.postId() + ")");
      body = reviewed.body();
      findings = reviewed.findings();
    }
    return new Converted(
        item,
        kind,
        body,
        knownFingerprint != null ? knownFingerprint : Fingerprint.of(item),
        headline,
        title.isBlank(),
        standfirst,
        ItemFields.slugOf(item.postName(), headline),
        dates,
        OldAddresses.ofItem(item, kind),
        image,
        corrections,
        findings);
  }
}
