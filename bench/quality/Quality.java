import broadsheet.changes.ChangeFeed;
import broadsheet.changes.ChangeLog;
import broadsheet.content.Article;
import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleRepository;
import broadsheet.content.ArticleWrites;
import broadsheet.content.AuthorRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.SectionRepository;
import broadsheet.content.Status;
import broadsheet.search.ArticleSearch;
import broadsheet.search.RelatedArticles;
import broadsheet.search.SearchIndex;
import broadsheet.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The search quality benchmark on real news (../shared/corpora/news, BBC 2004-2005, five topics).
 * Every article goes into one section with no tags, so only the text decides; the topic label is
 * used for scoring alone. Prints related-articles precision@3 and known-item search by headline
 * (mean reciprocal rank over the first 20 results, share found first), for Broadsheet and for a
 * plain TF-IDF cosine baseline ({@link TfIdfCosine}). An article's marked duplicate counts as a
 * hit.
 *
 * <p>Each figure is given for the whole corpus and for its two halves: an article belongs to the
 * tuning half when the CRC-32 of its corpus id ("business/001") is even, to the held-back half when
 * it is odd. Settings are chosen on the tuning half; the held-back half says whether they carry
 * over. Every article stays in the index either way: only the articles asked about are split.
 *
 * <p>Usage: bench/quality/run [CORPUS_DIR]
 */
public class Quality {
  private static final Instant START = Instant.parse("2024-01-01T08:00:00Z");

  record Item(long id, String key, String label, String headline, String text, String twin) {
    boolean heldBack() {
      CRC32 crc = new CRC32();
      crc.update(key.getBytes(StandardCharsets.UTF_8));
      return (crc.getValue() & 1) == 1;
    }
  }

  /** Hits and totals for one figure, over the whole corpus and each half. */
  static final class Score {
    final double[] sum = new double[3];
    final int[] count = new int[3];

    void add(Item item, double value, int n) {
      for (int part : new int[] {0, item.heldBack() ? 2 : 1}) {
        sum[part] += value;
        count[part] += n;
      }
    }

