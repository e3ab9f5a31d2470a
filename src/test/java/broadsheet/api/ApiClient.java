package broadsheet.api;

import broadsheet.RunningSite;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to an API of a running site, every response checked against the API's contract. */
public final class ApiClient {
  private final RunningSite site;
  private final String documentPath;
  private ApiContract contract;

  public ApiClient(RunningSite site, String documentPath) {
    this.site = site;
    this.documentPath = documentPath;
  }

  public ApiContract contract() {
    if (contract == null) {
      contract = ApiContract.of(site, documentPath);
    }
    return contract;
  }

  /** A GET, its response checked; the body parsed, or null when there is none (304). */
  public Reply get(String path, String... headers) {
    return send("GET", site.get(path, headers));
  }

  public Reply send(HttpRequest request) {
    return send(request.method(), site.send(request));
  }

  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(site.url(path)));
  }

  private Reply send(String method, HttpResponse<String> response) {
    return new Reply(response, contract().check(method, response));
  }

  /** A response and its body as JSON. */
  public record Reply(HttpResponse<String> response, JsonNode json) {
    public int status() {
      return response.statusCode();
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }
  }
}
