package broadsheet.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.PurgeTarget;
import broadsheet.newsroom.Staff;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A purge URL that takes connections and never answers (a CDN that hangs): publishing does not wait
 * for it, the node retries, and each failed attempt is one WARN line without a stack trace.
 */
class SilentPurgeTargetTest {
  @Test
  void aPublishDoesNotWaitForAPurgeUrlThatNeverAnswers() throws Exception {
    List<Socket> held = new CopyOnWriteArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread.ofVirtual()
          .start(
              () -> {
                try {
                  while (true) {
                    held.add(silent.accept());
                  }
                } catch (IOException e) {
                  // closed at the end of the test
                }
              });
      String url = "http://127.0.0.1:" + silent.getLocalPort() + "/";
      System.setErr(new PrintStream(new Both(stderr, log), true, StandardCharsets.UTF_8));
      try (RunningSite site =
          RunningSite.with(Fixtures::smallPaper)
              .configured(c -> c.withPurge(PurgeTarget.parse(url, null)))
              .start()) {
        Staff editor = Staff.signedIn(site, "silent-desk@test.example", "editor");
        long began = System.nanoTime();
        VarnishPurgeTest.publish(
            editor,
            Map.of(
                "headline", "A story the CDN never hears of",
                "standfirst", "A sentence.",
                "body", "A paragraph.",
                "section", "1",
                "tags", "Diplomacy"));
        long tookMillis = (System.nanoTime() - began) / 1_000_000;
        // Saved and published, both purging, in less than one purge's own timeout (2 s).
        assertThat(tookMillis).isLessThan(2_000);

        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((held.size() < 2 || !warned(log)) && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(held.size()).as("a second attempt after the first timed out").isGreaterThan(1);
        String lines = log.toString(StandardCharsets.UTF_8);
        assertThat(lines).contains("WARN broadsheet.cdn.Purges - purge of ");
        assertThat(lines).contains("failed (no answer in time), attempt 1 of 4; again in 250 ms");
        assertThat(lines).doesNotContain("\tat ");
      }
    } finally {
      System.setErr(stderr);
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  private static boolean warned(ByteArrayOutputStream log) {
    return log.toString(StandardCharsets.UTF_8).contains("attempt 1 of 4");
  }

  /** Writes to the real stderr and keeps a copy. */
  private static final class Both extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Both(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws IOException {
      first.write(b);
      synchronized (second) {
        second.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      first.write(b, off, len);
      synchronized (second) {
        second.write(b, off, len);
      }
    }
  }
}
