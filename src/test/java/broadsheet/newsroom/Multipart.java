package broadsheet.newsroom;

import broadsheet.TestSite;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** A file upload form as a browser posts it (multipart/form-data), from a signed-in member. */
final class Multipart {
  private Multipart() {}

  static HttpResponse<String> post(
      TestSite site,
      Staff staff,
      String path,
      Map<String, String> fields,
      String fileField,
      String filename,
      String type,
      byte[] bytes) {
    String boundary = "----broadsheet" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
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
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(bytes);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return site.send(
        HttpRequest.newBuilder(URI.create(site.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", "newsroom_session=" + staff.cookie("newsroom_session"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }
}
