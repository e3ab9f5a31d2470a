package broadsheet.checks;

import java.util.List;

/**
 * One editorial check. A rule reads the copy and never throws on odd text: it finds something or
 * nothing. A blocking rule stops publishing and scheduling; any other only warns.
 */
interface Rule {
  String id();

  boolean blocking();

  /** What the rule finds in this copy, as seen on this site. */
  List<Finding> find(Copy copy, SiteView site);

  /** A finding of this rule. */
  default Finding finding(String field, String passage, String fix) {
    return new Finding(id(), field, Passages.quote(passage), fix, blocking());
  }
}
