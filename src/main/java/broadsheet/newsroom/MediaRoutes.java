package broadsheet.newsroom;

import broadsheet.web.Routes;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Image upload in the newsroom, and the public /media/ files with their variants. */
final class MediaRoutes {
  private final ImageStore images;
  private final Templates templates;
  private final AdminFrames frames;

  MediaRoutes(ImageStore images, Templates templates, AdminFrames frames) {
    this.images = images;
    this.templates = templates;
    this.frames = frames;
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin/media", ctx -> page(ctx, null, null, 200));
    config.routes.post("/admin/media", this::upload);
    Routes.readable(config, "/media/{file}", this::serve);
  }

  private void upload(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    if (!Permissions.canUpload(me)) {
      throw new ForbiddenResponse("Your role cannot upload images.");
    }
    UploadedFile file = ctx.uploadedFile("image");
    String alt = ctx.formParam("alt") == null ? "" : ctx.formParam("alt").strip();
    if (file == null) {
      page(ctx, "Choose an image file to upload.", null, 400);
      return;
    }
    if (file.size() > ImageStore.MAX_BYTES) {
      page(ctx, "The file is larger than 10 MB.", null, 413);
      return;
    }
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) ImageStore.MAX_BYTES + 1);
      UploadedImage image =
          images.store(bytes, alt.length() > 500 ? alt.substring(0, 500) : alt, me.id());
      page(ctx, null, "Uploaded. Use " + image.url() + " as the featured image address.", 201);
    } catch (ImageStore.Refused e) {
      page(ctx, e.getMessage(), null, 415);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serve(Context ctx) {
    Path file = images.file(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
    String name = file.getFileName().toString();
    String type =
        name.endsWith(".png")
            ? "image/png"
            : name.endsWith(".gif")
                ? "image/gif"
                : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
    try {
      // Named by the hash of their bytes, so a name never changes meaning: cache for a year.
      ctx.header("Cache-Control", "public, max-age=31536000, immutable");
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.contentType(type).result(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void page(Context ctx, String error, String message, int status) {
    Account me = NewsroomGate.staff(ctx).account();
    if (!Permissions.canUpload(me)) {
      throw new ForbiddenResponse("Your role cannot upload images.");
    }
    ctx.status(status);
    ctx.html(
        templates.render(
            "admin/media.jte",
            new AdminViews.Media(frames.frame(ctx, "media"), images.recent(60), error, message)));
  }
}
