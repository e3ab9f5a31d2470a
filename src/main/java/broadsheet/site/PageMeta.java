package broadsheet.site;

/**
 * What the head of a page says about it: title, description, canonical URL, OpenGraph type and
 * image, structured data, and whether robots may index it.
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
    return new PageMeta(
        title,
        description,
        canonical,
        type,
        imageUrl,
        imageAlt,
        jsonLd,
        feedUrl,
        feedTitle,
        noindex,
        prevUrl,
        nextUrl);
  }

  public PageMeta withImage(String url, String alt) {
    return new PageMeta(
        title,
        description,
        canonical,
        ogType,
        url,
        alt,
        jsonLd,
        feedUrl,
        feedTitle,
        noindex,
        prevUrl,
        nextUrl);
  }

  public PageMeta withJsonLd(String json) {
    return new PageMeta(
        title,
        description,
        canonical,
        ogType,
        imageUrl,
        imageAlt,
        json,
        feedUrl,
        feedTitle,
        noindex,
        prevUrl,
        nextUrl);
  }

  public PageMeta withFeed(String url, String feedTitle) {
    return new PageMeta(
        title,
        description,
        canonical,
        ogType,
        imageUrl,
        imageAlt,
        jsonLd,
        url,
        feedTitle,
        noindex,
        prevUrl,
        nextUrl);
  }

  public PageMeta withNoindex() {
    return new PageMeta(
        title,
        description,
        canonical,
        ogType,
        imageUrl,
        imageAlt,
        jsonLd,
        feedUrl,
        feedTitle,
        true,
        prevUrl,
        nextUrl);
  }

  public PageMeta withPaging(String prev, String next) {
    return new PageMeta(
        title,
        description,
        canonical,
        ogType,
        imageUrl,
        imageAlt,
        jsonLd,
        feedUrl,
        feedTitle,
        noindex,
        prev,
        next);
  }

  /** JSON-LD safe inside a script element: no "</" can close it early. */
  public String jsonLdForScript() {
    return jsonLd == null ? null : jsonLd.replace("</", "<\\/");
  }
}
