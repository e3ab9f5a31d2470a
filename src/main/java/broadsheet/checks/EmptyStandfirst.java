package broadsheet.checks;

import java.util.List;

/**
 * An article without a standfirst, which lists, search results and cards show under the headline.
 * Warns.
 */
final class EmptyStandfirst implements Rule {
  @Override
  public String id() {
    return "empty-standfirst";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    return copy.standfirst().isBlank()
        ? List.of(
            finding(
                "standfirst", "", "Write a standfirst: one sentence that says what the story is."))
        : List.of();
  }
}
