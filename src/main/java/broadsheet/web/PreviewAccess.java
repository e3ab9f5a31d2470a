package broadsheet.web;

import broadsheet.content.Article;
import io.javalin.http.Context;

/**
 * Who may see unpublished articles on the preview host: decided by the newsroom (staff sessions,
 * signed preview links), asked by the site. On the public host nothing unpublished is ever shown.
 */
public interface PreviewAccess {
  boolean onPreviewHost(Context ctx);

  boolean isStaff(Context ctx);

  boolean mayPreview(Context ctx, Article article);
}
