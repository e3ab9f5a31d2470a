package broadsheet.web;

/** A reader-facing error page with its status: 400 for bad input, 404, 410 for a withdrawal. */
public final class PageError extends RuntimeException {
  private final int status;
  private final String heading;

  public PageError(int status, String heading, String message) {
    super(message, null, false, false);
    this.status = status;
    this.heading = heading;
  }

  public static PageError notFound() {
    return new PageError(
        404,
        "Page not found",
        "We could not find that page. It may have moved, or the address may be mistyped.");
  }

  public static PageError gone() {
    return new PageError(
        410,
        "This article has been withdrawn",
        "The article that was here has been unpublished by the newsroom and is no longer"
            + " available.");
  }

  public static PageError badRequest(String message) {
    return new PageError(400, "That request could not be understood", message);
  }

  public int status() {
    return status;
  }

  public String heading() {
    return heading;
  }
}
