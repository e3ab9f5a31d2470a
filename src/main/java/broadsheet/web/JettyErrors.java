package broadsheet.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any route (an address too long, a body too large, a request it
 * cannot parse): in UTF-8, and as HTML a small valid HTML5 page, like every page we emit, instead
 * of Jetty's own (declared ISO-8859-1, no doctype).
 */
class JettyErrors extends ErrorHandler {
  @Override
  protected boolean generateAcceptableResponse(
      Request request,
      Response response,
      Callback callback,
      String contentType,
      List<Charset> charsets,
      int code,
      String message,
      Throwable cause)
      throws IOException {
    return super.generateAcceptableResponse(
        request,
        response,
        callback,
        contentType,
        List.of(StandardCharsets.UTF_8),
        code,
        message,
        cause);
  }

  @Override
  protected void writeErrorHtml(
      Request request, Writer writer, Charset charset, int code, String message, Throwable cause)
      throws IOException {
    String reason = code + " " + HttpStatus.getMessage(code);
    writer.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>");
    write(writer, reason);
    writer.write("</title></head><body><h1>");
    write(writer, reason);
    writer.write("</h1>");
    if (message != null && !message.isBlank() && !message.equals(HttpStatus.getMessage(code))) {
      writer.write("<p>");
      write(writer, message);
      writer.write("</p>");
    }
    writer.write("</body></html>\n");
  }
}
