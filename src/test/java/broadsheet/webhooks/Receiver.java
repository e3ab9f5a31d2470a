package broadsheet.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as a partner would write one, on 127.0.0.1: it checks each POST's signature
 * with the secret it was given (HMAC-SHA256 over "t.body", compared in constant time, the time no
 * older than five minutes) and keeps what it was sent. It can be told to fail the next requests.
 */
final class Receiver implements AutoCloseable {
  /** One request received: whether its signature held, its event and the whole body. */
  record Received(boolean signed, String event, String eventId, JsonNode body, Instant at) {
    long articleId() {
      return body.path("article").path("id").asLong();
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final AtomicInteger failNext = new AtomicInteger();
  private volatile String secret = "";

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hooks",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          String text = new String(body, StandardCharsets.UTF_8);
          var headers = exchange.getRequestHeaders();
          boolean signed =
              verify(
                  secret,
                  headers.getFirst("Broadsheet-Signature"),
                  text,
                  Instant.now().getEpochSecond());
          JsonNode json = JSON.readTree(text);
          synchronized (received) {
            received.add(
                new Received(
                    signed,
                    json.path("event").asText(),
                    json.path("id").asText(),
                    json,
                    Instant.now()));
            received.notifyAll();
          }
          int status =
              failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : signed ? 204 : 401;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
  }

  void secret(String value) {
    secret = value;
  }

  void failNext(int times) {
    failNext.set(times);
  }

  /**
   * The receiver's check: {@code t=SECONDS,v1=HEX}, HMAC-SHA256 of "SECONDS.BODY" with the secret,
   * compared in constant time, and the time within five minutes of now.
   */
  static boolean verify(String secret, String header, String body, long now) {
    if (header == null) {
      return false;
    }
    String t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      if (part.startsWith("t=")) {
        t = part.substring(2);
      } else if (part.startsWith("v1=")) {
        v1 = part.substring(3);
      }
    }
    if (t == null || v1 == null || !t.matches("[0-9]{1,12}")) {
      return false;
    }
    if (Math.abs(now - Long.parseLong(t)) > 300) {
      return false;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
      return MessageDigest.isEqual(
          HexFormat.of().formatHex(expected).getBytes(StandardCharsets.US_ASCII),
          v1.getBytes(StandardCharsets.US_ASCII));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Received> all() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Those received about one article, in order. */
  List<Received> about(long articleId) {
    return all().stream().filter(r -> r.articleId() == articleId).toList();
  }

  /** Waits until {@code count} received requests match, at most {@code within}; all that match. */
  List<Received> await(Predicate<Received> matching, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    synchronized (received) {
      while (true) {
        List<Received> found = new ArrayList<>(received.stream().filter(matching).toList());
        long left = deadline - System.nanoTime();
        if (found.size() >= count || left <= 0) {
          return found;
        }
        received.wait(Math.max(1, left / 1_000_000));
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
