package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.RunningSite;
import broadsheet.content.AuthorRepository;
import broadsheet.newsroom.AccessTokens;
import broadsheet.newsroom.AccountRepository;
import broadsheet.newsroom.Accounts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A script using the Admin API with one account's personal access token; every response it gets is
 * checked against the API's OpenAPI document (its route, status, type and schema).
 */
final class AdminClient {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String DOCUMENT = "/api/admin/v1/openapi.json";
  private static final Map<RunningSite, ApiContract> CONTRACTS =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  private final RunningSite site;
  final String token;
  final long accountId;

  private AdminClient(RunningSite site, String token, long accountId) {
    this.site = site;
    this.token = token;
    this.accountId = accountId;
  }

  /** The site's Admin API document as a contract, read once per site. */
  static ApiContract contract(RunningSite site) {
    return CONTRACTS.computeIfAbsent(site, s -> ApiContract.of(s, DOCUMENT));
  }

  /**
   * Checks a response against the document: a route it lists, with a status, type and body the
   * document gives that route; an address it does not list can only answer a problem.
   */
  static HttpResponse<String> checked(RunningSite site, String method, HttpResponse<String> r) {
    ApiContract contract = contract(site);
    boolean listed;
    try {
      contract.template(r.uri().getPath());
      listed = true;
    } catch (AssertionError e) {
      listed = false;
    }
    if (listed) {
      contract.check(method, r);
    } else {
      contract.checkProblem(r);
    }
    return r;
  }

  /** An account of this role (made once) with a new token, through the real services. */
  static AdminClient of(RunningSite site, String email, String role) {
    return of(site, email, role, null);
  }

  static AdminClient of(RunningSite site, String email, String role, Integer days) {
    var db = site.app().database();
    var accounts = new AccountRepository(db);
    if (accounts.findByEmail(email).isEmpty()) {
      Map<String, String> problems = new LinkedHashMap<>();
      assertThat(
              new Accounts(accounts, new AuthorRepository(db))
                  .add(email, email.substring(0, email.indexOf('@')), role, null, problems))
          .as(problems.toString())
          .isNotNull();
    }
    long id = accounts.findByEmail(email).orElseThrow().id();
    String token = new AccessTokens(db, site.clock()).issue(id, "test " + role, days).secret();
    return new AdminClient(site, token, id);
  }

  static AdminClient withToken(RunningSite site, String token) {
    return new AdminClient(site, token, 0);
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null, null);
  }

  HttpResponse<String> post(String path, String json) {
    return send("POST", path, json, null);
  }

  HttpResponse<String> patch(String path, String json, String ifMatch) {
    return send("PATCH", path, json, ifMatch);
  }

  HttpResponse<String> delete(String path) {
    return send("DELETE", path, null, null);
  }

  HttpResponse<String> send(String method, String path, String json, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(site.url(path)))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return checked(site, method, site.send(request.build()));
  }

  /** Posts a multipart form with one file, as curl -F does. */
  HttpResponse<String> upload(String path, String alt, String filename, byte[] bytes) {
    String boundary = "----admin-api-test";
    var body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n");
    write(body, alt + "\r\n--" + boundary + "\r\n");
    write(
        body,
        "Content-Disposition: form-data; name=\"image\"; filename=\""
            + filename
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(bytes);
    write(body, "\r\n--" + boundary + "--\r\n");
    return checked(
        site,
        "POST",
        site.send(
            HttpRequest.newBuilder(URI.create(site.url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build()));
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(response.body(), e);
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
