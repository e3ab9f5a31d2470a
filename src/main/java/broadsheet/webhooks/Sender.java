package broadsheet.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends one delivery: a JSON POST, signed with the webhook's secret over the time of sending and
 * the body ({@code Broadsheet-Signature: t=SECONDS,v1=HEX}). Redirects are not followed (the
 * receiver's address is the one an admin gave); a receiver has a few seconds to connect and a few
 * more to answer, and only its status is read.
 */
final class Sender implements AutoCloseable {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final Clock clock;

  Sender(Clock clock) {
    this.clock = clock;
  }

  DeliveryQueue.Outcome send(DeliveryQueue.Due due) {
    long t = clock.instant().getEpochSecond();
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(due.url()))
              .timeout(ANSWER_TIMEOUT)
              .header("Content-Type", "application/json; charset=utf-8")
              .header("User-Agent", "Broadsheet-Webhooks/1")
              .header("Broadsheet-Event", due.event())
              .header("Broadsheet-Event-Id", due.eventId())
              .header("Broadsheet-Timestamp", String.valueOf(t))
              .header("Broadsheet-Signature", signature(due.secret(), t, due.body()))
              .POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8))
              .build();
    } catch (IllegalArgumentException e) {
      return new DeliveryQueue.Outcome(0, "not a usable address: " + e.getMessage());
    }
    try {
      HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
      return new DeliveryQueue.Outcome(response.statusCode(), null);
    } catch (HttpTimeoutException e) {
      return new DeliveryQueue.Outcome(0, "no answer in time");
    } catch (IOException e) {
      return new DeliveryQueue.Outcome(
          0, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryQueue.Outcome(0, "stopped while sending");
    }
  }

  @Override
  public void close() {
    http.close();
  }

  /** {@code t=SECONDS,v1=HEX}: HMAC-SHA256 with the secret over "SECONDS.BODY". */
  static String signature(String secret, long seconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((seconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("this JVM cannot make HMAC-SHA256", e);
    }
  }
}
