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

  @Override
  public boolean mayPreview(Context ctx, Article article) {
    return isStaff(ctx) || links.opens(ctx.queryParam("preview"), article.id());
  }
}
