import broadsheet.changes.ChangeFeed;
import broadsheet.changes.ChangeLog;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.search.ArticleSearch;
import broadsheet.search.RelatedArticles;
import broadsheet.search.SearchIndex;
import broadsheet.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Search speed on a generated store (bench/tools/GenerateStore.java): two-word searches with
 * highlighting and facets, related articles, and a full reindex. Prints p50/p95 and the peak heap.
 *
 * <p>Usage: java -Xmx768m -cp target/classes:target/lib/* bench/search/SearchSpeed.java DATA_DIR
 */
public class SearchSpeed {
  static final String[] WORDS = {
    "council", "harbour", "vote", "budget", "minister", "river", "school", "market", "tram",
    "ferry", "station", "housing", "report", "storm", "league", "theatre", "festival", "trade",
    "export", "crane", "energy", "wind", "contract", "bridge", "hospital", "election", "museum",
    "drought", "fishing", "climate", "protest", "treaty", "inflation", "startup", "research"
  };

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    try (Database db = Database.open("sqlite:" + data.resolve("broadsheet.db"))) {
      var articles = new ArticleRepository(db);
      int total = articles.countPublished();
      var log = new ChangeLog(db, ChangeLog.originOf("bench"));
      try (SearchIndex index = SearchIndex.open(data.resolve("index"), articles, log);
          var feed = new ChangeFeed(db, log, Clock.systemUTC())) {
        var search = new ArticleSearch(index, articles, List::of, Clock.systemUTC());
        var related = new RelatedArticles(index, articles, db, feed, Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300; i++) { // warm up the JIT and the page cache
          search.search(word(random) + " " + word(random), null, null, 1);
        }
        long[] searches = new long[1000];
        for (int i = 0; i < searches.length; i++) {
          String q = word(random) + " " + word(random);
          long t = System.nanoTime();
          search.search(q, null, null, 1);
          searches[i] = System.nanoTime() - t;
        }
        List<Article> sample = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
          articles.findBySlug("story-" + random.nextInt(total)).ifPresent(sample::add);
        }
        for (int i = 0; i < 100; i++) {
          related.compute(sample.get(i));
        }
        // Computing a list is what publishing an article costs (for it and its neighbours);
        // a page view reads the stored list, pins and teasers.
        long[] computed = new long[sample.size() - 100];
        for (int i = 100; i < sample.size(); i++) {
          long t = System.nanoTime();
          related.compute(sample.get(i));
          computed[i - 100] = System.nanoTime() - t;
        }
        sample.forEach(a -> related.of(a, 3));
        long[] served = new long[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
          long t = System.nanoTime();
          related.of(sample.get(i), 3);
          served[i] = System.nanoTime() - t;
        }
        System.out.printf("articles: %d%n", total);
        System.out.printf(
            "2-word search (highlights, facets): p50 %.2f ms, p95 %.2f ms%n",
            ms(searches, 50), ms(searches, 95));
        System.out.printf(
            "related, computed (on publish): p50 %.2f ms, p95 %.2f ms%n",
            ms(computed, 50), ms(computed, 95));
        System.out.printf(
            "related, served (on render): p50 %.2f ms, p95 %.2f ms%n",
            ms(served, 50), ms(served, 95));
      }
      Path fresh = Files.createTempDirectory("broadsheet-reindex");
      long t = System.nanoTime();
      try (SearchIndex index = SearchIndex.open(fresh, articles, log, false)) {
        int n = index.rebuild(done -> {});
        double s = (System.nanoTime() - t) / 1e9;
        System.out.printf("full reindex: %d articles in %.1f s = %.0f articles/s%n", n, s, n / s);
      }
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        "peak heap: %d MB (max %d MB)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  static String word(SplittableRandom random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  static double ms(long[] nanos, int percentile) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
  }
}
