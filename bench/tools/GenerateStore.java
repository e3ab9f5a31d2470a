import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleWrites;
import broadsheet.content.AuthorRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.FeaturedImage;
import broadsheet.content.SectionRepository;
import broadsheet.content.SettingsRepository;
import broadsheet.content.Status;
import broadsheet.content.TagRepository;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Fills a data directory with a large synthetic paper for benchmarks: N articles of about 600 words
 * drawn from a fixed vocabulary, over 8 sections, 40 authors and 400 tags. Deterministic (a fixed
 * seed), so two runs measure the same store.
 *
 * <p>Usage: java -cp target/classes:target/lib/* bench/tools/GenerateStore.java DATA_DIR [N]
 */
public class GenerateStore {
  private static final String[] WORDS = {
    "council",
    "harbour",
    "vote",
    "budget",
    "minister",
    "river",
    "school",
    "market",
    "tram",
    "ferry",
    "station",
    "housing",
    "report",
    "rain",
    "storm",
    "league",
    "match",
    "season",
    "theatre",
    "gallery",
    "festival",
    "trade",
    "export",
    "port",
    "crane",
    "shipping",
    "union",
    "strike",
    "wage",
    "price",
    "energy",
    "wind",
    "turbine",
    "contract",
    "supplier",
    "factory",
    "bridge",
    "road",
    "transport",
    "airport",
    "hospital",
    "doctor",
    "nurse",
    "patient",
    "court",
    "judge",
    "police",
    "crime",
    "election",
    "candidate",
    "ballot",
    "mayor",
    "county",
    "district",
    "museum",
    "library",
    "book",
    "author",
    "music",
    "concert",
    "stage",
    "film",
    "cinema",
    "water",
    "drought",
    "reservoir",
    "farm",
    "harvest",
    "fishing",
    "fleet",
    "estuary",
    "coast",
    "beach",
    "weather",
    "climate",
    "policy",
    "plan",
    "consultation",
    "residents",
    "campaign",
    "protest",
    "agreement",
    "talks",
    "summit",
    "treaty",
    "border",
    "embassy",
    "refugees",
    "aid",
    "growth",
    "inflation",
    "interest",
    "bank",
    "loan",
    "shop",
    "retail",
    "online",
    "technology",
    "startup",
    "investment",
    "jobs",
    "workers",
    "students",
    "teachers",
    "university",
    "research"
  };

  private static final int VOCABULARY = 30_000;
  private static final String[] SYLLABLES = {
    "ba", "ker", "lo", "min", "sta", "rel", "do", "fen", "gar", "hol", "ti", "vas", "nor", "pel",
    "qui", "ron", "sel", "tam", "ul", "ves", "wen", "yar", "zo", "cra", "bri", "dun", "esk", "fro"
  };
  private static final String[] FUNCTION_WORDS = {
    "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be",
    "at", "by", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which",
    "one", "were", "there", "been", "has", "their", "if", "will", "would", "into", "no", "such",
    "then", "these", "its", "than", "them", "so", "some", "could", "when", "who"
  };
  private static final int NEWSROOM_RANK = 150;
  private static final String[] LEXICON = lexicon();
  private static final double[] CUMULATIVE = zipf(VOCABULARY, 1.05);

  private static String[] lexicon() {
    String[] words = new String[VOCABULARY];
    System.arraycopy(FUNCTION_WORDS, 0, words, 0, FUNCTION_WORDS.length);
    System.arraycopy(WORDS, 0, words, NEWSROOM_RANK, WORDS.length);
    SplittableRandom random = new SplittableRandom(30_000);
    java.util.Set<String> seen = new java.util.HashSet<>(List.of(WORDS));
    seen.addAll(List.of(FUNCTION_WORDS));
    for (int i = FUNCTION_WORDS.length; i < VOCABULARY; ) {
      if (words[i] != null) {
        i++;
        continue;
      }
      StringBuilder w = new StringBuilder();
      int parts = 2 + random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (seen.add(w.toString())) {
        words[i++] = w.toString();
      }
    }
    return words;
  }

  private static double[] zipf(int n, double s) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cumulative[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cumulative[k] /= sum;
    }
    return cumulative;
  }

  public static void main(String[] args) {
    Path dataDir = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    long started = System.nanoTime();
    try (Database db = Database.inDataDir(dataDir)) {
      generate(db, count);
    }
    System.err.printf(
        "generated %d articles in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
  }

  static void generate(Database db, int count) {
    SplittableRandom random = new SplittableRandom(20261125L);
    ZoneId zone = ZoneId.of("Europe/London");
    new SettingsRepository(db).save("The Benchmark Times", "A very large paper", Locale.UK, zone);
    var sections = new SectionRepository(db);
    List<Long> sectionIds = new ArrayList<>();
    for (String name :
        List.of(
            "World", "City", "Politics", "Business", "Culture", "Sport", "Science", "Opinion")) {
      sectionIds.add(
          sections.insert(
              name.toLowerCase(Locale.ROOT), name, name + " coverage.", sectionIds.size(), null));
    }
    var authors = new AuthorRepository(db);
    List<Long> authorIds = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      authorIds.add(
          authors.insert("writer-" + i, "Writer " + i, "Staff writer number " + i + ".", null));
    }
    var tags = new TagRepository(db);
    List<Long> tagIds = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      tagIds.add(tags.ensure(word(random) + " " + word(random) + " " + i));
    }
    var renderer = new BodyRenderer();
    var articles = new ArticleWrites(db);
    Instant newest = Instant.now().minus(Duration.ofMinutes(10));
    int batch = 1000;
    for (int start = 0; start < count; start += batch) {
      int from = start;
      int to = Math.min(count, start + batch);
      List<ArticleDraft> drafts = new ArrayList<>();
      for (int i = from; i < to; i++) {
        String markdown = body(random);
        String headline = capitalise(sentence(random, 6 + random.nextInt(5)));
        drafts.add(
            new ArticleDraft(
                "story-" + i,
                sectionIds.get(random.nextInt(sectionIds.size())),
                headline,
                capitalise(sentence(random, 18)) + ".",
                markdown,
                renderer.render(markdown),
                Status.PUBLISHED,
                zone,
                newest.minus(Duration.ofMinutes((long) (count - i) * 7)),
                null,
                new FeaturedImage("/static/logo.png", "The paper's logo", null, "Benchmark desk"),
                null,
                null,
                null,
                List.of(authorIds.get(random.nextInt(authorIds.size()))),
                List.of(
                    tagIds.get(random.nextInt(tagIds.size())),
                    tagIds.get(random.nextInt(tagIds.size())))));
      }
      db.jdbi().useTransaction(h -> drafts.forEach(d -> articles.insert(h, d)));
      if (to % 10_000 == 0) {
        System.err.println("  " + to + " articles");
      }
    }
  }

  private static String body(SplittableRandom random) {
    StringBuilder md = new StringBuilder();
    for (int p = 0; p < 8; p++) {
      if (p == 3) {
        md.append("It was **“")
            .append(capitalise(sentence(random, 8)))
            .append(".”** said a spokesperson.\n\n");
      }
      md.append(capitalise(sentence(random, 75))).append(".\n\n");
    }
    return md.toString();
  }

  private static String sentence(SplittableRandom random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        s.append(i % 13 == 0 ? ", " : " ");
      }
      s.append(word(random));
    }
    return s.toString();
  }

  private static String word(SplittableRandom random) {
    int k = java.util.Arrays.binarySearch(CUMULATIVE, random.nextDouble());
    return LEXICON[k < 0 ? Math.min(-k - 1, VOCABULARY - 1) : k];
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
