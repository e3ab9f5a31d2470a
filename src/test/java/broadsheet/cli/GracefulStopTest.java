package broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.ServingNode;
import broadsheet.TestStore;
import broadsheet.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} stopped by SIGTERM, as an orchestrator stops it, while a request is in flight: the
 * server takes no new connections, finishes that request, and exits 0.
 */
class GracefulStopTest {
  @TempDir Path temp;

  private ServingNode node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
    TestStore.discard(temp.resolve("store"));
  }

  @Test
  void aSlowRequestInFlightIsFinishedAndTheProcessExitsZero() throws Exception {
    Path storeDir = temp.resolve("store");
    try (Database db = TestStore.open(storeDir)) {
      Fixtures.smallPaper(db);
    }
    node = ServingNode.over(TestStore.in(storeDir).url(), temp.resolve("node")).start();
    String form = "choice=reject";
    try (Socket slow = new Socket("localhost", node.port())) {
      slow.setSoTimeout(30_000);
      OutputStream out = slow.getOutputStream();
      // The request and the first half of its body; the rest follows once the stop has begun.
      out.write(
          ("POST /consent HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/x-www-form-urlencoded\r\n"
                  + "Content-Length: "
                  + form.length()
                  + "\r\n\r\n"
                  + form.substring(0, 6))
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread.sleep(500);

      node.process().destroy(); // SIGTERM
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (accepts(node.port())) {
        assertThat(System.nanoTime()).as("new connections refused").isLessThan(deadline);
        Thread.sleep(50);
      }
      assertThat(node.process().isAlive()).as("still finishing the request").isTrue();

      out.write(form.substring(6).getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = readAll(slow.getInputStream());
      assertThat(response).startsWith("HTTP/1.1 303");
    }
    assertThat(node.process().waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
    assertThat(node.process().exitValue()).isZero();
  }

  private static boolean accepts(int port) throws IOException {
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress("localhost", port), 1000);
      return true;
    } catch (ConnectException e) {
      return false;
    }
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
  }
}
