package broadsheet.web;

import broadsheet.content.Section;
import broadsheet.content.SiteSettings;
import broadsheet.media.MediaLinks;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Makes the {@link Chrome} of a public page for one request, whichever feature renders it. */
public final class PageChrome {
  private final Supplier<SiteSettings> site;
  private final Supplier<List<Section>> sections;
  private final Function<String, String> assetUrl;
  private final PreviewAccess preview;
  private final MediaLinks media;

  /**
   * @param sections every section; the top-level ones make the navigation
   * @param assetUrl the served (fingerprinted) URL of a static file
   * @param media where pages link media files
   */
  public PageChrome(
      Supplier<SiteSettings> site,
      Supplier<List<Section>> sections,
      Function<String, String> assetUrl,
      PreviewAccess preview,
      MediaLinks media) {
    this.site = site;
    this.sections = sections;
    this.assetUrl = assetUrl;
    this.preview = preview;
    this.media = media;
  }

  /** The chrome of a page outside any section. */
  public Chrome of(Context ctx) {
    return of(ctx, null);
  }

  /** The chrome of a page in the section of this slug, marked as current in the navigation. */
  public Chrome of(Context ctx, String currentSection) {
    List<Section> navigation = sections.get().stream().filter(s -> s.parentId() == null).toList();
    return new Chrome(
        site.get(),
        navigation,
        Consent.parse(ctx.cookie(Consent.COOKIE)),
        ctx.path(),
        assetUrl.apply("site.css"),
        assetUrl.apply("logo.png"),
        currentSection,
        preview.onPreviewHost(ctx),
        media);
  }
}
