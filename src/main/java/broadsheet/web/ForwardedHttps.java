package broadsheet.web;

import broadsheet.config.TrustedProxies;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpScheme;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * A request is https when it came over https, or from a proxy named in {@code --trusted-proxy} that
 * says {@code X-Forwarded-Proto: https} (the entry the nearest proxy wrote, the last). From anyone
 * else the header counts for nothing. Applied to each request before any handler runs, so every
 * part (HSTS in {@link SecurityHeaders}, the Secure flag of cookies) asks the request alone.
 */
public final class ForwardedHttps implements HttpConfiguration.Customizer {
  static final String HEADER = "X-Forwarded-Proto";

  private final TrustedProxies proxies;

  public ForwardedHttps(TrustedProxies proxies) {
    this.proxies = proxies;
  }

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    if (request.isSecure() || !"https".equalsIgnoreCase(nearest(request))) {
      return request;
    }
    SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
    if (!(peer instanceof InetSocketAddress address)
        || address.getAddress() == null
        || !proxies.trusts(address.getAddress())) {
      return request;
    }
    HttpURI uri = HttpURI.build(request.getHttpURI()).scheme(HttpScheme.HTTPS).asImmutable();
    return new Request.Wrapper(request) {
      @Override
      public HttpURI getHttpURI() {
        return uri;
      }

      @Override
      public boolean isSecure() {
        return true;
      }
    };
  }

  /** The last entry of the last X-Forwarded-Proto line: what the nearest proxy wrote. */
  private static String nearest(Request request) {
    List<String> lines = request.getHeaders().getValuesList(HEADER);
    if (lines.isEmpty()) {
      return null;
    }
    String last = lines.getLast();
    return last.substring(last.lastIndexOf(',') + 1).strip();
  }
}
