package broadsheet.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
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

  /** Answers 301 when the request's address is an old one whose content lives elsewhere now. */
  default boolean redirect(Context ctx) {
    var target = find(ctx.path(), ctx.queryParamMap());
    if (target.isEmpty() || target.get().equals(ctx.path())) {
      return false;
    }
    ctx.attribute(ErrorPages.RENDERED, true);
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.redirect(target.get(), HttpStatus.MOVED_PERMANENTLY);
    ctx.skipRemainingHandlers();
    return true;
  }
}
