package broadsheet.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one place request bodies are limited, judged from the headers before a byte of the body is
 * read. Routes open to anyone (the consent form, sign-in, setup, search, the public pages) take
 * only a small url-encoded form of {@link #OPEN_FORM} bytes at most, with a declared length. The
 * rest of the newsroom takes url-encoded forms up to {@link #NEWSROOM_FORM} (article bodies), and
 * only its two upload routes take multipart: images up to {@link #IMAGE_UPLOAD}, WordPress exports
 * up to {@link #IMPORT_UPLOAD}. The Admin API takes JSON as large as a newsroom form, and multipart
 * images on its media route. Whether the sender may use them at all (a session or a token, a role)
 * the newsroom's and the API's gates decide, also before reading. Anything else is refused with 415
 * (wrong type), 411 (no length on an open route) or 413 (too large); a body without a declared
 * length is cut off at its route's limit. A refused body of up to {@link #LINGER} bytes is still
 * read, and thrown away, before the answer; so is one that no route read. A client that stops
 * sending is dropped after {@link #IDLE_TIMEOUT_MS}.
 */
public final class BodyLimits extends Handler.Wrapper {
  /** A form anyone may post: a few fields of a few hundred characters each. */
  public static final long OPEN_FORM = 8 * 1024;

  /** A newsroom form (an article with its body), sent by signed-in staff. */
  public static final long NEWSROOM_FORM = 12L * 1024 * 1024;

  /** An image upload: the 10 MB image and the form's other fields. */
  public static final long IMAGE_UPLOAD = 11L * 1024 * 1024;

  /** A WordPress export of up to 256 MB and the form's other fields. */
  public static final long IMPORT_UPLOAD = 257L * 1024 * 1024;

  /**
   * The largest body read to its end (and thrown away) when its answer did not need it. A
   * connection closed while its client is still sending is reset, and the reset can take the answer
   * with it: a browser that posts a form a little too large, or an article after its session has
   * expired, would show a broken connection instead of the 413 or the sign-in page. A larger body
   * is cut off unread.
   */
  public static final long LINGER = 1024 * 1024;

  /** How long a read or write may wait on a silent client before the connection is dropped. */
  public static final long IDLE_TIMEOUT_MS = 30_000;

  private static final Map<String, Long> UPLOADS =
      Map.of(
          "/admin/media", IMAGE_UPLOAD,
          "/admin/import", IMPORT_UPLOAD,
          "/api/admin/v1/media", IMAGE_UPLOAD);

  private static final String ADMIN_API = "/api/admin/v1/";

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String MULTIPART = "multipart/form-data";
  private static final String JSON = "application/json";

  public BodyLimits(Handler next) {
    super(next);
  }

  /** What a route may be sent: the largest body, and whether multipart is allowed. */
  private record Allowance(long bytes, boolean multipart, boolean open, boolean json) {}

  private static Allowance allowance(String method, String path) {
    Long upload = method.equals("POST") ? UPLOADS.get(path) : null;
    if (upload != null) {
      return new Allowance(upload, true, false, false);
    }
    if (path.startsWith(ADMIN_API)) {
      return new Allowance(NEWSROOM_FORM, false, false, true);
    }
    boolean newsroom =
        (path.equals("/admin") || path.startsWith("/admin/"))
            && !path.equals("/admin/login")
            && !path.equals("/admin/setup");
    return newsroom
        ? new Allowance(NEWSROOM_FORM, false, false, false)
        : new Allowance(OPEN_FORM, false, true, false);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    var headers = request.getHeaders();
    long length = headers.getLongField(HttpHeader.CONTENT_LENGTH);
    boolean unbounded = length < 0 && headers.contains(HttpHeader.TRANSFER_ENCODING);
    if (length <= 0 && !unbounded) {
      return super.handle(request, response, callback);
    }
    Allowance allowed = allowance(request.getMethod(), request.getHttpURI().getPath());
    String type = headers.get(HttpHeader.CONTENT_TYPE);
    String mime =
        type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!mime.equals(FORM)
        && !(allowed.multipart() && mime.equals(MULTIPART))
        && !(allowed.json() && mime.equals(JSON))) {
      return refuse(
          request,
          response,
          callback,
          length,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
          "This address takes only a url-encoded form.");
    }
    if (length > allowed.bytes()) {
      return refuse(
          request,
          response,
          callback,
          length,
          HttpStatus.PAYLOAD_TOO_LARGE_413,
          "The request body is larger than this address accepts.");
    }
    if (unbounded && allowed.open()) {
      return refuse(
          request,
          response,
          callback,
          length,
          HttpStatus.LENGTH_REQUIRED_411,
          "A form sent here must say how long it is.");
    }
    return super.handle(
        unbounded ? new Bounded(request, allowed.bytes()) : request, response, callback);
  }

  private static boolean refuse(
      Request request,
      Response response,
      Callback callback,
      long length,
      int status,
      String message) {
    if (length > 0 && length <= LINGER) {
      Content.Source.consumeAll(
          request,
          Callback.from(
              () -> Response.writeError(request, response, callback, status, message),
              callback::failed));
    } else {
      // Never read: Jetty closes the connection rather than drain what is left of it.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      Response.writeError(request, response, callback, status, message);
    }
    return true;
  }

  /**
   * Reads what is left of a body no route read (a stranger's post turned away by a gate, a post to
   * a page), up to {@link #LINGER}, after the routes and before the answer is sent.
   */
  public static void readTheRest(Context ctx) {
    long length = ctx.req().getContentLengthLong();
    if (length <= 0 || length > LINGER) {
      return;
    }
    try {
      ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
    } catch (IllegalStateException | IOException e) {
      // Read as characters by its route, or the client has gone: nothing is left to wait for.
    }
  }

  /** A body of undeclared length, failed with 413 once it passes the route's limit. */
  private static final class Bounded extends Request.Wrapper {
    private final long limit;
    private long read;

    Bounded(Request request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public Content.Chunk read() {
      Content.Chunk chunk = super.read();
      if (chunk == null || Content.Chunk.isFailure(chunk)) {
        return chunk;
      }
      ByteBuffer bytes = chunk.getByteBuffer();
      read += bytes == null ? 0 : bytes.remaining();
      if (read > limit) {
        chunk.release();
        return Content.Chunk.from(
            new BadMessageException(
                HttpStatus.PAYLOAD_TOO_LARGE_413, "The request body is too large."),
            true);
      }
      return chunk;
    }
  }
}
