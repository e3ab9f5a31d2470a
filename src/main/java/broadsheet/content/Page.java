package broadsheet.content;

import java.time.Instant;

/** A static page such as About or Privacy, at /page/{slug}; readers see only published ones. */
public record Page(
    long id,
    String slug,
    String title,
    String bodyMarkdown,
    String bodyHtml,
    Instant updatedAt,
    boolean published) {

  public String path() {
    return Addresses.page(slug);
  }
}
