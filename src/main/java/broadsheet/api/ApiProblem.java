package broadsheet.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import java.util.List;

/**
 * An API request that is answered with a {@link Problem} instead of its result: thrown anywhere in
 * an API handler, turned into the problem document by {@link Problems}.
 */
public final class ApiProblem extends RuntimeException {
  private final Problem problem;
  private final long retryAfterSeconds;

  public ApiProblem(Problem problem) {
    this(problem, -1);
  }

  private ApiProblem(Problem problem, long retryAfterSeconds) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public Problem problem() {
    return problem;
  }

  /** Seconds a client should wait before asking again (429, 503), or -1. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public static ApiProblem of(int status, String detail) {
    return new ApiProblem(Problems.problem(status, detail, List.of()));
  }

  public static ApiProblem badRequest(String detail) {
    return of(400, detail);
  }

  /** A 400 naming the parameter, header or body field at fault. */
  /** A body that is not JSON at all, with where the reader gave up. */
  static ApiProblem notWellFormed(StreamReadException e) {
    return badRequest(
        "The body is not well-formed JSON (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ").");
  }

  public static ApiProblem invalid(String field, String detail) {
    return about(400, "The request has an invalid field: ", field, detail);
  }

  /** A 422: well-formed, but a value the store or the workflow cannot take. */
  public static ApiProblem unprocessable(String field, String detail) {
    return about(422, "The request cannot be carried out as it stands: ", field, detail);
  }

  private static ApiProblem about(int status, String lead, String field, String detail) {
    return new ApiProblem(
        Problems.problem(
            status, lead + field + ".", List.of(new Problem.FieldError(field, detail))));
  }

  public static ApiProblem notFound(String detail) {
    return of(404, detail);
  }

  public static ApiProblem tooManyRequests(long retryAfterSeconds) {
    return new ApiProblem(
        Problems.problem(
            429,
            "This key has made too many requests; try again in " + retryAfterSeconds + " seconds.",
            List.of()),
        retryAfterSeconds);
  }
}