    String row() {
      return String.format(
          "%.3f  %.3f  %.3f", sum[0] / count[0], sum[1] / count[1], sum[2] / count[2]);
    }
  }

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/news");
    Path data = Files.createTempDirectory("broadsheet-quality");
    try (Database db = Database.inDataDir(data)) {
      List<Item> items = load(db, corpus);
      Map<String, Long> idByKey = new HashMap<>();
      items.forEach(i -> idByKey.put(i.key(), i.id()));
      Map<Long, Long> twins = new HashMap<>();
      for (Item i : items) {
        if (i.twin() != null && idByKey.containsKey(i.twin())) {
          twins.put(i.id(), idByKey.get(i.twin()));
          twins.put(idByKey.get(i.twin()), i.id());
        }
      }
      Map<Long, Item> byId = new HashMap<>();
      items.forEach(i -> byId.put(i.id(), i));
      var articles = new ArticleRepository(db);
      long t0 = System.nanoTime();
      ChangeLog log = new ChangeLog(db, "quality");
      Clock clock = Clock.fixed(START.plus(Duration.ofDays(700)), ZoneId.of("UTC"));
      try (SearchIndex index = SearchIndex.open(data.resolve("index"), articles, log);
          ChangeFeed feed = new ChangeFeed(db, log, clock)) {
        System.out.printf(
            "indexed %d articles in %.1f s%n", items.size(), (System.nanoTime() - t0) / 1e9);
        var related = new RelatedArticles(index, articles, db, feed, clock);
        var search = new ArticleSearch(index, articles, List::of, clock);
        Score precision = new Score();
        Score mrr = new Score();
        Score first = new Score();
        t0 = System.nanoTime();
        for (Item item : items) {
          Article a = articles.findById(item.id()).orElseThrow();
          List<Long> shown = related.compute(a).stream().limit(3).toList();
          precision.add(item, sameLabel(item, shown, byId), 3);
          List<Long> hits = new ArrayList<>();
          for (int page = 1; page <= 2; page++) {
            search
                .search(item.headline(), null, null, page)
                .hits()
                .forEach(h -> hits.add(h.article().id()));
          }
          double rr = reciprocalRank(item, hits, twins);
          mrr.add(item, rr, 1);
          first.add(item, rr == 1 ? 1 : 0, 1);
        }
        double broadsheetSeconds = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        TfIdfCosine baseline = new TfIdfCosine(items.stream().map(Item::text).toList());
        Score basePrecision = new Score();
        Score baseMrr = new Score();
        Score baseFirst = new Score();
        for (int i = 0; i < items.size(); i++) {
          Item item = items.get(i);
          List<Long> shown = baseline.related(i, 3).stream().map(j -> items.get(j).id()).toList();
          basePrecision.add(item, sameLabel(item, shown, byId), 3);
          List<Long> hits =
              baseline.search(item.headline(), 20).stream().map(j -> items.get(j).id()).toList();
          double rr = reciprocalRank(item, hits, twins);
          baseMrr.add(item, rr, 1);
          baseFirst.add(item, rr == 1 ? 1 : 0, 1);
        }
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;
        long held = items.stream().filter(Item::heldBack).count();
        System.out.printf(
            "articles asked about: whole %d, tuning half %d, held-back half %d%n",
            items.size(), items.size() - held, held);
        System.out.println("                         whole  tuning held-back");
        System.out.println("related precision@3");
        System.out.println("  Broadsheet             " + precision.row());
        System.out.println("  TF-IDF cosine          " + basePrecision.row());
        System.out.println("headline search MRR@20");
        System.out.println("  Broadsheet             " + mrr.row());
        System.out.println("  TF-IDF cosine          " + baseMrr.row());
        System.out.println("headline search, found first");
        System.out.println("  Broadsheet             " + first.row());
        System.out.println("  TF-IDF cosine          " + baseFirst.row());
        System.out.printf(
            "time: Broadsheet %.1f s, TF-IDF cosine %.1f s%n", broadsheetSeconds, baselineSeconds);
      }
    }
  }

  private static int sameLabel(Item item, List<Long> shown, Map<Long, Item> byId) {
    return (int) shown.stream().filter(r -> byId.get(r).label().equals(item.label())).count();
  }

  private static double reciprocalRank(Item item, List<Long> hits, Map<Long, Long> twins) {
    for (int k = 0; k < hits.size(); k++) {
      long hit = hits.get(k);
      if (hit == item.id() || Long.valueOf(hit).equals(twins.get(item.id()))) {
        return 1.0 / (k + 1);
      }
    }
    return 0;
  }

  /** Every article of the corpus, published in one section with no tags. */
  static List<Item> load(Database db, Path corpus) throws Exception {
    ObjectMapper json = new ObjectMapper();
    long section = new SectionRepository(db).insert("news", "News", "", 0, null);
    long author = new AuthorRepository(db).insert("desk", "News desk", "", null);
    var writes = new ArticleWrites(db);
    var renderer = new BodyRenderer();
    List<Item> items = new ArrayList<>();
    List<Path> files;
    try (var list = Files.list(corpus)) {
      files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
    }
    int n = 0;
    for (Path file : files) {
      for (String line : Files.readAllLines(file)) {
        JsonNode a = json.readTree(line);
        List<String> paragraphs = new ArrayList<>();
        a.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        String markdown = String.join("\n\n", paragraphs);
        String key = a.get("id").asText();
        String headline = a.get("headline").asText();
        int index = n++;
        long id =
            writes.insert(
                new ArticleDraft(
                    "a-" + key.replace('/', '-'),
                    section,
                    headline,
                    "",
                    markdown,
                    renderer.render(markdown),
                    Status.PUBLISHED,
                    ZoneId.of("UTC"),
                    // Spread over about two years in an order unrelated to the topics.
                    START.plus(Duration.ofHours(7L * ((index * 7919L) % 2225))),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(author),
                    List.of()));
        items.add(
            new Item(
                id,
                key,
                a.get("label").asText(),
                headline,
                headline + "\n\n" + markdown,
                a.has("duplicate_of") ? a.get("duplicate_of").asText() : null));
      }
    }
    return items;
  }
}
