package broadsheet.content;

import java.time.Instant;

/** A static page such as About or Privacy, at /page/{slug}. */
public record Page(
    long id, String slug, String title, String bodyMarkdown, String bodyHtml, Instant updatedAt) {

  public String path() {
    return "/page/" + slug;
  }
}
