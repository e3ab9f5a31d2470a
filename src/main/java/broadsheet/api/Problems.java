package broadsheet.api;

import broadsheet.web.ErrorFormat;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Every error under /api/ as an RFC 9457 problem document, never an HTML page: the ones API
 * handlers throw ({@link ApiProblem}), the app's own (404 for an unknown address, 503 while the
 * store is away, 500) handed over by the error pages, and Jetty's (a body refused before it is
 * read: 411, 413, 415).
 */
public final class Problems implements ErrorFormat {
  /** The first path segment of both APIs and their reference. */
  public static final String PREFIX = "/api/";

  private final ApiJson json;

  public Problems(ApiJson json) {
    this.json = json;
  }

  /** A problem of this status; its type links to the reference page's list of errors. */
  static Problem problem(int status, String detail, List<Problem.FieldError> errors) {
    return new Problem(
        "/api#error-" + status,
        HttpStatus.getMessage(status),
        status,
        detail,
        errors.isEmpty() ? null : List.copyOf(errors));
  }

  /** What the app's own errors say, the same for every request of that status. */
  static String standardDetail(int status) {
    return switch (status) {
      case 404 -> "Nothing is published at this address.";
      case 405 -> "This address does not take that method.";
      case 411 -> "A body sent here must say how long it is.";
      case 413 -> "The request body is larger than this address accepts.";
      case 415 -> "This address does not take a body of that type.";
      case 429 -> "Too many requests from this client; try again after Retry-After seconds.";
      case 503 -> "The service cannot answer just now; try again shortly.";
      case 500 -> "The request failed because of an error on our side.";
      default -> "The request could not be understood.";
    };
  }

  public void register(JavalinConfig config) {
    config.routes.exception(ApiProblem.class, (e, ctx) -> send(ctx, e));
  }

  @Override
  public boolean claims(String path) {
    return path.startsWith(PREFIX);
  }

  @Override
  public void answer(Context ctx, int status) {
    send(ctx, problem(status, standardDetail(status), List.of()));
  }

  void send(Context ctx, ApiProblem e) {
    if (e.retryAfterSeconds() >= 0) {
      ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
    }
    send(ctx, e.problem());
  }

  void send(Context ctx, Problem problem) {
    ctx.status(problem.status());
    ctx.header("Cache-Control", "no-store");
    ctx.res().setCharacterEncoding((String) null);
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(json.write(problem));
  }

  /** Writes a problem from Jetty's core, in front of Javalin (refused bodies, keys, limits). */
  void send(Response response, Callback callback, Problem problem, long retryAfterSeconds) {
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    headers.put("X-Content-Type-Options", "nosniff");
    if (retryAfterSeconds >= 0) {
      headers.put(HttpHeader.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
    byte[] body = json.write(problem);
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.setStatus(problem.status());
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * Jetty's error handler with API paths answered as problems (their message as the detail), and
   * every other path left to {@code pages}.
   */
  public ErrorHandler errorHandler(ErrorHandler pages) {
    return new ErrorHandler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback)
          throws Exception {
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException) {
          // A request Jetty could not read (an address or headers too long): it closes the
          // connection after this answer without saying so, and a client that reused the
          // connection would lose its next request.
          response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        if (!claims(request.getHttpURI().getPath())) {
          return pages.handle(request, response, callback);
        }
        int status =
            request.getAttribute(ERROR_STATUS) instanceof Integer code
                ? code
                : response.getStatus();
        String message =
            request.getAttribute(ERROR_MESSAGE) instanceof String text && !text.isBlank()
                ? text
                : standardDetail(status);
        send(response, callback, problem(status, message, List.of()), -1);
        return true;
      }
    };
  }
}
