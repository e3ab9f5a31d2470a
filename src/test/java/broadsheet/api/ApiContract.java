package broadsheet.api;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.RunningSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An API's OpenAPI document as a contract: each response a test receives is checked against the
 * schema the document gives for its route and status, with a JSON Schema 2020-12 validator.
 */
public final class ApiContract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final SchemaRegistry registry =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private ApiContract(JsonNode document) {
    this.document = document;
  }

  /** The document the site serves at this path (itself checked once read). */
  public static ApiContract of(RunningSite site, String path) {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    ApiContract contract = new ApiContract(parse(response.body()));
    assertThat(contract.document.path("openapi").asText()).isEqualTo("3.1.0");
    return contract;
  }

  public JsonNode document() {
    return document;
  }

  /** The paths and methods the document lists, as "METHOD path". */
  public Set<String> operations() {
    Set<String> out = new TreeSet<>();
    document
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> out.add(m.toUpperCase() + " " + path.getKey())));
    return out;
  }

  /**
   * Checks a response against the document: its route and status must be listed, its type must be
   * the one listed, and its body must validate against the listed schema. Returns the body parsed
   * (null for a response without one).
   */
  public JsonNode check(String method, HttpResponse<String> response) {
    String path = response.uri().getPath();
    String template = template(path);
    JsonNode operation = document.path("paths").path(template).path(method.toLowerCase());
    assertThat(operation.isObject()).as(method + " " + template + " in the document").isTrue();
    int status = response.statusCode();
    JsonNode listed = operation.path("responses").path(Integer.toString(status));
    assertThat(listed.isObject())
        .as(status + " of " + method + " " + template + " in the document")
        .isTrue();
    if (!listed.has("content")) {
      assertThat(response.body()).as("body of a " + status).isEmpty();
      return null;
    }
    Map.Entry<String, JsonNode> content = listed.path("content").properties().iterator().next();
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertThat(type).as("Content-Type of " + path).startsWith(content.getKey());
    JsonNode body = parse(response.body());
    String ref = content.getValue().path("schema").path("$ref").asText();
    List<com.networknt.schema.Error> errors =
        schema(ref.substring(ref.lastIndexOf('/') + 1)).validate(body);
    assertThat(errors).as(method + " " + path + " " + status + ": " + response.body()).isEmpty();
    return body;
  }

  /**
   * Checks an error response outside the document's routes (an unknown address, a method no route
   * takes, a body refused before any route): a problem document all the same.
   */
  public JsonNode checkProblem(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as("Content-Type of " + response.uri())
        .startsWith("application/problem+json");
    JsonNode body = parse(response.body());
    assertThat(schema("Problem").validate(body)).as(response.body()).isEmpty();
    assertThat(body.path("status").asInt()).isEqualTo(response.statusCode());
    return body;
  }

  /** The document's path template that a concrete path matches. */
  public String template(String path) {
    Iterator<String> names = document.path("paths").fieldNames();
    while (names.hasNext()) {
      String template = names.next();
      String regex = Pattern.quote(template).replaceAll("\\{[a-z_]+\\}", "\\\\E[^/]+\\\\Q");
      if (path.matches(regex)) {
        return template;
      }
    }
    throw new AssertionError("no path of the document matches " + path);
  }

  private Schema schema(String name) {
    return schemas.computeIfAbsent(
        name,
        n -> {
          ObjectNode root = JSON.createObjectNode();
          root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
          root.set("$defs", document.path("components").path("schemas"));
          root.put("$ref", "#/$defs/" + n);
          JsonNode rewritten = parse(root.toString().replace("#/components/schemas/", "#/$defs/"));
          return registry.getSchema(SchemaLocation.of("urn:broadsheet:contract:" + n), rewritten);
        });
  }

  static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
