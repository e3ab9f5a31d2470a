package broadsheet.checks;

import java.util.List;

/** A scheduled article whose time has passed without it going out. Warns. */
final class ScheduledInPast implements Rule {
  @Override
  public String id() {
    return "scheduled-in-past";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    var when = copy.scheduledFor();
    return when != null && when.isBefore(site.now())
        ? List.of(
            finding("publish_at", when.toString(), "Choose a time in the future, or publish now."))
        : List.of();
  }
}
