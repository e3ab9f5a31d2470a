package broadsheet.web;

import broadsheet.config.TrustedProxies;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;

/**
 * One line a request in the Combined Log Format, as Apache and nginx write it:
 *
 * <pre>
 * 203.0.113.0 - - [05/Dec/2026:09:30:00 +0000] "GET /world?page=2 HTTP/1.1" 200 5120 "https://ref.example/" "Mozilla/5.0 …"
 * </pre>
 *
 * The client is the connection's address, or the one a trusted proxy's {@code X-Forwarded-For}
 * names (as for the sign-in throttle), truncated unless the operator asks for it whole: IPv4 to its
 * /24 (last octet 0), IPv6 to its /48. Quoted fields escape quotes, backslashes and anything
 * outside printable ASCII, so no request can write a line of its own; the values of {@code preview}
 * and {@code token} parameters (preview links, setup links) are not written.
 */
public final class AccessLog implements RequestLog {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  private static final Pattern SECRETS = Pattern.compile("(?i)(^|[?&])(preview|token)=[^&]*");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final TrustedProxies proxies;
  private final boolean fullAddress;
  private final LogLines out;

  /** The last second written and its text: formatting a time costs more than the rest of a line. */
  private volatile Stamp stamp = new Stamp(Long.MIN_VALUE, "");

  private record Stamp(long second, String text) {}

  /**
   * @param fullAddress whether client addresses are written whole ({@code --log-full-ip})
   */
  public AccessLog(TrustedProxies proxies, boolean fullAddress, LogLines out) {
    this.proxies = proxies;
    this.fullAddress = fullAddress;
    this.out = out;
  }

  @Override
  public void log(Request request, Response response) {
    String client =
        proxies.clientOf(
            Request.getRemoteAddr(request),
            request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR));
    long bytes = Response.getContentBytesWritten(response);
    StringBuilder line = new StringBuilder(256);
    line.append(client == null ? "-" : fullAddress ? client : truncated(client))
        .append(" - - [")
        .append(time(Request.getTimeStamp(request)))
        .append("] \"");
    escape(line, request.getMethod());
    line.append(' ');
    escape(line, target(request));
    line.append(' ');
    escape(line, request.getConnectionMetaData().getProtocol());
    line.append("\" ")
        .append(response.getStatus())
        .append(' ')
        .append(bytes > 0 ? Long.toString(bytes) : "-")
        .append(" \"");
    escape(line, request.getHeaders().get(HttpHeader.REFERER));
    line.append("\" \"");
    escape(line, request.getHeaders().get(HttpHeader.USER_AGENT));
    line.append('"');
    out.add(line.toString());
  }

  private String time(long millis) {
    long second = Math.floorDiv(millis, 1000);
    Stamp last = stamp;
    if (last.second() != second) {
      last = new Stamp(second, TIME.format(Instant.ofEpochSecond(second)));
      stamp = last;
    }
    return last.text();
  }

  /** The path and query as the client sent them, the values of secret parameters left out. */
  private static String target(Request request) {
    var uri = request.getHttpURI();
    String path = uri.getPath() == null ? "/" : uri.getPath();
    String query = uri.getQuery();
    if (query == null) {
      return path;
    }
    return path + "?" + SECRETS.matcher(query).replaceAll("$1$2=REDACTED");
  }

  /** An IPv4 address to its /24, an IPv6 address to its /48; anything else as it is. */
  static String truncated(String address) {
    InetAddress parsed = TrustedProxies.literal(address);
    if (parsed == null) {
      return address;
    }
    byte[] bytes = parsed.getAddress();
    if (bytes.length == 4) {
      return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0";
    }
    return String.format(
        "%x:%x:%x::",
        ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
        ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff),
        ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff));
  }

  /** Appends text for a quoted field: {@code "} and {@code \} escaped, other bytes as \xHH. */
  static void escape(StringBuilder line, String text) {
    if (text == null || text.isEmpty()) {
      line.append('-');
      return;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        line.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        line.append(c);
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
          line.append("\\x").append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        i = end - 1;
      }
    }
  }
}
