package broadsheet.newsroom;

import broadsheet.RunningSite;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A file upload form as a browser posts it (multipart/form-data), from a signed-in member. */
final class Multipart {
  private Multipart() {}

  static HttpResponse<String> post(
      RunningSite site,
      Staff staff,
      String path,
      Map<String, String> fields,
      String fileField,
      String filename,
      String type,
      byte[] bytes) {
    return post(
        site, staff, path, fields, fileField, filename, type, new ByteArrayInputStream(bytes));
  }

  /** The same with the file streamed, for uploads too large to hold in memory. */
  static HttpResponse<String> post(
      RunningSite site,
      Staff staff,
      String path,
      Map<String, String> fields,
      String fileField,
      String filename,
      String type,
      InputStream file) {
    String boundary = "----broadsheet" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"")
        .append(fileField)
        .append("\"; filename=\"")
        .append(filename)
        .append("\"\r\nContent-Type: ")
        .append(type)
        .append("\r\n\r\n");
    InputStream body =
        new SequenceInputStream(
            Collections.enumeration(
                List.of(
                    new ByteArrayInputStream(head.toString().getBytes(StandardCharsets.UTF_8)),
                    file,
                    new ByteArrayInputStream(
                        ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)))));
    return site.send(
        HttpRequest.newBuilder(URI.create(site.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", "newsroom_session=" + staff.cookie("newsroom_session"))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body))
            .build());
  }
}
