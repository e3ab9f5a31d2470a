package broadsheet.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The query parameters of an API request, checked against its route's description: one the route
 * does not read is refused (a misspelt filter must not quietly widen a list), and so is {@code
 * status}, which the Content API never takes.
 */
final class QueryParameters {
  private QueryParameters() {}

  static void check(ApiRoute route, Context ctx) {
    for (Map.Entry<String, List<String>> given : ctx.queryParamMap().entrySet()) {
      String name = given.getKey();
      boolean known =
          route.parameters().stream()
              .anyMatch(p -> p.in().equals("query") && p.name().equals(name));
      if (name.equals("status")) {
        throw ApiProblem.invalid(
            name, "The Content API gives published content only; it takes no status.");
      }
      if (!known) {
        throw ApiProblem.invalid(name, "This parameter is not known here; see /api.");
      }
      if (given.getValue().size() > 1) {
        throw ApiProblem.invalid(name, "This parameter may be given once.");
      }
    }
  }

  /** A whole number between {@code min} and {@code max}, or the default when absent. */
  static int number(Context ctx, String name, int min, int max, int absent) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return absent;
    }
    if (!value.matches("[0-9]{1,9}")) {
      throw ApiProblem.invalid(name, "Give a whole number from " + min + " to " + max + ".");
    }
    int n = Integer.parseInt(value);
    if (n < min || n > max) {
      throw ApiProblem.invalid(name, "Give a whole number from " + min + " to " + max + ".");
    }
    return n;
  }
}
