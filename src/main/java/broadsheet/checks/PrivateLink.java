package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;

/**
 * Links and pictures no reader can follow: on the preview host, this machine ({@code localhost}) or
 * a private network. Blocking.
 */
final class PrivateLink implements Rule {
  @Override
  public String id() {
    return "private-link";
  }

  @Override
  public boolean blocking() {
    return true;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<Finding> out = new ArrayList<>();
    look("image_url", copy.imageUrl(), site, out);
    for (String address : copy.rendered().addresses()) {
      look("body", address, site, out);
    }
    return out;
  }

  private void look(String field, String address, SiteView site, List<Finding> out) {
    String host = Hosts.of(address);
    if (host.isEmpty()) {
      return;
    }
    if (Hosts.same(host, site.previewHost().toLowerCase(java.util.Locale.ROOT))) {
      out.add(
          finding(
              field,
              address,
              "Link to the published address: the preview host is for staff only."));
    } else if (Hosts.isPrivate(host)) {
      out.add(finding(field, address, "Link to a public address: " + host + " is not on the web."));
    }
  }
}
