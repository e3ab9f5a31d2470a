package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.changes.Change;
import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleRepository;
import broadsheet.content.ArticleWrites;
import broadsheet.content.Status;
import broadsheet.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Search and related articles through HTTP, on a small corpus of our own. */
class SearchTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(SearchTest::corpus);

  static void corpus(Database db) {
    Fixtures f = Fixtures.on(db).settings("The Search Gazette", "");
    long politics = f.section("politics", "Politics", null);
    long sport = f.section("sport", "Sport", null);
    long ada = f.author("ada-quill", "Ada Quill");
    f.article(
        "mayor-wins-election",
        politics,
        "Mayor wins election by a landslide",
        "The mayor won the election with sixty per cent of the vote.",
        ada,
        List.of("Elections"),
        5);
    f.article(
        "council-elections-called",
        politics,
        "Council elections called for spring",
        "Elections to the council will be held in April, the returning officer said.",
        ada,
        List.of("Elections"),
        10);
    f.article(
        "ballot-boxes-arrive",
        politics,
        "Ballot boxes arrive at the town hall",
        "Three hundred ballot boxes were delivered for the election count.",
        ada,
        List.of("Elections"),
        20);
    f.article(
        "harbour-regatta-record",
        sport,
        "Harbour regatta draws record crowds",
        "Rowers raced on the harbour as crowds lined the quay for the regatta.",
        ada,
        List.of("Regatta"),
        3);
    f.article(
        "rowing-club-new-boat",
        sport,
        "Rowing club names its new boat",
        "The club named the boat after its oldest member, who rowed in the first regatta.",
        ada,
        List.of("Regatta"),
        30);
    f.article(
        "script-in-headline",
        sport,
        "Fans chant <script>alert(1)</script> at the match",
        "A strange chant about regatta tickets was heard.",
        ada,
        List.of("Regatta"),
        40);
    f.article(
        "secret-election-draft",
        politics,
        "Secret election plan revealed",
        "An election draft that readers must not find.",
        ada,
        List.of("Elections"),
        1,
        Status.DRAFT);
  }

  private static Document search(String query) {
    var response = site.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(query).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  private static List<String> results(String query) {
    return search(query).select("#results > li h2 a").eachAttr("href");
  }

  @Test
  void theExactHeadlineRanksFirst() {
    assertThat(results("Ballot boxes arrive at the town hall").get(0))
        .isEqualTo("/politics/ballot-boxes-arrive");
    assertThat(results("rowing club names its new boat").get(0))
        .isEqualTo("/sport/rowing-club-new-boat");
  }

  @Test
  void wordsAreStemmedSoElectionsFindsElection() {
    assertThat(results("elections"))
        .contains(
            "/politics/mayor-wins-election",
            "/politics/ballot-boxes-arrive",
            "/politics/council-elections-called")
        .doesNotContain("/politics/secret-election-draft");
  }

  @Test
  void quotedPhrasesMatchAsPhrases() {
    assertThat(results("\"oldest member\"")).containsExactly("/sport/rowing-club-new-boat");
    assertThat(results("\"member oldest\"")).isEmpty();
  }

  @Test
  void facetsCountBySectionAndYearAndFilter() {
    Document doc = search("regatta");
    assertThat(doc.select(".facets a").eachText()).contains("Sport");
    assertThat(doc.select(".facets li").text()).contains("Sport (3)");
    String sport = site.get("/search?q=regatta&section=sport").body();
    assertThat(Jsoup.parse(sport).select("#results li")).hasSize(3);
    assertThat(
            Jsoup.parse(site.get("/search?q=regatta&section=politics").body())
                .select("#results li"))
        .isEmpty();
  }

  @Test
  void highlightsAreEscapedAndSafe() {
    Document doc = search("chant");
    var hit = doc.selectFirst("#results li");
    assertThat(hit.select("script")).isEmpty();
    assertThat(hit.select("mark").eachText()).contains("chant");
    assertThat(hit.selectFirst("h2 a").text()).contains("<script>");
    assertThat(HtmlChecker.errors(site.get("/search?q=chant").body())).isEmpty();
  }

  @Test
  void hostileQueriesNeverCauseAServerError() {
    for (String q :
        List.of(
            "\"",
            "title:",
            "[a TO b",
            "*",
            "?",
            "regatta)",
            "AND OR NOT",
            "\\",
            "~2",
            "a".repeat(5000),
            "\"unclosed phrase",
            "%00",
            "<script>",
            "")) {
      var response = site.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(q).isEqualTo(200);
      assertThat(HtmlChecker.errors(response.body())).as(q).isEmpty();
    }
    assertThat(site.get("/search?q=regatta&page=abc").statusCode()).isEqualTo(200);
    assertThat(site.get("/search?q=regatta&year=%00&section=%3C").statusCode()).isEqualTo(200);
  }

  @Test
  void didYouMeanWhenNothingMatches() {
    Document doc = search("regata");
    assertThat(doc.select("#results li")).isEmpty();
    assertThat(doc.selectFirst(".suggestion a").text()).isEqualTo("regatta");
  }

  @Test
  void relatedArticlesAreTheSameStoryNeverItselfNorUnpublished() {
    Document doc = Jsoup.parse(site.get("/politics/mayor-wins-election").body());
    List<String> related = doc.select("#related a").eachAttr("href");
    assertThat(related)
        .hasSizeBetween(1, 3)
        .doesNotContain("/politics/mayor-wins-election", "/politics/secret-election-draft");
    assertThat(related.get(0)).startsWith("/politics/");
  }

  @Test
  void theIndexFollowsPublishingAndUnpublishing() {
    ArticleRepository articles = new ArticleRepository(site.app().database());
    ArticleWrites writes = new ArticleWrites(site.app().database());
    var draft = articles.findBySlug("secret-election-draft").orElseThrow();
    assertThat(results("secret plan")).isEmpty();
    site.app()
        .database()
        .jdbi()
        .useHandle(h -> writes.setStatus(h, draft.id(), Status.PUBLISHED, java.time.Instant.now()));
    site.app().changes().announce(Change.Kind.ARTICLE, draft.id());
    assertThat(results("secret plan")).containsExactly("/politics/secret-election-draft");
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h -> writes.setStatus(h, draft.id(), Status.UNPUBLISHED, java.time.Instant.now()));
    site.app().changes().announce(Change.Kind.ARTICLE, draft.id());
    assertThat(results("secret plan")).isEmpty();
  }

  @Test
  void newCoverageJoinsTheOlderPiecesRelatedListsAndLeavesWhenWithdrawn() {
    Database db = site.app().database();
    var articles = new ArticleRepository(db);
    var writes = new ArticleWrites(db);
    String older = "/sport/rowing-club-new-boat";
    assertThat(relatedOn(older)).isNotEmpty().doesNotContain("/sport/regatta-boat-capsizes");
    long sport = articles.findBySlug("rowing-club-new-boat").orElseThrow().section().id();
    long ada = articles.findBySlug("rowing-club-new-boat").orElseThrow().authors().get(0).id();
    long fresh =
        Fixtures.on(db)
            .article(
                "regatta-boat-capsizes",
                sport,
                "Rowing club's new boat capsizes at the regatta",
                "The rowing club's new boat, named after its oldest member, capsized at the"
                    + " regatta; the club said every rower was safe.",
                ada,
                List.of("Regatta"),
                0);
    site.app().changes().announce(Change.Kind.ARTICLE, fresh);
    // The older piece's page was cached above; publishing refreshed its list and its page.
    // Same story first: the piece that continues it ranks above the merely similar regatta pieces.
    assertThat(relatedOn(older)).first().isEqualTo("/sport/regatta-boat-capsizes");
    assertThat(relatedOn("/sport/regatta-boat-capsizes"))
        .contains(older)
        .doesNotContain("/sport/regatta-boat-capsizes");

    db.jdbi()
        .useHandle(h -> writes.setStatus(h, fresh, Status.UNPUBLISHED, java.time.Instant.now()));
    site.app().changes().announce(Change.Kind.ARTICLE, fresh);
    assertThat(relatedOn(older)).isNotEmpty().doesNotContain("/sport/regatta-boat-capsizes");
  }

  private static List<String> relatedOn(String path) {
    var response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body()).select("#related a").eachAttr("href");
  }

  @Test
  void aRebuiltIndexAnswersLikeTheOneKeptUpToDate() throws Exception {
    List<String> before = results("election regatta harbour");
    try (var index =
        SearchIndex.open(
            site.dataDir().resolve("index-rebuilt"),
            new ArticleRepository(site.app().database()),
            new ChangeLog(site.app().database(), "test"))) {
      var search =
          new ArticleSearch(
              index,
              new ArticleRepository(site.app().database()),
              List::of,
              java.time.Clock.systemUTC());
      List<String> rebuilt =
          search.search("election regatta harbour", null, null, 1).hits().stream()
              .map(h -> h.article().path())
              .toList();
      assertThat(rebuilt).isEqualTo(before);
    }
  }
}
