package broadsheet.newsroom;

import io.javalin.http.Context;
import java.util.function.Supplier;

/** Builds the frame every newsroom page is drawn in. */
final class AdminFrames {
  private final Supplier<String> siteName;
  private final Supplier<String> stylesheet;

  AdminFrames(Supplier<String> siteName, Supplier<String> stylesheet) {
    this.siteName = siteName;
    this.stylesheet = stylesheet;
  }

  AdminViews.Frame frame(Context ctx, String current) {
    StaffSession s = NewsroomGate.staff(ctx);
    return new AdminViews.Frame(
        siteName.get(), s.account(), s.csrfToken(), stylesheet.get(), current);
  }
}
