package broadsheet.web;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the access log's lines go: standard output ({@code -}) or a file they are appended to. A
 * thread of its own writes them, so no request waits on a disk or a pipe; if the output cannot keep
 * up, lines past a bound queue are dropped and counted (a WARN line says how many).
 *
 * <p>The writer wakes on a short period and takes whatever has queued, rather than waiting on the
 * queue: a waiting writer is woken by every line, and under load that wake-up (a futex call and a
 * thread switch per request) cost more than the rest of serving a cached page.
 */
public final class LogLines implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LogLines.class);

  /** The access log on standard output. */
  public static final String STDOUT = "-";

  private static final int QUEUE = 65_536;

  /** How long a line waits, at most, before it is written. */
  private static final long PERIOD_MS = 50;

  private static final String END = new String("end");

  private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
  private volatile boolean ending;
  private final AtomicLong dropped = new AtomicLong();
  private final Writer out;
  private final boolean closeOut;
  private final Thread writer;

  private LogLines(Writer out, boolean closeOut) {
    this.out = out;
    this.closeOut = closeOut;
    this.writer = Thread.ofPlatform().name("access-log").daemon().start(this::run);
  }

  /**
   * Opens {@code target}: {@link #STDOUT}, or a file (created, else appended to); an IOException
   * says in a few words why a file cannot be.
   */
  public static LogLines open(String target) throws IOException {
    if (target.equals(STDOUT)) {
      return new LogLines(writer(new FileOutputStream(FileDescriptor.out)), false);
    }
    Path file = Path.of(target);
    OutputStream stream;
    try {
      stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (NoSuchFileException e) {
      throw new IOException("its directory does not exist", e);
    } catch (AccessDeniedException e) {
      throw new IOException("not allowed to write it", e);
    }
    return new LogLines(writer(stream), true);
  }

  private static Writer writer(OutputStream stream) {
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
  }

  void add(String line) {
    if (!queue.offer(line)) {
      dropped.incrementAndGet();
    }
  }

  private void run() {
    List<String> batch = new ArrayList<>();
    while (true) {
      if (queue.isEmpty() && !ending) {
        LockSupport.parkNanos(PERIOD_MS * 1_000_000);
      }
      queue.drainTo(batch);
      boolean ended = !batch.isEmpty() && write(batch);
      batch.clear();
      if (ended) {
        return;
      }
    }
  }

  /** Writes the lines up to the end mark, then flushes; true when the end mark came. */
  private boolean write(List<String> lines) {
    try {
      for (String line : lines) {
        if (line == END) {
          out.flush();
          return true;
        }
        out.write(line);
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      dropped.addAndGet(lines.size());
    }
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      LOG.warn("{} access log lines were dropped: the log's output did not keep up", lost);
    }
    return false;
  }

  /** Writes what is queued, then closes the file (standard output stays open). */
  @Override
  public void close() {
    try {
      ending = true;
      queue.put(END);
      LockSupport.unpark(writer);
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (closeOut) {
      try {
        out.close();
      } catch (IOException e) {
        LOG.warn("closing the access log: {}", e.toString());
      }
    }
  }
}
