package broadsheet.api;

import java.util.List;

/**
 * An API error as RFC 9457 describes it ({@code application/problem+json}): what kind of problem
 * ({@code type}, a link into the API reference), a short title, the status, what went wrong this
 * time, and for bad input the fields at fault.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";

  /** One field the request got wrong: a parameter, a header, or a path in the JSON body. */
  public record FieldError(String field, String detail) {}
}
