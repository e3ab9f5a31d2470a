package broadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs the same work on several threads released at the same moment, as concurrent writers. */
public final class Together {
  private Together() {}

  /** What each of {@code writers} threads returned; the first failure is thrown. */
  public static <T> List<T> run(int writers, Callable<T> work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(writers);
    try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
      List<Future<T>> running = new ArrayList<>();
      for (int i = 0; i < writers; i++) {
        running.add(
            pool.submit(
                () -> {
                  start.await();
                  return work.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : running) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
      return results;
    }
  }
}
