package broadsheet.wordpress;

import broadsheet.content.FeaturedImage;

/**
 * A post's featured image: the attachment its {@code _thumbnail_id} names, in this export or an
 * earlier import of the site, with the credit Broadsheet's own exports carry. Worked out on the
 * converting threads, so the editorial checks see the image too.
 */
final class FeaturedImages {
  private final WordPressContent.Media media;
  private final ImportReport report;

  FeaturedImages(WordPressContent.Media media, ImportReport report) {
    this.media = media;
    this.report = report;
  }

  /** The post's featured image, or null if it names none (or one the export lacks, noted). */
  FeaturedImage of(Wxr.Item item) {
    String id = item.meta("_thumbnail_id");
    if (id == null || id.isBlank()) {
      return null;
    }
    WordPressContent.Attachment a = media.byId(id.strip());
    if (a == null) {
      report.note("a featured image names an attachment that is not in the export");
      return null;
    }
    String credit = item.meta("_broadsheet_image_credit");
    return new FeaturedImage(a.url(), a.alt(), a.caption().isBlank() ? null : a.caption(), credit);
  }
}
