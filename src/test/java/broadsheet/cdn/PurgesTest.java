package broadsheet.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.config.PurgeTarget;
import broadsheet.web.Dependency;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The purges a node sends, as a receiving server sees them, and what happens when none answers. */
class PurgesTest {
  private static final Duration SHORT = Duration.ofMillis(500);

  record Received(String method, String xkeyPurge, String signature, String body) {}

  @Test
  void varnishGetsAPurgeWithTheKeysOfWhatWasInvalidated() throws Exception {
    LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    HttpServer server = receiver(received);
    PurgeTarget target = PurgeTarget.parse(address(server), null);
    try (Purges purges = new Purges(target, SHORT, SHORT, List.of()).started()) {
      purges.invalidated(List.of(Dependency.article(42), Dependency.HOME, Dependency.section(3)));
      Received purge = received.poll(5, TimeUnit.SECONDS);
      assertThat(purge).isNotNull();
      assertThat(purge.method()).isEqualTo("PURGE");
      assertThat(List.of(purge.xkeyPurge().split(" ")))
          .containsExactlyInAnyOrder("article-42", "home", "section-3");

      purges.cleared();
      assertThat(received.poll(5, TimeUnit.SECONDS).xkeyPurge()).isEqualTo("all");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (purges.counts().sent() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(purges.counts()).isEqualTo(new Purges.Counts(2, 0, 0));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aCdnApiGetsJsonSignedWithTheSecret() throws Exception {
    LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    HttpServer server = receiver(received);
    PurgeTarget target = PurgeTarget.parse("json:" + address(server), "s3cret");
    try (Purges purges = new Purges(target, SHORT, SHORT, List.of()).started()) {
      purges.invalidated(List.of(Dependency.tag(7)));
      Received post = received.poll(5, TimeUnit.SECONDS);
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.body()).isEqualTo("{\"keys\":[\"tag-7\"]}");
      // Recomputed independently: HMAC-SHA256 of the body with the secret, hex.
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec("s3cret".getBytes(), "HmacSHA256"));
      String expected =
          java.util.HexFormat.of()
              .formatHex(mac.doFinal(post.body().getBytes(StandardCharsets.UTF_8)));
      assertThat(post.signature()).isEqualTo("sha256=" + expected);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aJsonTargetWithoutASecretIsRefusedAtStart() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PurgeTarget.parse("json:https://cdn.example/purge", null))
        .hasMessageContaining("BROADSHEET_PURGE_SECRET");
    PurgeTarget target = PurgeTarget.parse("json:https://cdn.example/purge", "hidden-secret");
    assertThat(target.toString()).isEqualTo("json:https://cdn.example/purge");
  }

  @Test
  void aTargetThatIsDownIsRetriedWithBackoffThenGivenUpAndCounted() throws Exception {
    int closed = VarnishPurgeTest.freePort();
    PurgeTarget target = PurgeTarget.parse("http://127.0.0.1:" + closed + "/", null);
    List<Duration> backoff = List.of(Duration.ofMillis(10), Duration.ofMillis(20));
    try (Purges purges = new Purges(target, SHORT, SHORT, backoff).started()) {
      purges.invalidated(List.of(Dependency.HOME));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (purges.counts().givenUp() == 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(purges.counts()).isEqualTo(new Purges.Counts(0, 3, 1));
    }
  }

  @Test
  void keysWaitingBeyondTheBoundBecomeOneFullPurge() throws Exception {
    LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    HttpServer server = receiver(received);
    PurgeTarget target = PurgeTarget.parse(address(server), null);
    // Not started: everything waits, as it would behind a slow CDN.
    try (Purges purges = new Purges(target, SHORT, SHORT, List.of())) {
      for (int i = 0; i <= Purges.MAX_PENDING; i++) {
        purges.invalidated(List.of(Dependency.article(i)));
      }
      purges.invalidated(List.of(Dependency.HOME));
      purges.started();
      assertThat(received.poll(5, TimeUnit.SECONDS).xkeyPurge()).isEqualTo("all");
      assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
    } finally {
      server.stop(0);
    }
  }

  private static HttpServer receiver(LinkedBlockingQueue<Received> received) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          var headers = exchange.getRequestHeaders();
          received.add(
              new Received(
                  exchange.getRequestMethod(),
                  headers.getFirst("xkey-purge"),
                  headers.getFirst("X-Broadsheet-Signature"),
                  body));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  private static String address(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/purge";
  }
}
