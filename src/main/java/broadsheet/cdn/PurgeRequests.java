package broadsheet.cdn;

import broadsheet.config.PurgeTarget;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One purge of some surrogate keys, as the target takes it: for Varnish a {@code PURGE} with the
 * keys in {@code xkey-purge}; for a CDN's API a POST of {@code {"keys":[…]}} signed with
 * HMAC-SHA256 of the exact body bytes, hex, in {@value #SIGNATURE} as {@code sha256=HEX}.
 */
final class PurgeRequests {
  static final String XKEY_PURGE = "xkey-purge";
  static final String SIGNATURE = "X-Broadsheet-Signature";

  private final PurgeTarget target;
  private final Duration timeout;

  PurgeRequests(PurgeTarget target, Duration timeout) {
    this.target = target;
    this.timeout = timeout;
  }

  HttpRequest of(List<String> keys) {
    HttpRequest.Builder request = HttpRequest.newBuilder(target.url()).timeout(timeout);
    if (!target.json()) {
      return request
          .method("PURGE", HttpRequest.BodyPublishers.noBody())
          .header(XKEY_PURGE, String.join(" ", keys))
          .build();
    }
    byte[] body = json(keys).getBytes(StandardCharsets.UTF_8);
    return request
        .header("Content-Type", "application/json")
        .header(SIGNATURE, "sha256=" + sign(body, target.secret()))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /** Keys are letters, digits and hyphens (see Dependency.surrogateKey): nothing to escape. */
  static String json(List<String> keys) {
    return keys.stream().collect(Collectors.joining("\",\"", "{\"keys\":[\"", "\"]}"));
  }

  static String sign(byte[] body, String secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
