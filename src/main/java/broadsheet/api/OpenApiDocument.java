package broadsheet.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * An OpenAPI 3.1 document built from an API's route descriptions ({@link ApiRoute}) and the JSON
 * Schemas of its responses, kept as a resource beside the problem document's schema that every API
 * shares.
 */
public final class OpenApiDocument {
  /** Where the shared schemas live on the class path. */
  private static final String PROBLEM_SCHEMAS = "/api/problem-schemas.json";

  private OpenApiDocument() {}

  /** What the document says of the API as a whole. */
  public record Info(String title, String version, String description) {}

  /**
   * @param schemasResource a class-path resource holding an object of named JSON Schemas
   * @param common the problem statuses every route of this API may answer
   */
  public static ObjectNode build(
      ApiJson json,
      Info info,
      String serverUrl,
      List<ApiRoute> routes,
      String schemasResource,
      List<Integer> common) {
    ObjectNode doc = json.mapper().createObjectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode about = doc.putObject("info");
    about.put("title", info.title());
    about.put("version", info.version());
    about.put("description", info.description());
    doc.putArray("servers").addObject().put("url", serverUrl);
    ObjectNode paths = doc.putObject("paths");
    for (ApiRoute route : routes) {
      ObjectNode path =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      operation(path.putObject(route.method()), route, common);
    }
    ObjectNode schemas = doc.putObject("components").putObject("schemas");
    schemas.setAll((ObjectNode) resource(json, PROBLEM_SCHEMAS));
    schemas.setAll((ObjectNode) resource(json, schemasResource));
    return doc;
  }

  private static void operation(ObjectNode op, ApiRoute route, List<Integer> common) {
    op.put("operationId", route.operationId());
    op.put("summary", route.summary());
    ArrayNode parameters = op.putArray("parameters");
    for (ApiParameter p : route.parameters()) {
      ObjectNode param = parameters.addObject();
      param.put("name", p.name());
      param.put("in", p.in());
      param.put("required", p.required());
      param.put("description", p.description());
      param.putObject("schema").put("type", p.type());
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject(Integer.toString(route.status()));
    ok.put("description", "Success");
    ok.putObject("content")
        .putObject("application/json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/" + route.schema());
    if (route.method().equals("get")) {
      responses.putObject("304").put("description", "Not modified since the ETag given");
    }
    for (int status : route.errors()) {
      problem(responses, status);
    }
    for (int status : common) {
      problem(responses, status);
    }
  }

  static void problem(ObjectNode responses, int status) {
    ObjectNode response = responses.putObject(Integer.toString(status));
    response.put("description", org.eclipse.jetty.http.HttpStatus.getMessage(status));
    response
        .putObject("content")
        .putObject(Problem.MEDIA_TYPE)
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }

  static JsonNode resource(ApiJson json, String name) {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return json.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
