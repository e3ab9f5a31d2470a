package broadsheet.wordpress;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * WordPress post content to the HTML a Broadsheet body holds. WordPress stores bodies half-made:
 * classic posts have no paragraphs (its {@code wpautop} adds them when showing), block posts carry
 * {@code <!-- wp:… -->} comments, and both may hold shortcodes. This does what WordPress would do
 * when showing the post, stage by stage ({@link Shortcodes}, {@link AutoParagraphs}, {@link
 * Tidying}), and writes the result with one top-level block per paragraph, so that the body is also
 * valid Markdown source (CommonMark passes such HTML blocks through unchanged) and the newsroom's
 * editor can go on from it.
 */
final class WordPressContent {
  private static final Pattern BLOCK_COMMENT =
      Pattern.compile("<!--\\s*/?wp:.*?-->", Pattern.DOTALL);
  private static final Pattern SPECIAL_COMMENT =
      Pattern.compile("<!--\\s*(?:more|nextpage|noteaser)\\b.*?-->", Pattern.DOTALL);

  /** An attachment of the export, as posts refer to it. */
  record Attachment(
      String id, String url, String title, String alt, String caption, String parent) {
    boolean isImage() {
      return url.toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png|gif|webp|avif)(\\?.*)?");
    }
  }

  /** The attachments a post can name, by id or as its children (for a plain [gallery]). */
  interface Media {
    Attachment byId(String id);

    List<Attachment> children(String postId);
  }

  /**
   * A converted body: the HTML to store, and the same blocks a blank line apart as the Markdown
   * source (which renders to exactly that HTML).
   */
  record Body(String markdown, String html) {}

  private final Shortcodes shortcodes;
  private final Tidying tidying;

  WordPressContent(Media media, Consumer<String> unknownShortcode) {
    this.shortcodes = new Shortcodes(media, unknownShortcode);
    this.tidying = new Tidying(media);
  }

  /** The post's content as sanitised HTML that is also its own Markdown source. */
  Body convert(String content, String postId) {
    String text = content.replace("\r\n", "\n").replace('\r', '\n');
    boolean comments = text.contains("<!--");
    boolean blocks = comments && BLOCK_COMMENT.matcher(text).find();
    if (blocks) {
      text = BLOCK_COMMENT.matcher(text).replaceAll("");
    }
    if (comments) {
      text = SPECIAL_COMMENT.matcher(text).replaceAll("");
    }
    text = shortcodes.expand(text, postId);
    if (!blocks) {
      text = AutoParagraphs.autop(text);
    }
    return tidying.tidy(text);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
