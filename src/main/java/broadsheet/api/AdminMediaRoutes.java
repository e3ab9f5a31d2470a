package broadsheet.api;

import broadsheet.content.CleanText;
import broadsheet.media.MediaUnavailable;
import broadsheet.newsroom.Account;
import broadsheet.newsroom.Editorial;
import broadsheet.newsroom.UploadedImage;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Image upload through the Admin API: multipart on this route only, the role checked by the gate
 * before the body is read, then the newsroom's own checks of the file.
 */
final class AdminMediaRoutes {
  /** The longest alt text kept, as the newsroom's upload form keeps it. */
  static final int ALT_LIMIT = 500;

  private final Editorial editorial;
  private final AdminResponses out;

  AdminMediaRoutes(Editorial editorial, AdminResponses out) {
    this.editorial = editorial;
    this.out = out;
  }

  AdminRoute route(String path) {
    return new AdminRoute(
        "post",
        path,
        "uploadImage",
        "Upload an image (multipart: image, alt); the same checks as the newsroom's upload",
        "multipart",
        201,
        "Image",
        List.of(400, 403, 413, 415, 422, 503),
        this::upload);
  }

  /** An uploaded image: the address articles use, and its stored variants. */
  record Image(
      String url,
      String hash,
      String format,
      int width,
      int height,
      long bytes,
      String alt,
      Instant uploadedAt,
      List<String> files) {
    static Image of(UploadedImage i) {
      return new Image(
          i.url(),
          i.hash(),
          i.format(),
          i.width(),
          i.height(),
          i.bytes(),
          i.alt(),
          i.uploadedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
          i.files().stream().map(f -> "/media/" + f).toList());
    }
  }

  private void upload(Context ctx) {
    Account me = TokenGate.account(ctx);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/form-data")) {
      throw ApiProblem.of(415, "Send the image as multipart/form-data, in the field \"image\".");
    }
    UploadedFile file;
    String alt;
    try {
      file = ctx.uploadedFile("image");
      alt = ctx.formParam("alt");
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw ApiProblem.badRequest("The multipart body could not be read.");
    }
    if (file == null) {
      throw ApiProblem.invalid("image", "Send the image in the multipart field \"image\".");
    }
    if (file.size() > Editorial.MAX_IMAGE_BYTES) {
      throw ApiProblem.of(413, "The file is larger than 10 MB.");
    }
    alt = alt == null ? "" : alt.strip();
    if (alt.length() > ALT_LIMIT) {
      throw ApiProblem.unprocessable("alt", "Keep the alt text to " + ALT_LIMIT + " characters.");
    }
    if (CleanText.firstForbidden(alt, false) >= 0) {
      throw ApiProblem.unprocessable("alt", "The alt text holds a character that is not text.");
    }
    try (InputStream in = file.content()) {
      byte[] bytes = in.readNBytes((int) Editorial.MAX_IMAGE_BYTES + 1);
      out.json(ctx, 201, Image.of(editorial.upload(me, bytes, alt)));
    } catch (MediaUnavailable e) {
      ctx.header("Retry-After", "60");
      throw ApiProblem.of(503, "The image store cannot be reached just now; nothing was saved.");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
