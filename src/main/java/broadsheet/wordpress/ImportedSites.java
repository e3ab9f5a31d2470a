package broadsheet.wordpress;

import broadsheet.store.Database;
import java.util.Set;
import java.util.TreeSet;

/** The hosts of the WordPress sites imported into a store: the old sites a paper moved from. */
public final class ImportedSites {
  private ImportedSites() {}

  public static Set<String> hosts(Database database) {
    Set<String> hosts = new TreeSet<>();
    database
        .jdbi()
        .useHandle(
            h ->
                h.createQuery("SELECT DISTINCT site FROM wordpress_items")
                    .mapTo(String.class)
                    .forEach(
                        site -> {
                          String host = site == null ? "" : site.split("/", 2)[0].strip();
                          if (!host.isEmpty()) {
                            hosts.add(host);
                          }
                        }));
    return hosts;
  }
}
