package broadsheet.web;

import broadsheet.content.Section;
import broadsheet.content.SiteSettings;
import broadsheet.media.MediaLinks;
import java.util.List;

/**
 * What every page around its content needs: the masthead, the section navigation, the reader's
 * consent state for the banner, the path (for "back" after a consent choice), asset URLs and where
 * media files are linked.
 */
public record Chrome(
    SiteSettings site,
    List<Section> navigation,
    Consent consent,
    String path,
    String stylesheet,
    String logo,
    String currentSection,
    boolean preview,
    MediaLinks media) {

  /** The absolute URL of the paper's logo, the fallback image for sharing. */
  public String logoUrl() {
    return site.absolute(logo);
  }

  public boolean isCurrent(Section section) {
    return section.slug().equals(currentSection);
  }
}
