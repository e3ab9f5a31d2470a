package broadsheet.cdn;

import broadsheet.config.PurgeTarget;
import broadsheet.web.Dependency;
import broadsheet.web.PageCache;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges a CDN (Varnish, or a CDN's API) of what this node's page cache dropped, named by the same
 * surrogate keys the pages carry. Each node purges after its own invalidation: a CDN that refetched
 * from a node not yet caught up is healed by the later node's purge.
 *
 * <p>A publish never waits for the CDN: keys go into a bounded set, coalesced, and one background
 * thread sends them in batches with short timeouts, retrying a failed batch with backoff. Each
 * failed attempt is one WARN line; the last of a batch also counts the batches given up since
 * start. When more keys wait than the set holds, they are replaced by the full-purge key, which
 * covers them all.
 */
public final class Purges implements PageCache.Listener, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Purges.class);

  /** Keys waiting at most; beyond, one full purge replaces them. */
  static final int MAX_PENDING = 10_000;

  /** Keys per request, so that Varnish's header limit (8 KB by default) is never reached. */
  static final int KEYS_PER_REQUEST = 250;

  /** How long to wait before each retry of a failed batch; one more attempt than pauses. */
  static final List<Duration> BACKOFF =
      List.of(Duration.ofMillis(250), Duration.ofSeconds(1), Duration.ofSeconds(4));

  /** What was sent: batches that arrived, attempts that failed, batches given up. */
  public record Counts(long sent, long failedAttempts, long givenUp) {}

  private final PurgeTarget target;
  private final PurgeRequests requests;
  private final HttpClient http;
  private final List<Duration> backoff;
  private final LinkedHashSet<String> pending = new LinkedHashSet<>();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failedAttempts = new AtomicLong();
  private final AtomicLong givenUp = new AtomicLong();
  private final Thread worker;
  private boolean closed;

  Purges(PurgeTarget target, Duration connectTimeout, Duration timeout, List<Duration> backoff) {
    this.target = target;
    this.requests = new PurgeRequests(target, timeout);
    this.backoff = List.copyOf(backoff);
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.worker = Thread.ofPlatform().daemon().name("cdn-purges").unstarted(this::run);
  }

  /** Starts purging at the target: one-second connects, two-second answers. */
  public static Purges start(PurgeTarget target) {
    Purges purges = new Purges(target, Duration.ofSeconds(1), Duration.ofSeconds(2), BACKOFF);
    purges.worker.start();
    LOG.info("purging the CDN at {}", target);
    return purges;
  }

  /** Starts the background thread (tests build with their own timeouts first). */
  Purges started() {
    worker.start();
    return this;
  }

  @Override
  public void invalidated(Collection<Dependency> dependencies) {
    List<String> keys = new ArrayList<>(dependencies.size());
    for (Dependency dependency : dependencies) {
      keys.add(dependency.surrogateKey());
    }
    add(keys);
  }

  @Override
  public void cleared() {
    add(List.of(Dependency.ALL_KEY));
  }

  public Counts counts() {
    return new Counts(sent.get(), failedAttempts.get(), givenUp.get());
  }

  private void add(Collection<String> keys) {
    synchronized (pending) {
      if (closed || pending.contains(Dependency.ALL_KEY)) {
        return;
      }
      if (keys.contains(Dependency.ALL_KEY) || pending.size() + keys.size() > MAX_PENDING) {
        pending.clear();
        pending.add(Dependency.ALL_KEY);
      } else {
        pending.addAll(keys);
      }
      pending.notifyAll();
    }
  }

  private List<String> nextBatch() throws InterruptedException {
    synchronized (pending) {
      while (pending.isEmpty() && !closed) {
        pending.wait();
      }
      List<String> batch = new ArrayList<>(Math.min(pending.size(), KEYS_PER_REQUEST));
      Iterator<String> keys = pending.iterator();
      while (keys.hasNext() && batch.size() < KEYS_PER_REQUEST) {
        batch.add(keys.next());
        keys.remove();
      }
      return batch;
    }
  }

  private void run() {
    try {
      while (true) {
        List<String> batch = nextBatch();
        if (batch.isEmpty()) {
          return;
        }
        deliver(batch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void deliver(List<String> batch) throws InterruptedException {
    int attempts = backoff.size() + 1;
    for (int attempt = 1; ; attempt++) {
      String failure = send(batch);
      if (failure == null) {
        sent.incrementAndGet();
        return;
      }
      failedAttempts.incrementAndGet();
      if (attempt == attempts) {
        LOG.warn(
            "purge of {} keys at {} failed ({}), attempt {} of {}; given up ({} batches since"
                + " start, {} sent)",
            batch.size(),
            target,
            failure,
            attempt,
            attempts,
            givenUp.incrementAndGet(),
            sent.get());
        return;
      }
      Duration pause = backoff.get(attempt - 1);
      LOG.warn(
          "purge of {} keys at {} failed ({}), attempt {} of {}; again in {} ms",
          batch.size(),
          target,
          failure,
          attempt,
          attempts,
          pause.toMillis());
      Thread.sleep(pause);
    }
  }

  /** Sends one batch: null when the target took it, else why not, in a few words. */
  private String send(List<String> batch) throws InterruptedException {
    try {
      HttpResponse<Void> response =
          http.send(requests.of(batch), HttpResponse.BodyHandlers.discarding());
      int status = response.statusCode();
      return status >= 200 && status < 300 ? null : "status " + status;
    } catch (HttpTimeoutException e) {
      return "no answer in time";
    } catch (IOException e) {
      String reason = e.getMessage();
      return e.getClass().getSimpleName() + (reason == null ? "" : ": " + reason);
    }
  }

  /** Stops the thread; keys still waiting are not sent (the node is going away). */
  @Override
  public void close() {
    synchronized (pending) {
      closed = true;
      pending.clear();
      pending.notifyAll();
    }
    worker.interrupt();
    try {
      worker.join(Duration.ofSeconds(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    http.close();
  }
}
