package broadsheet.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.changes.Change;
import broadsheet.changes.ChangeLog;
import broadsheet.content.ArticleWrites;
import broadsheet.content.Correction;
import broadsheet.newsroom.Newsroom;
import broadsheet.newsroom.Staff;
import broadsheet.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Webhooks through the real server: added by an admin in the newsroom, told of each article event
 * by a signed POST that a receiver on this machine checks, retried after failures, sent again from
 * the delivery log; bad input is a clear 4xx.
 */
class WebhooksTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);
  private static final Duration WITHIN = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Each test's webhooks go with it: the next test's articles are not sent to a closed port. */
  @AfterEach
  void removeWebhooks() {
    WebhookStore store = new WebhookStore(site.app().database(), site.clock());
    store.all().forEach(w -> store.remove(w.id()));
  }

  /** Posts a form whose fields may repeat (the event boxes), with the admin's session and token. */
  static HttpResponse<String> postForm(
      RunningSite site, Staff admin, String path, List<Map.Entry<String, String>> fields) {
    String csrf =
        Jsoup.parse(admin.get("/admin/webhooks").body()).selectFirst("input[name=_csrf]").val();
    String body =
        Stream.concat(Stream.of(Map.entry("_csrf", csrf)), fields.stream())
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return site.post(
        path, body, "Cookie", Newsroom.STAFF_COOKIE + "=" + admin.cookie(Newsroom.STAFF_COOKIE));
  }

  /** Adds a webhook for these events through the newsroom; the secret its page shows once. */
  static String add(RunningSite site, Staff admin, String url, String... events) {
    List<Map.Entry<String, String>> fields =
        Stream.concat(
                Stream.of(Map.entry("url", url)),
                Stream.of(events).map(e -> Map.entry("events", e)))
            .toList();
    HttpResponse<String> added = postForm(site, admin, "/admin/webhooks", fields);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(HtmlChecker.errors(added.body())).isEmpty();
    return Jsoup.parse(added.body()).selectFirst(".notice code").text();
  }

  static long write(Staff editor, String headline) {
    Map<String, String> form = new HashMap<>();
    form.put("headline", headline);
    form.put("standfirst", "A sentence about " + headline + ".");
    form.put("body", "The first paragraph of " + headline + ".");
    form.put("section", "2");
    form.put("tags", "Webhooks");
    HttpResponse<String> created = editor.post("/admin/articles", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll("^/admin/articles/([0-9]+).*$", "$1"));
  }

  static void move(Staff editor, long id, String to) {
    assertThat(editor.post("/admin/articles/" + id + "/status", Map.of("to", to)).statusCode())
        .isEqualTo(303);
  }

  @Test
  void eachArticleEventReachesTheReceiverSignedWithTheArticleAsTheContentApiGivesIt()
      throws Exception {
    Staff admin = Staff.signedIn(site, "hooks-admin@test.example", "admin");
    Staff editor = Staff.signedIn(site, "hooks-editor@test.example", "editor");
    try (Receiver receiver = new Receiver()) {
      HttpResponse<String> page = admin.get("/admin/webhooks");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(HtmlChecker.errors(page.body())).isEmpty();
      String secret = add(site, admin, receiver.url(), Event.allCodes().split(","));
      assertThat(secret).startsWith("whsec_");
      receiver.secret(secret);
      assertThat(admin.get("/admin/webhooks").body())
          .contains(receiver.url())
          .doesNotContain(secret);

      long id = write(editor, "Harbour bridge reopens");
      long published = System.nanoTime();
      move(editor, id, "published");
      Receiver.Received first = receiver.await(r -> r.articleId() == id, 1, WITHIN).getFirst();
      System.out.printf(
          "article.published received %d ms after the publish was posted%n",
          (System.nanoTime() - published) / 1_000_000);
      assertThat(first.signed()).isTrue();
      assertThat(first.event()).isEqualTo("article.published");
      assertThat(first.eventId()).startsWith("evt_");
      assertThat(OffsetDateTime.parse(first.body().path("created_at").asText())).isNotNull();
      JsonNode api = JSON.readTree(site.get("/api/v1/articles/harbour-bridge-reopens").body());
      assertThat(first.body().path("article")).isEqualTo(api);
      assertThat(first.body().path("article").path("headline").asText())
          .isEqualTo("Harbour bridge reopens");

      Map<String, String> edit = new HashMap<>();
      edit.put("headline", "Harbour bridge reopens to traffic");
      edit.put("standfirst", "A sentence.");
      edit.put("body", "Cars cross again from Monday.");
      edit.put("section", "2");
      edit.put("tags", "Webhooks");
      assertThat(editor.post("/admin/articles/" + id, edit).statusCode()).isEqualTo(303);
      assertThat(
              editor
                  .post(
                      "/admin/articles/" + id + "/corrections",
                      Map.of("kind", "correction", "text", "The bridge reopens on Monday."))
                  .statusCode())
          .isEqualTo(303);
      move(editor, id, "unpublished");
      List<Receiver.Received> all = receiver.await(r -> r.articleId() == id, 4, WITHIN);
      assertThat(all)
          .extracting(Receiver.Received::event)
          .containsExactly(
              "article.published", "article.updated", "article.corrected", "article.unpublished");
      assertThat(all).allMatch(Receiver.Received::signed);
      assertThat(all.get(1).body().path("article").path("body").asText()).contains("Cars cross");
      assertThat(all.get(2).body().path("article").path("corrections").get(0).path("body").asText())
          .isEqualTo("The bridge reopens on Monday.");
      JsonNode gone = all.get(3).body().path("article");
      assertThat(gone.path("id").asLong()).isEqualTo(id);
      assertThat(gone.path("slug").asText()).isEqualTo("harbour-bridge-reopens");
      assertThat(gone.has("headline")).isFalse();
      assertThat(all).extracting(Receiver.Received::eventId).doesNotHaveDuplicates();

      // Nothing more comes: a save of the withdrawn article is no event.
      assertThat(editor.post("/admin/articles/" + id, edit).statusCode()).isEqualTo(303);
      Thread.sleep(Deliverer.POLL.toMillis() + 200);
      assertThat(receiver.about(id)).hasSize(4);
    }
  }

  @Test
  void aFailingReceiverIsTriedAgainLaterUntilItTakesTheDeliveryAndCanBeSentAgain()
      throws Exception {
    Staff admin = Staff.signedIn(site, "retry-admin@test.example", "admin");
    Staff editor = Staff.signedIn(site, "retry-editor@test.example", "editor");
    try (Receiver receiver = new Receiver()) {
      receiver.secret(add(site, admin, receiver.url(), "article.published"));
      receiver.failNext(2);
      long id = write(editor, "Lighthouse lamp relit");
      move(editor, id, "published");
      assertThat(receiver.await(r -> r.articleId() == id, 1, WITHIN)).hasSize(1);
      // The next attempts wait a minute, then two: the test's clock moves on instead of waiting,
      // once the node has recorded the attempt (and so when the next is due).
      awaitAttempts(receiver.url(), id, 1);
      site.clock().advance(RetrySchedule.DEFAULT.after(1));
      assertThat(receiver.await(r -> r.articleId() == id, 2, WITHIN)).hasSize(2);
      awaitAttempts(receiver.url(), id, 2);
      site.clock().advance(RetrySchedule.DEFAULT.after(2));
      List<Receiver.Received> three = receiver.await(r -> r.articleId() == id, 3, WITHIN);
      assertThat(three).hasSize(3).allMatch(Receiver.Received::signed);
      assertThat(three).extracting(Receiver.Received::eventId).containsOnly(three.get(0).eventId());

      String hook =
          Jsoup.parse(admin.get("/admin/webhooks").body())
              .select("a[href^=/admin/webhooks/]")
              .stream()
              .filter(a -> a.text().equals(receiver.url()))
              .findFirst()
              .orElseThrow()
              .attr("href");
      HttpResponse<String> log = awaitLog(admin, hook, "delivered");
      assertThat(HtmlChecker.errors(log.body())).isEmpty();
      var row = Jsoup.parse(log.body()).selectFirst("tbody tr");
      assertThat(row.text()).contains("article.published", "delivered", "204");
      assertThat(row.select("td").get(3).text()).isEqualTo("3");

      String again = row.selectFirst("form").attr("action");
      HttpResponse<String> sent = admin.post(again, Map.of());
      assertThat(sent.statusCode()).isEqualTo(303);
      List<Receiver.Received> four = receiver.await(r -> r.articleId() == id, 4, WITHIN);
      assertThat(four).hasSize(4);
      assertThat(four.get(3).eventId()).isEqualTo(three.get(0).eventId());
      assertThat(four.get(3).signed()).isTrue();
    }
  }

  @Test
  void anEventMadeWhileTheNodeWasStoppedIsSentAfterItsRestartAndNothingTwice() throws Exception {
    Staff admin = Staff.signedIn(site, "restart-admin@test.example", "admin");
    Staff editor = Staff.signedIn(site, "restart-editor@test.example", "editor");
    try (Receiver receiver = new Receiver()) {
      receiver.secret(add(site, admin, receiver.url(), Event.allCodes().split(",")));
      long id = write(editor, "Night market returns");
      move(editor, id, "published");
      assertThat(receiver.await(r -> r.articleId() == id, 1, WITHIN)).hasSize(1);
      // A command corrects the article while the node is down, as a script on the store would.
      site.restart(
          () -> {
            try (Database db = Database.open(site.storeUrl())) {
              db.jdbi()
                  .useTransaction(
                      h -> {
                        ArticleWrites.addCorrection(
                            h, id, Correction.Kind.CORRECTION, "It opens at six.", Instant.now());
                        new ChangeLog(db, "test").append(h, Change.Kind.ARTICLE, id, Instant.now());
                      });
            }
          });
      assertThat(receiver.await(r -> r.articleId() == id, 2, WITHIN)).hasSize(2);
      Thread.sleep(Deliverer.POLL.toMillis() + 200);
      assertThat(receiver.about(id))
          .extracting(Receiver.Received::event)
          .containsExactly("article.published", "article.corrected");
    }
  }

  /**
   * Waits until the article's delivery to this address has been tried this many times, as the store
   * records (the webhooks of other tests are told of the article too).
   */
  private static void awaitAttempts(String url, long articleId, int attempts)
      throws InterruptedException {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (site.app()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT MAX(d.attempts) FROM webhook_deliveries d"
                                + " JOIN webhook_events e ON e.id = d.event"
                                + " JOIN webhooks w ON w.id = d.webhook_id"
                                + " WHERE e.article_id = :id AND w.url = :url")
                        .bind("id", articleId)
                        .bind("url", url)
                        .mapTo(Integer.class)
                        .one())
        < attempts) {
      assertThat(System.nanoTime()).as("attempt %d recorded", attempts).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** The log page once its newest delivery has this status. */
  private static HttpResponse<String> awaitLog(Staff admin, String path, String status)
      throws InterruptedException {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    while (true) {
      HttpResponse<String> log = admin.get(path);
      assertThat(log.statusCode()).isEqualTo(200);
      var row = Jsoup.parse(log.body()).selectFirst("tbody tr");
      if (row != null && row.select("td").get(2).text().equals(status)) {
        return log;
      }
      assertThat(System.nanoTime()).as("the log shows %s", status).isLessThan(deadline);
      Thread.sleep(50);
    }
  }

  @Test
  void aWebhookIsToldOnlyOfTheEventsItTakes() throws Exception {
    Staff admin = Staff.signedIn(site, "choosy-admin@test.example", "admin");
    Staff editor = Staff.signedIn(site, "choosy-editor@test.example", "editor");
    try (Receiver receiver = new Receiver()) {
      receiver.secret(add(site, admin, receiver.url(), "article.unpublished"));
      long id = write(editor, "Ferry strike called off");
      move(editor, id, "published");
      move(editor, id, "unpublished");
      List<Receiver.Received> got = receiver.await(r -> r.articleId() == id, 1, WITHIN);
      Thread.sleep(Deliverer.POLL.toMillis() + 200);
      assertThat(receiver.about(id))
          .extracting(Receiver.Received::event)
          .containsExactly("article.unpublished");
      assertThat(got.getFirst().signed()).isTrue();
    }
  }

  @Test
  void badAddressesUnknownEventsAndMissingTokensAreRefusedWithNothingStored() {
    Staff admin = Staff.signedIn(site, "refusing-admin@test.example", "admin");
    int before = count();
    for (String url :
        List.of(
            "ftp://example.com/hooks", "not an address", "javascript:alert(1)", "https://", "")) {
      HttpResponse<String> refused =
          postForm(
              site,
              admin,
              "/admin/webhooks",
              List.of(Map.entry("url", url), Map.entry("events", "article.published")));
      assertThat(refused.statusCode()).as(url).isEqualTo(400);
      assertThat(HtmlChecker.errors(refused.body())).isEmpty();
      assertThat(Jsoup.parse(refused.body()).select("#e-url").text()).as(url).isNotEmpty();
    }
    for (List<Map.Entry<String, String>> events :
        List.of(
            List.of(Map.entry("events", "article.deleted")),
            List.<Map.Entry<String, String>>of())) {
      List<Map.Entry<String, String>> fields =
          Stream.concat(Stream.of(Map.entry("url", "https://example.com/hooks")), events.stream())
              .toList();
      HttpResponse<String> refused = postForm(site, admin, "/admin/webhooks", fields);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(HtmlChecker.errors(refused.body())).isEmpty();
      assertThat(Jsoup.parse(refused.body()).select("#e-events").text()).isNotEmpty();
    }
    HttpResponse<String> noToken =
        site.post(
            "/admin/webhooks",
            "url=https%3A%2F%2Fexample.com%2Fhooks&events=article.published",
            "Cookie",
            Newsroom.STAFF_COOKIE + "=" + admin.cookie(Newsroom.STAFF_COOKIE));
    assertThat(noToken.statusCode()).isEqualTo(403);
    Staff editor = Staff.signedIn(site, "refused-editor@test.example", "editor");
    assertThat(editor.get("/admin/webhooks").statusCode()).isEqualTo(403);
    assertThat(
            editor
                .post(
                    "/admin/webhooks",
                    Map.of("url", "https://example.com/x", "events", "article.published"))
                .statusCode())
        .isEqualTo(403);
    assertThat(count()).isEqualTo(before);

    assertThat(admin.get("/admin/webhooks/999999").statusCode()).isEqualTo(404);
    assertThat(admin.get("/admin/webhooks/abc").statusCode()).isEqualTo(404);
    assertThat(admin.post("/admin/webhooks/999999/remove", Map.of()).statusCode()).isEqualTo(404);
    assertThat(admin.post("/admin/webhooks/1/deliveries/999999/again", Map.of()).statusCode())
        .isEqualTo(404);
  }

  private static int count() {
    return site.app()
        .database()
        .jdbi()
        .withHandle(h -> h.createQuery("SELECT COUNT(*) FROM webhooks").mapTo(Integer.class).one());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
