package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/** Links to the WordPress site the paper moved from, which will not stay up. Warns. */
final class OldDomainLink implements Rule {
  @Override
  public String id() {
    return "old-domain-link";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    if (site.oldHosts().isEmpty()) {
      return out;
    }
    List<String> addresses = new ArrayList<>(copy.rendered().addresses());
    addresses.add(copy.imageUrl());
    for (String address : addresses) {
      String host = Hosts.of(address);
      if (!host.isEmpty() && site.oldHosts().stream().anyMatch(old -> Hosts.same(host, old))) {
        out.add(
            finding(
                address.equals(copy.imageUrl()) ? "image_url" : "body",
                address,
                "Link to the article's address on this site, or upload the file here: "
                    + host
                    + " is the old site."));
      }
    }
    return out;
  }
}
