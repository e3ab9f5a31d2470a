package broadsheet.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpStatus;

/**
 * The Admin API's OpenAPI 3.1 document, built from its route table ({@link AdminRoute}) and the
 * JSON Schemas of its bodies (a resource beside the problem document's schema): every route with
 * its parameters, the body it takes, its success and the problems it may answer, and the bearer
 * token every route but this document needs.
 */
final class AdminOpenApi {
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([a-z_]+)\\}");

  /** What every route may answer: no or a dead token, and the store being away. */
  static final List<Integer> COMMON = List.of(401, 503);

  private AdminOpenApi() {}

  static ObjectNode build(ApiJson json, String serverUrl, List<AdminRoute> routes) {
    ObjectNode doc = json.mapper().createObjectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "Broadsheet Admin API");
    info.put("version", "1");
    info.put(
        "description",
        "The newsroom's API for its tools: articles in every status, the workflow, corrections,"
            + " preview links, images, sections, tags and pages. Every request carries a personal"
            + " access token (made on the newsroom's account page or by `broadsheet token"
            + " create`) and acts with exactly its account's role. An article's revision is its"
            + " ETag; an update names it in If-Match.");
    doc.putArray("servers").addObject().put("url", serverUrl);
    doc.putArray("security").addObject().putArray("token");
    ObjectNode paths = doc.putObject("paths");
    for (AdminRoute route : routes) {
      ObjectNode path =
          paths.has(route.path())
              ? (ObjectNode) paths.get(route.path())
              : paths.putObject(route.path());
      operation(path.putObject(route.method()), route);
    }
    ObjectNode components = doc.putObject("components");
    components
        .putObject("securitySchemes")
        .putObject("token")
        .put("type", "http")
        .put("scheme", "bearer")
        .put("description", "A personal access token: Authorization: Bearer bst_…");
    ObjectNode schemas = components.putObject("schemas");
    schemas.setAll((ObjectNode) OpenApiDocument.resource(json, "/api/problem-schemas.json"));
    schemas.setAll((ObjectNode) OpenApiDocument.resource(json, "/api/admin-v1-schemas.json"));
    return doc;
  }

  private static void operation(ObjectNode op, AdminRoute route) {
    op.put("operationId", route.operationId());
    op.put("summary", route.summary());
    if (route.path().endsWith("/openapi.json")) {
      op.putArray("security");
    }
    ArrayNode parameters = op.putArray("parameters");
    Matcher m = PATH_PARAMETER.matcher(route.path());
    while (m.find()) {
      ObjectNode p = parameters.addObject();
      p.put("name", m.group(1));
      p.put("in", "path");
      p.put("required", true);
      p.putObject("schema").put("type", "string");
    }
    for (String name : route.query()) {
      ObjectNode p = parameters.addObject();
      p.put("name", name);
      p.put("in", "query");
      p.put("required", false);
      p.putObject("schema").put("type", "string");
    }
    if (route.request() != null) {
      ObjectNode body = op.putObject("requestBody");
      body.put("required", true);
      ObjectNode content = body.putObject("content");
      if (route.request().equals("multipart")) {
        ObjectNode schema =
            content.putObject("multipart/form-data").putObject("schema").put("type", "object");
        schema.putArray("required").add("image");
        ObjectNode props = schema.putObject("properties");
        props.putObject("image").put("type", "string").put("contentMediaType", "image/*");
        props.putObject("alt").put("type", "string").put("maxLength", AdminMediaRoutes.ALT_LIMIT);
      } else {
        content
            .putObject("application/json")
            .putObject("schema")
            .put("$ref", "#/components/schemas/" + route.request());
      }
    }
    if (route.method().equals("patch") && route.path().endsWith("/articles/{id}")) {
      ObjectNode ifMatch = parameters.addObject();
      ifMatch.put("name", "If-Match");
      ifMatch.put("in", "header");
      ifMatch.put("required", true);
      ifMatch.put("description", "The article's revision as read (its ETag).");
      ifMatch.putObject("schema").put("type", "string");
    }
    ObjectNode responses = op.putObject("responses");
    ObjectNode ok = responses.putObject(Integer.toString(route.status()));
    ok.put("description", HttpStatus.getMessage(route.status()));
    if (route.schema() != null) {
      ok.putObject("content")
          .putObject("application/json")
          .putObject("schema")
          .put("$ref", "#/components/schemas/" + route.schema());
    }
    if (route.path().endsWith("/pages/{slug}") && route.method().equals("put")) {
      ObjectNode created = responses.putObject("201");
      created.put("description", "Created");
      created.set("content", ok.get("content").deepCopy());
    }
    if (route.request() != null) {
      // A body is refused before it is read when it is of another type or too large.
      OpenApiDocument.problem(responses, 413);
      OpenApiDocument.problem(responses, 415);
    }
    for (int status : route.errors()) {
      OpenApiDocument.problem(responses, status);
    }
    for (int status : route.path().endsWith("/openapi.json") ? List.<Integer>of() : COMMON) {
      OpenApiDocument.problem(responses, status);
    }
  }
}
