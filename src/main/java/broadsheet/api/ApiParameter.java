package broadsheet.api;

/**
 * A parameter an API route reads, as the OpenAPI document lists it and the route checks it.
 *
 * @param in {@code path} or {@code query}
 * @param type its JSON Schema type: {@code string} or {@code integer}
 * @param example a value for the reference page's curl example, or null to leave it out there
 */
public record ApiParameter(
    String name, String in, String type, boolean required, String description, String example) {

  public static ApiParameter path(String name, String description, String example) {
    return new ApiParameter(name, "path", "string", true, description, example);
  }

  public static ApiParameter query(String name, String description) {
    return new ApiParameter(name, "query", "string", false, description, null);
  }

  public static ApiParameter query(String name, String description, String example) {
    return new ApiParameter(name, "query", "string", false, description, example);
  }

  public static ApiParameter number(String name, String description) {
    return new ApiParameter(name, "query", "integer", false, description, null);
  }
}
