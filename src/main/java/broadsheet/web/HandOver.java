package broadsheet.web;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Where a request leaves Jetty's own threads. The handlers in front of the servlet layer declare
 * themselves non-blocking, so Jetty runs them on the thread that read the request, with no
 * hand-off: a cache hit is answered there. Whatever may block (the store, the servlet layer, a body
 * being read) is handed over here to a virtual thread of its own; once on one, it simply goes on.
 *
 * <p>Requests begin in the order they were handed over. The JDK's scheduler runs virtual threads
 * started from Jetty's threads in no fair order: under 64 connections of searches, a request waited
 * a median 27 ms for its thread to run but 110 ms at the 90th percentile (p99 at the client 130-140
 * ms, against 55-65 ms when Jetty dispatched by itself). So the request waits in a queue of its
 * own, and whichever handed-over thread runs first takes the oldest one (p99 39-63 ms).
 */
public final class HandOver {
  private static final Thread.Builder VIRTUAL = Thread.ofVirtual().name("request-", 0);

  /**
   * Set on the threads requests are handed to. Not "any virtual thread": with virtual threads
   * configured, Jetty's selectors run on virtual threads too, and a step blocked there waits for
   * the body that only its own selector would read.
   */
  private static final ThreadLocal<Boolean> HANDED_OVER = new ThreadLocal<>();

  /** Requests handed over whose thread has not run yet, oldest first: one per such thread. */
  private static final Queue<Waiting> WAITING = new ConcurrentLinkedQueue<>();

  private HandOver() {}

  /** A handler's step, as {@link org.eclipse.jetty.server.Handler#handle}. */
  @FunctionalInterface
  public interface Step {
    boolean handle(Request request, Response response, Callback callback) throws Exception;
  }

  private record Waiting(Step step, Request request, Response response, Callback callback) {}

  /**
   * Runs the step where it may block: here if this is already such a thread, else on a new virtual
   * thread, the request then counted as handled. A step that handles nothing leaves a 404, one that
   * throws fails the request (Jetty's error handling answers, a 500 at most).
   */
  public static boolean blocking(Step step, Request request, Response response, Callback callback)
      throws Exception {
    if (HANDED_OVER.get() != null) {
      return step.handle(request, response, callback);
    }
    Waiting waiting = new Waiting(step, request, response, callback);
    WAITING.add(waiting);
    try {
      VIRTUAL.start(HandOver::runOldest);
    } catch (RuntimeException | Error failure) {
      WAITING.remove(waiting);
      throw failure;
    }
    return true;
  }

  /** A handed-over thread's work: the oldest request waiting, which need not be its own. */
  private static void runOldest() {
    HANDED_OVER.set(Boolean.TRUE);
    // Never empty: each thread is started after its request was queued, and takes one.
    Waiting oldest = WAITING.poll();
    try {
      if (!oldest.step().handle(oldest.request(), oldest.response(), oldest.callback())) {
        Response.writeError(oldest.request(), oldest.response(), oldest.callback(), 404);
      }
    } catch (Throwable failure) {
      oldest.callback().failed(failure);
    }
  }
}
