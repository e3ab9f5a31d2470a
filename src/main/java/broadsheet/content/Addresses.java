package broadsheet.content;

/**
 * Where each kind of content lives on the public site: the one place that knows the shapes of its
 * addresses, both as links built from slugs and as the route patterns that answer them (whose path
 * parameters are named {@code section} and {@code slug}).
 */
public final class Addresses {
  public static final String ARTICLE_ROUTE = "/{section}/{slug}";
  public static final String SECTION_ROUTE = "/{section}";
  public static final String TAG_ROUTE = "/tag/{slug}";
  public static final String AUTHOR_ROUTE = "/author/{slug}";
  public static final String PAGE_ROUTE = "/page/{slug}";

  private Addresses() {}

  public static String article(String sectionSlug, String slug) {
    return "/" + sectionSlug + "/" + slug;
  }

  public static String section(String slug) {
    return "/" + slug;
  }

  public static String tag(String slug) {
    return "/tag/" + slug;
  }

  public static String author(String slug) {
    return "/author/" + slug;
  }

  public static String page(String slug) {
    return "/page/" + slug;
  }
}
