package broadsheet.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The security headers of every response, whoever answers it (the page cache in front, a route, an
 * error page, Jetty itself). They are set before anything else runs, so a route may replace one
 * with a stricter value (the newsroom's and the preview host's referrer policies). The policy is
 * the same for every request, so cached pages stay byte-identical on every node: the site has no
 * inline script (its JSON-LD is data, which no policy governs) and no inline style. HSTS goes only
 * with a request that is https ({@link ForwardedHttps}): browsers ignore it over http, and a site
 * reached over both must not tell readers of one what only the other holds.
 */
public final class SecurityHeaders extends Handler.Wrapper {
  /** Where the consent placeholder's video embeds load from (see content/Embeds). */
  static final String EMBED_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com";

  /** Browsers keep to https for a year after an https response says so. */
  private static final HttpField HSTS =
      new PreEncodedHttpField("Strict-Transport-Security", "max-age=31536000");

  private final List<HttpField> fields;

  /**
   * @param mediaBaseUrl where media are served from when not from the site itself, or null
   */
  public SecurityHeaders(String mediaBaseUrl, Handler next) {
    super(next);
    List<HttpField> all = new ArrayList<>();
    all.add(new PreEncodedHttpField("Content-Security-Policy", policy(mediaBaseUrl)));
    all.add(new PreEncodedHttpField("X-Content-Type-Options", "nosniff"));
    all.add(new PreEncodedHttpField("Referrer-Policy", "strict-origin-when-cross-origin"));
    all.add(
        new PreEncodedHttpField(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()"));
    this.fields = List.copyOf(all);
  }

  /** The Content-Security-Policy: scripts and styles from the site only, nothing framing it. */
  static String policy(String mediaBaseUrl) {
    String media = origin(mediaBaseUrl);
    String images = "'self' data: https:" + (media.isEmpty() ? "" : " " + media);
    return String.join(
        "; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src " + images,
        "media-src " + images,
        "frame-src " + EMBED_FRAMES,
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'");
  }

  /** The origin of a plain-http media address ("https:" already allows the others), or "". */
  private static String origin(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    URI uri = URI.create(url);
    if (uri.getScheme() == null || uri.getHost() == null || uri.getScheme().equals("https")) {
      return "";
    }
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    addTo(request, response);
    return super.handle(request, response, callback);
  }

  /** Jetty's own error answers (a request it refuses before any handler) with the headers. */
  public ErrorHandler errorHandler() {
    return new JettyErrors() {
      @Override
      public boolean handle(Request request, Response response, Callback callback)
          throws Exception {
        addTo(request, response);
        return super.handle(request, response, callback);
      }
    };
  }

  private void addTo(Request request, Response response) {
    var out = response.getHeaders();
    for (HttpField field : fields) {
      out.put(field);
    }
    if (request.isSecure()) {
      out.put(HSTS);
    }
  }
}
