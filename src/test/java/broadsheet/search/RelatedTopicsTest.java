package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import broadsheet.Fixtures;
import broadsheet.TestStore;
import broadsheet.changes.ChangeFeed;
import broadsheet.changes.ChangeLog;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Status;
import broadsheet.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Related lists reordered by subject ({@link RelatedRerank}), through the real store and index, on
 * a paper large enough for subjects to be learnt: four subjects, each with words of its own, and
 * pieces that borrow a rare name from another subject.
 */
class RelatedTopicsTest {
  private static final String[][] SUBJECTS = {
    {
      "harbour",
      "ferry",
      "quay",
      "tide",
      "dock",
      "pier",
      "sail",
      "yacht",
      "crew",
      "anchor",
      "mooring",
      "lighthouse",
      "coastguard",
      "trawler",
      "marina",
      "wharf",
      "berth",
      "hull"
    },
    {
      "election", "ballot", "minister", "parliament", "vote", "candidate", "campaign", "council",
      "mayor", "policy", "opposition", "coalition", "referendum", "manifesto", "senate", "cabinet",
      "constituency", "governor"
    },
    {
      "concert",
      "album",
      "guitar",
      "orchestra",
      "singer",
      "stage",
      "festival",
      "drummer",
      "chorus",
      "melody",
      "tour",
      "band",
      "violin",
      "rehearsal",
      "audience",
      "encore",
      "opera",
      "soprano"
    },
    {
      "league", "striker", "goal", "referee", "stadium", "coach", "midfield", "penalty", "season",
      "trophy", "keeper", "tackle", "fixture", "derby", "relegation", "transfer", "captain", "pitch"
    }
  };
  private static final String[] COMMON = {
    "city", "week", "people", "year", "plan", "report", "local", "new", "time", "day"
  };

  @TempDir static Path dir;
  private static Database db;
  private static SearchIndex index;
  private static ChangeFeed feed;
  private static ArticleRepository articles;
  private static final Map<Long, Integer> SUBJECT = new HashMap<>();
  private static long borrower;
  private static long lender;
  private static long story;
  private static long sequel;
  private static long withdrawn;

  @BeforeAll
  static void paper() {
    db = TestStore.open(dir);
    Fixtures f = Fixtures.on(db).settings("The Subject Gazette", "");
    Desk desk = new Desk(f, f.section("news", "News", null), f.author("ada-quill", "Ada Quill"));
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < 240; i++) {
      int s = i % SUBJECTS.length;
      long id =
          desk.write(
              "piece-" + i,
              text(random, s, 4),
              text(random, s, 60),
              random.nextInt(2000),
              Status.PUBLISHED);
      SUBJECT.put(id, s);
    }
    // A harbour piece naming two rare names that otherwise only one election piece names.
    String names = " quarrington vellacott";
    borrower =
        desk.write(
            "harbour-names", text(random, 0, 4), text(random, 0, 30) + names, 5, Status.PUBLISHED);
    SUBJECT.put(borrower, 0);
    lender =
        desk.write(
            "election-names", text(random, 1, 4), text(random, 1, 30) + names, 6, Status.PUBLISHED);
    SUBJECT.put(lender, 1);
    String strike = " strike pay dispute union talks walkout";
    String headline = "Ferry crews strike over pay at the harbour";
    story =
        desk.write(
            "ferry-strike-begins", headline, text(random, 0, 30) + strike, 48, Status.PUBLISHED);
    sequel =
        desk.write(
            "ferry-strike-ends",
            "Ferry crews end strike over pay after harbour talks",
            text(random, 0, 30) + strike + " ends deal",
            2,
            Status.PUBLISHED);
    withdrawn =
        desk.write(
            "ferry-strike-withdrawn",
            headline,
            text(random, 0, 30) + strike,
            1,
            Status.UNPUBLISHED);
    articles = new ArticleRepository(db);
    ChangeLog log = new ChangeLog(db, ChangeLog.originOf("test"));
    index = SearchIndex.open(dir.resolve("index"), articles, log);
    feed = new ChangeFeed(db, log, Clock.systemUTC());
  }

  @AfterAll
  static void close() {
    feed.close();
    index.close();
    db.close();
  }

  /** Articles of one section and author, untagged. */
  private record Desk(Fixtures fixtures, long section, long author) {
    long write(String slug, String headline, String body, int hoursAgo, Status status) {
      return fixtures.article(
          slug, section, headline, body + ".\n", author, List.of(), hoursAgo, status);
    }
  }

  private static String text(SplittableRandom random, int subject, int words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      out.add(
          random.nextInt(5) == 0
              ? COMMON[random.nextInt(COMMON.length)]
              : SUBJECTS[subject][random.nextInt(SUBJECTS[subject].length)]);
    }
    return String.join(" ", out);
  }

  private static RelatedArticles related() {
    return new RelatedArticles(index, articles, db, feed, Clock.systemUTC());
  }

  private static Article article(long id) {
    return articles.findById(id).orElseThrow();
  }

  @Test
  void aRareBorrowedNameDoesNotPullInAnotherSubject() {
    // By words alone the election piece sharing the rare pair is among the closest...
    List<Long> byWords =
        index.withSearcher(
            s -> {
              IndexSearcher r = RelatedQuery.searcher(s);
              var like = RelatedQuery.like(s.getIndexReader(), index.analyzer(), article(borrower));
              return SearchIndex.ids(r, r.search(like, 1 + RelatedArticles.STORED).scoreDocs);
            });
    assertThat(byWords).startsWith(borrower).contains(lender);
    // ...but the list keeps to the harbour.
    List<Long> list = related().compute(article(borrower));
    assertThat(list).hasSize(RelatedArticles.STORED).doesNotContain(lender, borrower);
    assertThat(list).allSatisfy(id -> assertThat(SUBJECT.get(id)).isZero());
  }

  @Test
  void theContinuingStoryComesFirstNeverItselfNorUnpublished() {
    RelatedArticles related = related();
    assertThat(related.compute(article(story)))
        .first()
        .isEqualTo(sequel)
        .satisfies(first -> assertThat(first).isNotEqualTo(story));
    assertThat(related.compute(article(story))).doesNotContain(story, withdrawn);
    assertThat(related.compute(article(sequel))).first().isEqualTo(story);
    assertThat(related.compute(article(sequel))).doesNotContain(sequel, withdrawn);
  }

  @Test
  void theSameIndexAlwaysGivesTheSameLists() {
    RelatedArticles one = related();
    RelatedArticles two = related();
    for (long id : SUBJECT.keySet().stream().sorted().limit(40).toList()) {
      Article a = article(id);
      assertThat(two.compute(a)).as("article %d", id).isEqualTo(one.compute(a));
    }
  }

  @Test
  void anArticlesVectorFromThePostingsIsTheOneFromItsWords() {
    index.withSearcher(
        s -> {
          LatentTopics topics = LatentTopics.build(s.getIndexReader());
          ArticleVectors kept = ArticleVectors.of(topics, s.getIndexReader());
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            for (int d = 0; d < Math.min(20, leaf.reader().maxDoc()); d++) {
              String body = SearchIndex.keptText(leaf.reader(), SearchIndex.BODY, d);
              float[] fromWords =
                  topics.vector(RelatedQuery.counts(index.analyzer(), SearchIndex.BODY, body));
              float[] fromPostings = kept.get(leaf, d, () -> Map.of("nothing", 1));
              assertThat(LatentTopics.cosine(fromWords, fromPostings)).isCloseTo(1, within(1e-5));
            }
          }
          return null;
        });
  }
}
