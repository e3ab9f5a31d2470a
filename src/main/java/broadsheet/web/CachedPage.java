package broadsheet.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;

/**
 * A rendered public page held in memory with everything its responses need prepared once: the
 * bytes, their gzip form, a strong ETag for each, Last-Modified and the cache headers. Serving a
 * hit then allocates nothing for the body.
 *
 * @param gzipped the gzip form, or null for a page that is sent once and not kept (page cache off,
 *     staff, preview): it is then compressed only if this one client asks for gzip
 * @param dependencies what the page shows (see {@link PageCache}), for precise invalidation
 * @param surrogateKeys the same as a CDN's {@code Surrogate-Key} and {@code xkey} header value
 * @param kind the kind of route that rendered it, which a hit is counted as
 * @param hit the headers of a hit, encoded once for the cache front
 */
record CachedPage(
    String contentType,
    byte[] body,
    byte[] gzipped,
    String etag,
    String gzipEtag,
    Instant lastModified,
    String lastModifiedHeader,
    String cacheControl,
    Set<Dependency> dependencies,
    String surrogateKeys,
    RouteKind kind,
    HitHeaders hit) {

  /** Public pages: browsers re-check soon, a CDN keeps them longer and may serve stale briefly. */
  public static final String PUBLIC =
      "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

  static CachedPage of(
      String contentType,
      byte[] body,
      Instant rendered,
      String cacheControl,
      Set<Dependency> deps,
      boolean kept,
      RouteKind kind) {
    byte[] gzipped = kept && compressible(contentType) ? gzip(body) : null;
    Instant lastModified = rendered.truncatedTo(ChronoUnit.SECONDS);
    String hash = hash(body);
    String etag = "\"" + hash + "\"";
    String gzipEtag = "\"" + hash + "-gz\"";
    String lastModifiedHeader =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified.atOffset(ZoneOffset.UTC));
    String keys = Dependency.surrogateKeys(deps);
    return new CachedPage(
        contentType,
        body,
        gzipped,
        etag,
        gzipEtag,
        lastModified,
        lastModifiedHeader,
        cacheControl,
        Set.copyOf(deps),
        keys,
        kind,
        kept
            ? HitHeaders.of(contentType, etag, gzipEtag, lastModifiedHeader, cacheControl, keys)
            : null);
  }

  /**
   * A hit's headers as Jetty's pre-encoded fields: written to each response as bytes made once,
   * rather than checked and encoded from strings for every request.
   *
   * @param common those that are the same for the plain and the gzip form
   */
  record HitHeaders(List<HttpField> common, HttpField etag, HttpField gzipEtag) {
    private static final HttpField VARY =
        new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding, Cookie");

    static HitHeaders of(
        String contentType,
        String etag,
        String gzipEtag,
        String lastModified,
        String cacheControl,
        String surrogateKeys) {
      List<HttpField> common = new ArrayList<>();
      common.add(new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, asServed(contentType)));
      common.add(new PreEncodedHttpField(HttpHeader.LAST_MODIFIED, lastModified));
      common.add(new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, cacheControl));
      common.add(VARY);
      if (surrogateKeys != null) {
        common.add(new PreEncodedHttpField(PublicResponses.SURROGATE_KEY, surrogateKeys));
        common.add(new PreEncodedHttpField(PublicResponses.XKEY, surrogateKeys));
      }
      return new HitHeaders(
          List.copyOf(common),
          new PreEncodedHttpField(HttpHeader.ETAG, etag),
          new PreEncodedHttpField(HttpHeader.ETAG, gzipEtag));
    }

    /** The type as the servlet layer writes it for a miss: {@code text/html;charset=utf-8}. */
    static String asServed(String contentType) {
      return contentType.replace("; charset=", ";charset=");
    }
  }

  /** Whether the client's validators say it already has this page. */
  public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
    if (ifNoneMatch != null) {
      for (String tag : ifNoneMatch.split(",")) {
        String t = tag.strip();
        if (t.equals("*") || t.equals(etag) || t.equals(gzipEtag)) {
          return true;
        }
      }
      return false;
    }
    if (ifModifiedSince != null) {
      try {
        Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince, Instant::from);
        return !lastModified.isAfter(since);
      } catch (RuntimeException e) {
        return false;
      }
    }
    return false;
  }

  /** What to answer a request for this page: the status, the body to send, and its headers. */
  public record Reply(int status, byte[] body, boolean gzip, String etag) {}

  public Reply reply(boolean acceptsGzip, String ifNoneMatch, String ifModifiedSince) {
    byte[] compressed =
        !acceptsGzip || !compressible(contentType) ? null : gzipped != null ? gzipped : gzip(body);
    boolean gzip = compressed != null && compressed.length < body.length;
    String tag = gzip ? gzipEtag : etag;
    if (notModified(ifNoneMatch, ifModifiedSince)) {
      return new Reply(304, new byte[0], gzip, tag);
    }
    return new Reply(200, gzip ? compressed : body, gzip, tag);
  }

  /** Whether an Accept-Encoding header allows gzip (and does not refuse it with q=0). */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.strip().split(";");
      if (pieces[0].strip().equalsIgnoreCase("gzip") || pieces[0].strip().equals("*")) {
        return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  /** Whether gzip is worth sending: text types, and the compressed form is smaller. */
  static boolean compressible(String contentType) {
    return contentType.startsWith("text/")
        || contentType.contains("xml")
        || contentType.contains("json");
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String hash(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
