package broadsheet.site;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Addresses the site no longer answers at, with where their content lives now (old WordPress
 * permalinks after an import). Asked only for addresses nothing else answers.
 */
@FunctionalInterface
public interface MovedPages {
  Optional<String> find(String path, Map<String, List<String>> query);

  MovedPages NONE = (path, query) -> Optional.empty();
}
