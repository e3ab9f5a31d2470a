package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.RunningSite;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/** A member of staff at a browser without JavaScript: keeps cookies, reads form tokens. */
public final class Staff {
  private final RunningSite site;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String csrf;
  private String[] always = new String[0];

  private Staff(RunningSite site) {
    this.site = site;
  }

  static Staff anonymous(RunningSite site) {
    return new Staff(site);
  }

  /** Creates an account through the real Accounts service and signs it in. */
  public static Staff signedIn(RunningSite site, String email, String role) {
    String password = "a long test password " + role;
    var accounts =
        new Accounts(
            new AccountRepository(site.app().database()),
            new broadsheet.content.AuthorRepository(site.app().database()));
    if (new AccountRepository(site.app().database()).findByEmail(email).isEmpty()) {
      Map<String, String> problems = new LinkedHashMap<>();
      assertThat(
              accounts.add(email, email.substring(0, email.indexOf('@')), role, password, problems))
          .as(problems.toString())
          .isNotNull();
    }
    Staff staff = new Staff(site);
    HttpResponse<String> response = staff.signIn(email, password, "/admin");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
    return staff;
  }

  /** The same browser from now on behind a proxy that names it as this address (a line each). */
  Staff forwardedFor(String... lines) {
    always = new String[lines.length * 2];
    for (int i = 0; i < lines.length; i++) {
      always[2 * i] = "X-Forwarded-For";
      always[2 * i + 1] = lines[i];
    }
    return this;
  }

  HttpResponse<String> signIn(String email, String password, String next) {
    HttpResponse<String> form = get("/admin/login");
    String token = Jsoup.parse(form.body()).selectFirst("input[name=_login]").val();
    return post(
        "/admin/login",
        Map.of("_login", token, "email", email, "password", password, "next", next),
        false);
  }

  public HttpResponse<String> get(String path, String... headers) {
    String[] all = withCookies(headers);
    HttpResponse<String> response = site.get(path, all);
    remember(response);
    readCsrf(response);
    return response;
  }

  /** Posts a form with this session's CSRF token. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    Map<String, String> withToken = new LinkedHashMap<>(form);
    if (csrf == null) {
      get("/admin/articles");
    }
    withToken.putIfAbsent("_csrf", csrf);
    return post(path, withToken, true);
  }

  HttpResponse<String> post(String path, Map<String, String> form, boolean unused) {
    String body =
        form.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response = site.post(path, body, withCookies());
    remember(response);
    readCsrf(response);
    return response;
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  String csrf() {
    if (csrf == null) {
      get("/admin/articles");
    }
    return csrf;
  }

  private String[] withCookies(String... given) {
    String[] headers = new String[given.length + always.length];
    System.arraycopy(given, 0, headers, 0, given.length);
    System.arraycopy(always, 0, headers, given.length, always.length);
    if (cookies.isEmpty()) {
      return headers;
    }
    String cookie =
        cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; "));
    String[] all = new String[headers.length + 2];
    System.arraycopy(headers, 0, all, 0, headers.length);
    all[headers.length] = "Cookie";
    all[headers.length + 1] = cookie;
    return all;
  }

  private void remember(HttpResponse<String> response) {
    for (String header : response.headers().allValues("Set-Cookie")) {
      String pair =
          header.substring(0, header.indexOf(';') < 0 ? header.length() : header.indexOf(';'));
      String name = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty()
          || header.contains("Max-Age=0")
          || header.contains("Expires=Thu, 01 Jan 1970")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
  }

  private void readCsrf(HttpResponse<String> response) {
    if (response.body() != null && response.body().contains("name=\"_csrf\"")) {
      csrf = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]").val();
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
