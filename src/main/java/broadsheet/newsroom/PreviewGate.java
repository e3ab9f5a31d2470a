package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.web.CacheBypass;
import broadsheet.web.PreviewAccess;
import io.javalin.http.Context;

/** The newsroom's answer to "may this request see unpublished work on the preview host?". */
final class PreviewGate implements PreviewAccess {
  private final CacheBypass hosts;
  private final SessionStore sessions;
  private final PreviewLinks links;

  PreviewGate(CacheBypass hosts, SessionStore sessions, PreviewLinks links) {
    this.hosts = hosts;
    this.sessions = sessions;
    this.links = links;
  }

  @Override
  public boolean onPreviewHost(Context ctx) {
    return hosts.onPreviewHost(ctx.host());
  }

  @Override
  public boolean isStaff(Context ctx) {
    return sessions.find(ctx.cookie(NewsroomGate.COOKIE)).isPresent();
  }

  /**
   * A holder of the article's preview link sees it; so does staff who may open it in the newsroom
   * (any staff for a published article, which the public host shows anyway).
   */
  @Override
  public boolean mayPreview(Context ctx, Article article) {
    if (links.opens(ctx.queryParam("preview"), article.id())) {
      return true;
    }
    return sessions
        .find(ctx.cookie(NewsroomGate.COOKIE))
        .map(s -> article.isPublished() || Permissions.canEdit(s.account(), article))
        .orElse(false);
  }
}
