package broadsheet.api;

import broadsheet.web.Dependency;
import broadsheet.web.PublicResponses;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Sends the Content API's JSON as the site sends its pages (see {@link PublicResponses}): kept in
 * the page cache under its dependencies, so the changes that drop a page drop it too, with a strong
 * ETag (304 to a client that has it), gzip when asked, and the same surrogate keys for a CDN's
 * purges. With content keys required, a CDN must not answer for the API: responses are private.
 */
final class ApiResponses {
  static final String JSON = "application/json";

  /** What a response says to caches when each request must show its key to this server. */
  static final String KEYED = "private, max-age=0, must-revalidate";

  /** Answers from the search index: never kept here, briefly by browsers and caches in front. */
  static final String SEARCHED = "public, max-age=60";

  private final ApiJson json;
  private final PublicResponses responses;
  private final boolean keyed;

  ApiResponses(ApiJson json, PublicResponses responses, boolean keyed) {
    this.json = json;
    this.responses = responses;
    this.keyed = keyed;
  }

  ApiJson json() {
    return json;
  }

  void send(Context ctx, Object body, Set<Dependency> dependencies) {
    byte[] bytes = json.write(body);
    if (keyed) {
      responses.send(ctx, JSON, bytes, dependencies, KEYED);
    } else {
      responses.send(ctx, JSON, bytes, dependencies);
    }
  }

  /**
   * An answer from the search index, with ETag and gzip but not kept in the page cache (its key
   * leaves such requests out, see CacheKey): the index follows changes on a thread of its own.
   */
  void sendUncached(Context ctx, Object body) {
    responses.send(ctx, JSON, json.write(body), Set.of(), keyed ? KEYED : SEARCHED);
  }
}
