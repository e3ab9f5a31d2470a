package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.TestStore;
import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleRepository;
import broadsheet.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page's fast paths against their full ways, on a paper of many near-alike articles: the
 * best hits found by pruning ({@link RecentTopDocs}) are those that scoring every match finds, the
 * facets and total of the one counting pass ({@link FacetCounts}) are those of a count per value
 * with the filters as query clauses, and the snippets of our passage scorer and formatter are those
 * of Lucene's own. A large run of the same lives in bench/search.
 */
class SearchFastPathsTest {
  private static final String[] WORDS = {
    "harbour", "council", "ferry", "storm", "budget", "tram", "market", "museum", "river",
    "school", "bridge", "festival", "league", "strike", "port", "crane", "energy", "wind"
  };
  private static final List<String> SECTIONS = List.of("city", "sport", "world", "arts");
  private static final List<String> YEARS = new ArrayList<>();

  @TempDir static Path dir;
  private static Database db;
  private static SearchIndex index;
  private static final Clock CLOCK = Clock.systemUTC();

  @BeforeAll
  static void paper() throws IOException {
    db = TestStore.open(dir);
    Fixtures f = Fixtures.on(db).settings("The Differential Gazette", "");
    List<Long> sections = SECTIONS.stream().map(s -> f.section(s, s, null)).toList();
    long author = f.author("ada-quill", "Ada Quill");
    SplittableRandom random = new SplittableRandom(21);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      ids.add(
          f.article(
              "story-" + i,
              sections.get(random.nextInt(sections.size())),
              words(random, 3 + random.nextInt(4)),
              body(random),
              author,
              List.of(WORDS[random.nextInt(WORDS.length)]),
              random.nextInt(3 * 365 * 24)));
    }
    index =
        SearchIndex.open(
            dir.resolve("index"),
            new ArticleRepository(db),
            new ChangeLog(db, ChangeLog.originOf("test")));
    // Indexed again: their first copies stay in the first segment as deleted documents, which
    // no count may include.
    index.update(ids.subList(0, 60), index.position());
    assertThat(index.<Integer>withSearcher(s -> s.getIndexReader().numDeletedDocs())).isPositive();
    int year = java.time.Year.now(java.time.ZoneOffset.UTC).getValue();
    for (int y = year - 3; y <= year; y++) {
      YEARS.add(String.valueOf(y));
    }
  }

  @AfterAll
  static void close() {
    index.close();
    db.close();
    TestStore.discard(dir);
  }

  @Test
  void theBestHitsFoundByPruningAreThoseOfScoringEveryMatch() {
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 150; i++) {
      String input = query(random);
      Query text = ReaderQuery.parse(input, index.analyzer());
      int n = 1 + random.nextInt(25);
      RecentTopDocs best = new RecentTopDocs(n, CLOCK, 0.5f, 180);
      index.withSearcher(
          s -> {
            ScoreDoc[] pruned = s.search(text, best).scoreDocs;
            Map<Integer, Float> every = everyScore(s, text, best);
            List<Float> expected =
                every.values().stream().sorted(Comparator.reverseOrder()).limit(n).toList();
            assertThat(pruned).as(input).hasSize(expected.size());
            for (int rank = 0; rank < pruned.length; rank++) {
              assertThat(pruned[rank].score)
                  .as(input + " @" + rank)
                  .isCloseTo(expected.get(rank), TOLERANCE);
              assertThat(every.get(pruned[rank].doc))
                  .as(input)
                  .isCloseTo(pruned[rank].score, TOLERANCE);
            }
            return null;
          });
    }
  }

  @Test
  void oneCountingPassGivesTheFacetsAndTotalOfACountPerValue() {
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < 80; i++) {
      String input = query(random);
      String section = random.nextInt(3) == 0 ? pick(random, SECTIONS) : null;
      String year = random.nextInt(3) == 0 ? pick(random, YEARS) : null;
      if (random.nextInt(10) == 0) {
        section = "no-such-section";
      }
      Query text = ReaderQuery.parse(input, index.analyzer());
      String s0 = section;
      String y0 = year;
      index.withSearcher(
          s -> {
            FacetCounts.Tally tally = FacetCounts.count(s, text, s0, y0);
            String what = input + " in " + s0 + "/" + y0;
            assertThat(tally.total()).as(what).isEqualTo(count(s, text, s0, y0));
            Map<String, Long> sections = new HashMap<>();
            for (String value : SECTIONS) {
              long n = count(s, text, value, y0);
              if (n > 0) {
                sections.put(value, n);
              }
            }
            Map<String, Long> years = new HashMap<>();
            for (String value : YEARS) {
              long n = count(s, text, s0, value);
              if (n > 0) {
                years.put(value, n);
              }
            }
            assertThat(tally.sections()).as(what).isEqualTo(sections);
            assertThat(tally.years()).as(what).isEqualTo(years);
            return null;
          });
    }
  }

  @Test
  void snippetsAreThoseOfLucenesOwnPassageScorerAndFormatter() {
    SplittableRandom random = new SplittableRandom(13);
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 120; i++) {
      String input = query(random);
      Query text = ReaderQuery.parse(input, index.analyzer());
      index.withSearcher(
          s -> {
            ScoreDoc[] docs = s.search(text, 10).scoreDocs;
            String[] ours = Snippets.of(s, index.analyzer(), text, docs);
            String[] lucene =
                Snippets.of(
                    s,
                    index.analyzer(),
                    text,
                    docs,
                    new DefaultPassageFormatter("<mark>", "</mark>", " … ", true),
                    new PassageScorer());
            assertThat(ours).as(input).isEqualTo(lucene);
            all.append(String.join("\n", Arrays.stream(ours).map(String::valueOf).toList()));
            return null;
          });
    }
    // The paper's bodies put every escaped character and several passages before both.
    assertThat(all)
        .contains("<mark>", " … ", "&amp;", "&#x27;", "&quot;", "&#x2F;", "&lt;", "&gt;");
  }

  private static final org.assertj.core.data.Offset<Float> TOLERANCE =
      org.assertj.core.data.Offset.offset(1e-4f);

  /** Every match's score plus its recency, scoring each one (nothing skipped). */
  private static Map<Integer, Float> everyScore(IndexSearcher s, Query text, RecentTopDocs best)
      throws IOException {
    Map<Integer, Float> scores = new HashMap<>();
    s.search(
        text,
        new SimpleCollector() {
          private Scorable scorer;
          private SortedNumericDocValues published;
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            published = DocValues.getSortedNumeric(context.reader(), SearchIndex.PUBLISHED);
            base = context.docBase;
          }

          @Override
          public void setScorer(Scorable scorable) {
            scorer = scorable;
          }

          @Override
          public void collect(int doc) throws IOException {
            published.advanceExact(doc);
            scores.put(base + doc, scorer.score() + best.recency(published.nextValue()));
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
          }
        });
    return scores;
  }

  private static long count(IndexSearcher s, Query text, String section, String year)
      throws IOException {
    BooleanQuery.Builder q = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
    if (section != null) {
      q.add(new TermQuery(new Term(SearchIndex.SECTION, section)), BooleanClause.Occur.FILTER);
    }
    if (year != null) {
      q.add(new TermQuery(new Term(SearchIndex.YEAR, year)), BooleanClause.Occur.FILTER);
    }
    return s.count(q.build());
  }

  private static String query(SplittableRandom random) {
    String words = words(random, 1 + random.nextInt(3));
    return random.nextInt(5) == 0 ? "\"" + words + "\"" : words;
  }

  private static String words(SplittableRandom random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", out);
  }

  /** Sentences of the words, with the characters snippets escape scattered among them. */
  private static String body(SplittableRandom random) {
    StringBuilder body = new StringBuilder();
    for (int i = 1 + random.nextInt(6); i > 0; i--) {
      String sentence = words(random, 4 + random.nextInt(20));
      body.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length());
      if (random.nextInt(3) == 0) {
        body.append(' ').append(pick(random, MARKED)).append(' ').append(words(random, 3));
      }
      body.append(". ");
    }
    return body.append('\n').toString();
  }

  private static final List<String> MARKED =
      List.of("fish & chips", "O'Neill", "\"quoted\"", "1/2", "a < b", "c > d");

  private static String pick(SplittableRandom random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }
}
