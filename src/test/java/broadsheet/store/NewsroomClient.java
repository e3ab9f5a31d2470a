package broadsheet.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * A member of staff's browser, without JavaScript, talking to a node in another process: keeps its
 * cookies (the session outlives the node, being in the store) and the session's form token, and
 * lets a failed connection through as an {@link IOException}, since that is how a test learns the
 * node was killed under a request. Never retries a post.
 */
final class NewsroomClient {
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private HttpClient http;
  private int port;
  private String csrf;

  /** From now on talks to the node on {@code port}, over new connections. */
  void at(int port) {
    this.port = port;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Signs in through the sign-in form and reads the session's form token. */
  void signIn(String email, String password) throws IOException {
    HttpResponse<String> form = send(request("/admin/login").GET());
    String token = Jsoup.parse(form.body()).selectFirst("input[name=_login]").val();
    HttpResponse<String> signedIn =
        send(
            request("/admin/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    encoded(
                        List.of(
                            Map.entry("_login", token),
                            Map.entry("email", email),
                            Map.entry("password", password),
                            Map.entry("next", "/admin/articles")))));
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException("sign-in answered " + signedIn.statusCode());
    }
    String articles = send(request("/admin/articles").GET()).body();
    csrf = Jsoup.parse(articles).selectFirst("input[name=_csrf]").val();
  }

  /** Posts a form (fields may repeat) with the session's token. */
  HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields)
      throws IOException {
    List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
    all.add(Map.entry("_csrf", csrf));
    return send(
        request(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(encoded(all)));
  }

  /** Posts a file as an upload form does, with {@code fields} and the session's token. */
  HttpResponse<String> upload(
      String path, Map<String, String> fields, String fileField, String filename, byte[] file)
      throws IOException {
    String boundary = "crash" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    all.forEach(
        (name, value) ->
            body.writeBytes(
                ("--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                        .formatted(boundary, name, value))
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"%s\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .formatted(boundary, fileField, filename)
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .timeout(Duration.ofMinutes(2));
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    return request;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair = header.split(";", 2)[0];
      String name = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty() || header.contains("Max-Age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  private static HttpRequest.BodyPublisher encoded(List<Map.Entry<String, String>> fields) {
    return HttpRequest.BodyPublishers.ofString(
        fields.stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
  }
}
