package broadsheet.cdn;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.Varnish;
import broadsheet.config.PurgeTarget;
import broadsheet.newsroom.Staff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real Varnish with the deployment's VCL in front of a real node whose --purge-url points at it:
 * a publish in the newsroom is served fresh by Varnish within a second, while every cached page
 * that does not show the new article stays a cache hit. With the node's own page cache on and off
 * (the purges follow what the node invalidates, not what it kept), and with two nodes.
 */
class VarnishPurgeTest {
  private static final String HEADLINE = "Night trams return to the harbour line";

  /** Pages the new article (City, tagged Trams) is listed on. */
  private static final List<String> SHOWING =
      List.of("/", "/city", "/tag/trams", "/feed.xml", "/city/feed.xml");

  /** Pages it has nothing to do with (every feed lists the latest too, so none is here). */
  private static final List<String> UNRELATED =
      List.of(
          "/world",
          "/world?page=2",
          "/harbour",
          "/tag/diplomacy",
          "/author/ben-ink",
          "/page/about");

  @ParameterizedTest(name = "page cache on: {0}")
  @ValueSource(booleans = {true, false})
  void aPublishIsServedFreshWithinASecondAndNothingElseIsPurged(boolean pageCache) {
    int nodePort = freePort();
    try (Varnish varnish = Varnish.inFrontOf(nodePort);
        RunningSite site =
            RunningSite.with(Fixtures::smallPaper)
                .configured(
                    c ->
                        c.withPort(nodePort)
                            .withPageCache(pageCache)
                            .withPurge(PurgeTarget.parse(varnish.purgeUrl(), null)))
                .start()) {
      Map<String, String> before = fill(varnish);
      publishOn(site);
      freshWithinASecond(varnish, before);
    }
  }

  /**
   * Two nodes over one store behind Varnish (round-robin, as haproxy would), both with their own
   * page caches warm: a publish on node 1 is fresh through Varnish within a second whichever node
   * it refetches from, since each node purges after applying the change itself.
   */
  @Test
  void aPublishOnOneOfTwoNodesIsServedFreshWithinASecondAndNothingElseIsPurged() {
    try (Varnish varnish = Varnish.onFreePort();
        RunningSite site =
            RunningSite.with(Fixtures::smallPaper)
                .configured(c -> c.withPurge(PurgeTarget.parse(varnish.purgeUrl(), null)))
                .start();
        RunningSite other = site.anotherNode()) {
      varnish.start(site.app().port(), other.app().port());
      for (String path : concat(SHOWING, UNRELATED)) {
        site.get(path);
        other.get(path);
      }
      Map<String, String> before = fill(varnish);
      publishOn(site);
      freshWithinASecond(varnish, before);
    }
  }

  /**
   * Marketing parameters are taken out before Varnish looks a page up, as the node's own page cache
   * ignores them: a URL that differs only by them is a hit on the object already held, while a
   * parameter a page reads (a list's page) still makes its own object. A page asked over https (as
   * the TLS end in front says) is kept apart from the same page over http: only one carries HSTS.
   */
  @Test
  void marketingParametersShareTheCachedObject() {
    int nodePort = freePort();
    try (Varnish varnish = Varnish.inFrontOf(nodePort);
        RunningSite site =
            RunningSite.with(Fixtures::smallPaper)
                .configured(c -> c.withPort(nodePort).withPageCache(false))
                .start()) {
      HttpResponse<String> first = varnish.get("/world?utm_source=news&utm_medium=email");
      assertThat(Varnish.hit(first)).as(varnish.log()).isFalse();
      for (String same :
          List.of(
              "/world",
              "/world?utm_source=other",
              "/world?fbclid=abc&gclid=def",
              "/world?UTM_Campaign=x&mc_cid=1&mc_eid=2",
              "/world?utm_source=a&utm_medium=b&utm_campaign=c&utm_term=d&utm_content=e")) {
        HttpResponse<String> again = varnish.get(same);
        assertThat(Varnish.hit(again)).as(same + " is the object /world is").isTrue();
        assertThat(again.body()).isEqualTo(first.body());
      }
      HttpResponse<String> second = varnish.get("/world?utm_source=x&page=2&fbclid=y");
      assertThat(Varnish.hit(second)).isFalse();
      assertThat(second.body()).isNotEqualTo(first.body());
      assertThat(Varnish.hit(varnish.get("/world?page=2"))).isTrue();
      assertThat(Varnish.hit(varnish.get("/world?page=2&utm_source=z"))).isTrue();

      assertThat(Varnish.hit(varnish.get("/world", "X-Forwarded-Proto", "https"))).isFalse();
      assertThat(Varnish.hit(varnish.get("/world", "X-Forwarded-Proto", "https"))).isTrue();
    }
  }

  /** Every page through Varnish until it is a hit there; the bodies Varnish holds. */
  private static Map<String, String> fill(Varnish varnish) {
    Map<String, String> held = new LinkedHashMap<>();
    for (String path : concat(SHOWING, UNRELATED)) {
      HttpResponse<String> first = varnish.get(path);
      assertThat(first.statusCode()).as(path + "\n" + varnish.log()).isEqualTo(200);
      HttpResponse<String> second = varnish.get(path);
      assertThat(Varnish.hit(second)).as(path + " cached by Varnish").isTrue();
      held.put(path, second.body());
    }
    return held;
  }

  private static void publishOn(RunningSite node) {
    Staff editor = Staff.signedIn(node, "cdn-desk@test.example", "editor");
    publish(
        editor,
        Map.of(
            "headline", HEADLINE,
            "standfirst", "A sentence about the night trams.",
            "body", "The night trams run again from Friday.",
            "section", "2",
            "tags", "Trams"));
  }

  private static void freshWithinASecond(Varnish varnish, Map<String, String> before) {
    long published = System.nanoTime();
    for (String path : SHOWING) {
      HttpResponse<String> fresh = varnish.get(path);
      while (!fresh.body().contains(HEADLINE) && System.nanoTime() - published < 1_000_000_000L) {
        sleep(20);
        fresh = varnish.get(path);
      }
      assertThat(fresh.body()).as(path + " fresh through Varnish within 1 s").contains(HEADLINE);
    }
    for (String path : UNRELATED) {
      HttpResponse<String> still = varnish.get(path);
      assertThat(Varnish.hit(still)).as(path + " still cached by Varnish").isTrue();
      assertThat(still.body()).isEqualTo(before.get(path));
    }
  }

  /** Writes an article in the newsroom and publishes it, as an editor at a browser would. */
  static void publish(Staff editor, Map<String, String> form) {
    HttpResponse<String> created = editor.post("/admin/articles", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
    String id =
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll("^/admin/articles/([0-9]+).*$", "$1");
    assertThat(editor.post("/admin/articles/" + id + "/status", Map.of("to", "published")))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(303);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
