package broadsheet.checks;

import java.util.List;

/** A correction or update with no text, which readers see as a bare label. Warns. */
final class EmptyCorrection implements Rule {
  @Override
  public String id() {
    return "empty-correction";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    return copy.corrections().stream().anyMatch(String::isBlank)
        ? List.of(finding("correction", "", "Say what was corrected, in a sentence."))
        : List.of();
  }
}
