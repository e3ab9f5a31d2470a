package broadsheet.newsroom;

import broadsheet.media.MediaFile;
import broadsheet.media.MediaUnavailable;
import broadsheet.web.PageError;
import broadsheet.web.Routes;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Image upload in the newsroom, and the public /media/ files with their variants, from whichever
 * media store this node is given: a missing file is the site's 404, a store that cannot be reached
 * a 503.
 */
final class MediaRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(MediaRoutes.class);
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
    String alt = Forms.value(ctx, "alt");
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
    } catch (MediaUnavailable e) {
      LOG.warn("an upload answered 503: {}", e.getMessage());
      ctx.header("Retry-After", "60");
      page(
          ctx,
          "The image store cannot be reached just now, so nothing was saved. Please try again in"
              + " a minute.",
          null,
          503);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serve(Context ctx) {
    MediaFile file;
    try {
      file = images.file(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
    } catch (MediaUnavailable e) {
      LOG.warn("{} answered 503: {}", ctx.path(), e.getMessage());
      ctx.header("Retry-After", "60");
      throw new PageError(
          503, "Temporarily unavailable", "This image cannot be shown just now. Please try again.");
    }
    // Named by the hash of their bytes, so a name never changes meaning: cache for a year.
    ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Content-Length", Long.toString(file.length()));
    // Exactly the image's type: the UTF-8 every page is sent in means nothing for an image.
    ctx.res().setCharacterEncoding((String) null);
    ctx.contentType(file.contentType());
    if (ctx.method() == HandlerType.HEAD) {
      close(file);
    } else {
      // Streamed from the folder or the bucket; Javalin closes the stream once it is sent.
      ctx.result(file.content());
    }
  }

  private static void close(MediaFile file) {
    try {
      file.content().close();
    } catch (IOException e) {
      LOG.debug("closing {}: {}", file.name(), e.getMessage());
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
