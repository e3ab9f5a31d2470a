package broadsheet.newsroom;

import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Admins' screen for a WordPress import: the same import as {@code broadsheet import-wxr}, from an
 * uploaded export. The upload goes to a temporary file among the node's incoming uploads (the
 * import reads it twice) that is removed afterwards; the page cache and search index follow the
 * import.
 */
final class ImportRoutes {
  /** Larger exports go through the command line, which has no upload to carry. */
  static final long MAX_BYTES = 256L * 1024 * 1024;

  private final SiteImport siteImport;
  private final Path incoming;
  private final Templates templates;
  private final AdminFrames frames;
  private final Runnable contentReplaced;

  ImportRoutes(
      SiteImport siteImport,
      Path incoming,
      Templates templates,
      AdminFrames frames,
      Runnable contentReplaced) {
    this.siteImport = siteImport;
    this.incoming = incoming;
    this.templates = templates;
    this.frames = frames;
    this.contentReplaced = contentReplaced;
  }

  void register(JavalinConfig config) {
    config.routes.get(
        "/admin/import",
        ctx -> {
          requireAdmin(ctx);
          page(ctx, 200, null, null);
        });
    config.routes.post("/admin/import", this::upload);
  }

  private void upload(Context ctx) throws IOException {
    requireAdmin(ctx);
    UploadedFile file = ctx.uploadedFile("wxr");
    if (file == null || file.size() == 0) {
      page(ctx, 400, "Choose a WordPress export file (.xml) to import.", null);
      return;
    }
    if (file.size() > MAX_BYTES) {
      page(ctx, 413, "That file is over 256 MB: import it with broadsheet import-wxr.", null);
      return;
    }
    Path temporary = Files.createTempFile(incoming, "import-", ".xml");
    try {
      try (InputStream in = file.content()) {
        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
      }
      SiteImport.Outcome outcome = siteImport.run(temporary);
      if (outcome.refusal() != null) {
        page(ctx, 422, "Nothing was imported: " + outcome.refusal(), null);
        return;
      }
      if (outcome.changedAnything()) {
        contentReplaced.run();
      }
      page(ctx, 200, null, outcome.report());
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private void page(Context ctx, int status, String error, String report) {
    ctx.status(status);
    ctx.html(
        templates.render(
            "admin/import.jte", new AdminViews.Import(frames.frame(ctx, "import"), error, report)));
  }

  private static void requireAdmin(Context ctx) {
    if (!Permissions.managesAccounts(NewsroomGate.staff(ctx).account())) {
      throw new ForbiddenResponse("Only admins import content.");
    }
  }
}
