package broadsheet.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an export on a thread of its own and hands its parts over in file order, so that the thread
 * writing the store (the slowest part of an import) never waits for the XML parser. A failure of
 * either side stops the other: anything the reader throws, errors included, reaches the writer as
 * the same throwable (else the writer would wait for its next part forever, holding the write
 * transaction), and a writer that gives up stops the reader.
 */
final class ReadAhead {
  private record Part(Object value) {}

  private static final Object END = new Object();

  private ReadAhead() {}

  static void read(InputStream in, Wxr.Handler handler) throws IOException {
    BlockingQueue<Part> parts = new ArrayBlockingQueue<>(512);
    Thread reader =
        Thread.ofPlatform()
            .name("wxr-read")
            .daemon()
            .start(
                () -> {
                  Object last = END;
                  try {
                    WxrReader.read(
                        in,
                        new Wxr.Handler() {
                          @Override
                          public void channel(Wxr.Channel channel) {
                            hand(parts, channel);
                          }

                          @Override
                          public void author(Wxr.Author author) {
                            hand(parts, author);
                          }

                          @Override
                          public void term(Wxr.Term term) {
                            hand(parts, term);
                          }

                          @Override
                          public void item(Wxr.Item item) {
                            hand(parts, item);
                          }
                        });
                  } catch (Throwable e) {
                    last = e;
                  }
                  if (Thread.currentThread().isInterrupted()) {
                    return; // the writer has gone: nobody is left to tell
                  }
                  try {
                    hand(parts, last);
                  } catch (Stopped e) {
                    // The writer went while this waited to tell it.
                  }
                });
    try {
      while (true) {
        Object part = parts.take().value();
        switch (part) {
          case Wxr.Channel c -> handler.channel(c);
          case Wxr.Author a -> handler.author(a);
          case Wxr.Term t -> handler.term(t);
          case Wxr.Item i -> handler.item(i);
          case IOException e -> throw e;
          case RuntimeException e -> throw e;
          case Error e -> throw e;
          case Throwable e -> throw new WxrException("the export could not be read", e);
          default -> {
            return;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WxrException("the import was interrupted", e);
    } finally {
      reader.interrupt();
    }
  }

  /** The writer gave up; the reader stops at its next part. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private static void hand(BlockingQueue<Part> parts, Object value) {
    try {
      while (!parts.offer(new Part(value), 100, TimeUnit.MILLISECONDS)) {
        if (Thread.currentThread().isInterrupted()) {
          throw new Stopped();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }
}
