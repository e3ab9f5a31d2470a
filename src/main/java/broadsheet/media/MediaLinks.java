package broadsheet.media;

/**
 * The address pages link media at: this server's /media/ (base null), or --media-base-url, a CDN or
 * the bucket. Articles keep /media/FILE in the store, so the base can change without touching them;
 * links are made when a page is rendered.
 */
public record MediaLinks(String base) {
  public static final String PATH = "/media/";
  public static final MediaLinks OWN = new MediaLinks(null);

  /** A media address as pages show it; any other address as it is. */
  public String link(String url) {
    return base == null || url == null || !url.startsWith(PATH)
        ? url
        : base + url.substring(PATH.length());
  }

  /** A srcset's addresses ("/media/a-400.jpg 400w, /media/a-800.jpg 800w") as pages show them. */
  public String srcset(String srcset) {
    return base == null || srcset == null ? srcset : srcset.replace(PATH, base);
  }

  /** The images and links of an article's body (rendered HTML) that name /media/ files. */
  public String body(String html) {
    return base == null || html == null
        ? html
        : html.replace("src=\"" + PATH, "src=\"" + base)
            .replace("href=\"" + PATH, "href=\"" + base);
  }
}
