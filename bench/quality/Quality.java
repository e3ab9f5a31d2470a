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

/**
 * The search quality benchmark on real news (../shared/corpora/news, BBC 2004-2005, five topics).
 * Every article goes into one section with no tags, so only the text decides; the topic label is
 * used for scoring alone. Prints related-articles precision@3 and known-item search by headline
 * (mean reciprocal rank, share found first). An article's marked duplicate counts as a hit.
 *
 * <p>Usage: java -cp target/classes:target/lib/* bench/quality/Quality.java CORPUS_DIR
 */
public class Quality {
  record Item(long id, String key, String label, String headline, String twin) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpora/news");
    Path data = Files.createTempDirectory("broadsheet-quality");
    ObjectMapper json = new ObjectMapper();
    try (Database db = Database.inDataDir(data)) {
      long section = new SectionRepository(db).insert("news", "News", "", 0, null);
      long author = new AuthorRepository(db).insert("desk", "News desk", "", null);
      var articles = new ArticleRepository(db);
      var writes = new ArticleWrites(db);
      var renderer = new BodyRenderer();
      List<Item> items = new ArrayList<>();
      Map<String, Long> idByKey = new HashMap<>();
      Instant start = Instant.parse("2024-01-01T08:00:00Z");
      int n = 0;
      List<Path> files;
      try (var list = Files.list(corpus)) {
        files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
      }
      for (Path file : files) {
        for (String line : Files.readAllLines(file)) {
          JsonNode a = json.readTree(line);
          List<String> paragraphs = new ArrayList<>();
          a.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
          String markdown = String.join("\n\n", paragraphs);
          String key = a.get("id").asText();
          int index = n++;
          long id =
              writes.insert(
                  new ArticleDraft(
                      "a-" + key.replace('/', '-'),
                      section,
                      a.get("headline").asText(),
                      "",
                      markdown,
                      renderer.render(markdown),
                      Status.PUBLISHED,
                      ZoneId.of("UTC"),
                      start.plus(Duration.ofHours(7L * ((index * 7919L) % 2225))),
                      null,
                      null,
                      null,
                      null,
                      null,
                      List.of(author),
                      List.of()));
          idByKey.put(key, id);
          items.add(
              new Item(
                  id,
                  key,
                  a.get("label").asText(),
                  a.get("headline").asText(),
                  a.has("duplicate_of") ? a.get("duplicate_of").asText() : null));
        }
      }
      Map<Long, Item> byId = new HashMap<>();
      items.forEach(i -> byId.put(i.id(), i));
      Map<Long, Long> twins = new HashMap<>();
      for (Item i : items) {
        if (i.twin() != null && idByKey.containsKey(i.twin())) {
          twins.put(i.id(), idByKey.get(i.twin()));
          twins.put(idByKey.get(i.twin()), i.id());
        }
      }
      long t0 = System.nanoTime();
      try (SearchIndex index = SearchIndex.open(data.resolve("index"), articles)) {
        System.out.printf(
            "indexed %d articles in %.1f s%n", items.size(), (System.nanoTime() - t0) / 1e9);
        Clock clock = Clock.fixed(start.plus(Duration.ofDays(700)), ZoneId.of("UTC"));
        var related = new RelatedArticles(index, articles, db, id -> {}, clock);
        var search = new ArticleSearch(index, articles, List::of, clock);
        int relevant = 0;
        int shown = 0;
        double reciprocal = 0;
        int first = 0;
        for (Item item : items) {
          Article a = articles.findById(item.id()).orElseThrow();
          for (Article r : related.of(a, 3)) {
            shown++;
            if (byId.get(r.id()).label().equals(item.label())) {
              relevant++;
            }
          }
          List<Long> hits = new ArrayList<>();
          for (int page = 1; page <= 2; page++) {
            search
                .search(item.headline(), null, null, page)
                .hits()
                .forEach(h -> hits.add(h.article().id()));
          }
          int rank = 0;
          for (int k = 0; k < hits.size(); k++) {
            long hit = hits.get(k);
            if (hit == item.id() || Long.valueOf(hit).equals(twins.get(item.id()))) {
              rank = k + 1;
              break;
            }
          }
          if (rank > 0) {
            reciprocal += 1.0 / rank;
          }
          if (rank == 1) {
            first++;
          }
        }
        System.out.printf(
            "related precision@3: %.3f (%d of %d related articles share the label)%n",
            (double) relevant / shown, relevant, shown);
        System.out.printf(
            "headline search: MRR %.3f, found first %.3f (%d of %d)%n",
            reciprocal / items.size(), (double) first / items.size(), first, items.size());
      }
    }
  }
}
