package broadsheet.checks;

import java.util.List;

/** A featured image without a credit: the photographer or agency is owed one. Warns. */
final class MissingCredit implements Rule {
  @Override
  public String id() {
    return "missing-credit";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    return !copy.imageUrl().isBlank() && copy.imageCredit().isBlank()
        ? List.of(
            finding("image_credit", copy.imageUrl(), "Credit the image: who took or owns it."))
        : List.of();
  }
}
