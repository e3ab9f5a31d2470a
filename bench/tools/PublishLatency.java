import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Publish-to-visible across nodes: signs in to node 1's newsroom as an editor, writes and publishes
 * articles through its forms one after another, and after each publication asks node 2 (every 2 ms)
 * until its article page answers 200 and its home page shows the headline. Prints p50, p95 and the
 * maximum, in milliseconds, from sending the publish to node 2 showing both. Usage: java
 * PublishLatency.java NODE1_URL NODE2_URL EMAIL PASSWORD [COUNT]
 */
public class PublishLatency {
  private static final Pattern LOGIN = Pattern.compile("name=\"_login\" value=\"([^\"]+)\"");
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  public static void main(String[] args) throws Exception {
    String one = args[0];
    String two = args[1];
    int count = args.length > 4 ? Integer.parseInt(args[4]) : 200;
    HttpClient staff =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpClient reader = HttpClient.newHttpClient();
    String login = find(LOGIN, get(staff, one + "/admin/login").body());
    HttpResponse<String> signedIn =
        post(
            staff,
            one + "/admin/login",
            Map.of("_login", login, "email", args[2], "password", args[3], "next", "/admin"));
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException("sign-in refused: " + signedIn.statusCode());
    }
    String csrf = find(CSRF, get(staff, one + "/admin/articles").body());
    String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String headline = "Bench publication " + run + " number " + i;
      String slug = headline.toLowerCase().replace(' ', '-');
      Map<String, String> form = new LinkedHashMap<>();
      form.put("_csrf", csrf);
      form.put("headline", headline);
      form.put("standfirst", "A standfirst for " + headline + ".");
      form.put("body", "A body for " + headline + ", published by the node benchmark.");
      form.put("section", "1");
      form.put("tags", "Benchmark");
      HttpResponse<String> created = post(staff, one + "/admin/articles", form);
      String location = created.headers().firstValue("Location").orElseThrow();
      String id = location.replaceAll("^/admin/articles/([0-9]+).*$", "$1");
      long began = System.nanoTime();
      HttpResponse<String> moved =
          post(
              staff,
              one + "/admin/articles/" + id + "/status",
              Map.of("_csrf", csrf, "to", "published"));
      if (moved.statusCode() != 303) {
        throw new IllegalStateException("publish refused: " + moved.statusCode());
      }
      while (get(reader, two + "/world/" + slug).statusCode() != 200
          || !get(reader, two + "/").body().contains(headline)) {
        Thread.sleep(2);
        if (System.nanoTime() - began > Duration.ofSeconds(30).toNanos()) {
          throw new IllegalStateException(headline + " not visible on node 2 after 30 s");
        }
      }
      millis.add((System.nanoTime() - began) / 1e6);
    }
    Collections.sort(millis);
    System.out.printf(
        "publish-to-visible on the other node over %d publications: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
        count, at(millis, 0.50), at(millis, 0.95), millis.getLast());
  }

  private static double at(List<Double> sorted, double share) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(share * sorted.size()) - 1));
  }

  private static String find(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no " + pattern + " in the page");
    }
    return m.group(1);
  }

  private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> form)
      throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
