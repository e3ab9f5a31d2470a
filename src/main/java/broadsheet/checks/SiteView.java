package broadsheet.checks;

import java.time.Instant;
import java.util.Set;

/**
 * What the rules know of the site beyond the copy: its style, the hosts no reader can follow a link
 * to (the preview host) or that it has left (the old WordPress sites), the words its headlines give
 * an apostrophe ("Russia" for "Russia's"), and the time now.
 */
public record SiteView(
    Style style, String previewHost, Set<String> oldHosts, Set<String> possessives, Instant now) {
  public SiteView {
    previewHost = previewHost == null ? "" : previewHost;
    oldHosts = Set.copyOf(oldHosts);
    possessives = Set.copyOf(possessives);
  }
}
