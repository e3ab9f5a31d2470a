package broadsheet.web;

import java.util.function.Consumer;

/**
 * What the head of a page says about it: title, description, canonical URL, OpenGraph type and
 * image, structured data, its feed, paging links, and whether robots may index it.
 */
public record PageMeta(
    String title,
    String description,
    String canonical,
    String ogType,
    String imageUrl,
    String imageAlt,
    String jsonLd,
    String feedUrl,
    String feedTitle,
    boolean noindex,
    String prevUrl,
    String nextUrl) {

  public static PageMeta of(String title, String description, String canonical) {
    return new PageMeta(
        title, description, canonical, "website", null, null, null, null, null, false, null, null);
  }

  public PageMeta withType(String type) {
    return with(m -> m.ogType = type);
  }

  public PageMeta withImage(String url, String alt) {
    return with(
        m -> {
          m.imageUrl = url;
          m.imageAlt = alt;
        });
  }

  public PageMeta withJsonLd(String json) {
    return with(m -> m.jsonLd = json);
  }

  public PageMeta withFeed(String url, String title) {
    return with(
        m -> {
          m.feedUrl = url;
          m.feedTitle = title;
        });
  }

  public PageMeta withNoindex() {
    return with(m -> m.noindex = true);
  }

  public PageMeta withPaging(String prev, String next) {
    return with(
        m -> {
          m.prevUrl = prev;
          m.nextUrl = next;
        });
  }

  /**
   * JSON-LD safe inside a script element: {@code <}, {@code >} and {@code &} (which could close the
   * element or open a comment that swallows it) and U+2028/U+2029 are written as JSON unicode
   * escapes, which only occur inside strings and parse back to the same text.
   */
  public String jsonLdForScript() {
    return jsonLd == null ? null : scriptSafe(jsonLd);
  }

  static String scriptSafe(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A copy with some fields changed: one place that knows every field. */
  private PageMeta with(Consumer<Draft> change) {
    Draft d = new Draft(this);
    change.accept(d);
    return new PageMeta(
        d.title,
        d.description,
        d.canonical,
        d.ogType,
        d.imageUrl,
        d.imageAlt,
        d.jsonLd,
        d.feedUrl,
        d.feedTitle,
        d.noindex,
        d.prevUrl,
        d.nextUrl);
  }

  /** The fields of a page meta being changed. */
  private static final class Draft {
    String title;
    String description;
    String canonical;
    String ogType;
    String imageUrl;
    String imageAlt;
    String jsonLd;
    String feedUrl;
    String feedTitle;
    boolean noindex;
    String prevUrl;
    String nextUrl;

    Draft(PageMeta m) {
      title = m.title;
      description = m.description;
      canonical = m.canonical;
      ogType = m.ogType;
      imageUrl = m.imageUrl;
      imageAlt = m.imageAlt;
      jsonLd = m.jsonLd;
      feedUrl = m.feedUrl;
      feedTitle = m.feedTitle;
      noindex = m.noindex;
      prevUrl = m.prevUrl;
      nextUrl = m.nextUrl;
    }
  }
}
