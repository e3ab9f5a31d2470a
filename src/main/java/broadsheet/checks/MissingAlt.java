package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * A picture without alt text, in the body or at the top: a reader who cannot see it learns nothing.
 * Blocking.
 */
final class MissingAlt implements Rule {
  @Override
  public String id() {
    return "missing-alt";
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    if (!copy.imageUrl().isBlank() && copy.imageAlt().isBlank()) {
      out.add(
          finding("image_alt", copy.imageUrl(), "Describe the featured image in its alt text."));
    }
    for (RenderedBody.Picture p : copy.rendered().pictures()) {
      if (p.alt() == null || p.alt().isBlank()) {
        out.add(
            finding(
                "body",
                p.src(),
                "Describe the picture: give it alt text (![what it shows](address))."));
      }
    }
    return out;
  }
}
