package broadsheet.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading thread of an import hands every part, and every failure, to the writer. */
class ReadAheadTest {
  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
          + " xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n<title>Old site</title>"
          + "<wp:wxr_version>1.2</wp:wxr_version>\n"
          + "<item><title>First</title><wp:post_id>7</wp:post_id></item>\n";

  /** The head of an export, then a read that fails with the given throwable. */
  private static InputStream failingAfterHead(Throwable failure) {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() {
            throw sneaky(failure);
          }

          @Override
          public int read(byte[] b, int off, int len) {
            throw sneaky(failure);
          }
        };
    return new SequenceInputStream(
        new ByteArrayInputStream(HEAD.getBytes(StandardCharsets.UTF_8)), failing);
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
    throw (T) t;
  }

  private static Throwable failureOfRead(InputStream in, List<String> titles) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try {
            ReadAhead.read(
                in,
                new Wxr.Handler() {
                  @Override
                  public void item(Wxr.Item item) {
                    titles.add(item.title());
                  }
                });
            return null;
          } catch (Throwable t) {
            return t;
          }
        });
  }

  @Test
  void anErrorOnTheReadingThreadReachesTheWriterInsteadOfLeavingItWaiting() {
    var error = new StackOverflowError("deep markup");
    List<String> titles = new ArrayList<>();

    Throwable thrown = failureOfRead(failingAfterHead(error), titles);

    assertThat(thrown).isSameAs(error);
  }

  @Test
  void readAndRuntimeFailuresReachTheWriterAsThemselves() {
    var io = new IOException("disk gone");
    var runtime = new IllegalStateException("broken");

    assertThat(failureOfRead(failingAfterHead(io), new ArrayList<>())).isSameAs(io);
    assertThat(failureOfRead(failingAfterHead(runtime), new ArrayList<>())).isSameAs(runtime);
  }

  @Test
  void aCheckedThrowableTheReaderCouldNotDeclareStillStopsTheImport() {
    var odd = new Exception("not an IOException");

    assertThat(failureOfRead(failingAfterHead(odd), new ArrayList<>()))
        .isInstanceOf(WxrException.class)
        .hasCause(odd);
  }

  @Test
  void partsArriveInFileOrder() throws IOException {
    String xml =
        HEAD + "<item><title>Second</title><wp:post_id>8</wp:post_id></item>\n</channel>\n</rss>\n";
    List<String> titles = new ArrayList<>();

    ReadAhead.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        new Wxr.Handler() {
          @Override
          public void item(Wxr.Item item) {
            titles.add(item.title());
          }
        });

    assertThat(titles).containsExactly("First", "Second");
  }
}
