package broadsheet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.Observability;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A node's Prometheus metrics, scraped from their own port of a real server: nothing of them on the
 * public port; request times by kind of route and the page cache's hits and misses move with the
 * requests made; the store's pool and the change feed's followers are there.
 */
class MetricsTest {
  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(Fixtures::smallPaper)
          .configured(c -> c.withObservability(new Observability(0, null, false)));

  private static final String DURATIONS = "broadsheet_http_request_duration_seconds";

  @Test
  void theMetricsAreOnTheirOwnPortAndNeverOnThePublicOne() {
    assertThat(site.app().metricsPort()).isPositive().isNotEqualTo(site.app().port());
    for (String path : List.of("/metrics", "/metrics?x=1", "/-/healthy")) {
      assertThat(site.get(path).statusCode()).as(path).isEqualTo(404);
      assertThat(site.get(path).body()).doesNotContain(DURATIONS);
    }
    Scrape scrape = Scrape.of(site.app().metricsPort());
    assertThat(scrape.status()).isEqualTo(200);
    assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(scrape.text())
        .contains("# TYPE " + DURATIONS + " histogram")
        .contains("# TYPE broadsheet_page_cache_hits_total counter")
        .contains("# TYPE jvm_memory_used_bytes gauge");
  }

  @Test
  void requestTimesAndTheCacheCountsMoveWithTheRequests() {
    Map<String, List<String>> byKind =
        Map.of(
            "home", List.of("/", "/"),
            "article", List.of("/world/world-story-5", "/world/world-story-5", "/world/no-such"),
            "section", List.of("/world", "/tag/trams", "/author/ada-quill"),
            "search", List.of("/search?q=tram"),
            "feed", List.of("/feed.xml", "/world/feed.xml"),
            "sitemap", List.of("/sitemap.xml", "/news-sitemap.xml"),
            "media", List.of("/media/no-such-image.jpg"),
            "newsroom", List.of("/admin/login"),
            "other", List.of("/static/site.css", "/healthz", "/a/b/c/d"));
    Scrape before = Scrape.of(site.app().metricsPort());
    for (List<String> paths : byKind.values()) {
      paths.forEach(site::get);
    }
    Scrape after = Scrape.of(site.app().metricsPort());
    byKind.forEach(
        (kind, paths) -> {
          String count = DURATIONS + "_count{kind=\"" + kind + "\"}";
          assertThat(after.value(count) - before.value(count)).as(count).isEqualTo(paths.size());
          String fast = DURATIONS + "_bucket{kind=\"" + kind + "\",le=\"+Inf\"}";
          assertThat(after.value(fast)).as(fast).isEqualTo(after.value(count));
        });
    // Labels name kinds of routes, never the paths asked.
    assertThat(after.labelValues(DURATIONS + "_count", "kind"))
        .containsExactlyInAnyOrder(
            "article",
            "section",
            "home",
            "search",
            "feed",
            "sitemap",
            "media",
            "newsroom",
            "api",
            "other");
    assertThat(after.value("broadsheet_http_responses_total{kind=\"article\",status=\"4xx\"}"))
        .isGreaterThanOrEqualTo(1);
    // The home page and the article were each asked twice: a miss, then a hit.
    assertThat(after.value("broadsheet_page_cache_hits_total"))
        .isGreaterThanOrEqualTo(before.value("broadsheet_page_cache_hits_total") + 2);
    assertThat(after.value("broadsheet_page_cache_misses_total"))
        .isGreaterThanOrEqualTo(before.value("broadsheet_page_cache_misses_total") + 2);
    assertThat(after.value("broadsheet_page_cache_pages")).isPositive();
  }

  @Test
  void theStorePoolAndTheChangeFeedAreThere() {
    site.app().changes().catchUp(Duration.ofSeconds(10));
    Scrape scrape = Scrape.of(site.app().metricsPort());
    assertThat(scrape.samples())
        .containsKeys(
            "broadsheet_store_connections{state=\"active\"}",
            "broadsheet_store_connections{state=\"idle\"}",
            "broadsheet_store_connections_pending");
    assertThat(
            scrape.value("broadsheet_store_connections{state=\"active\"}")
                + scrape.value("broadsheet_store_connections{state=\"idle\"}"))
        .isPositive();
    assertThat(scrape.value("broadsheet_change_feed_head"))
        .isEqualTo(site.app().changes().log().head());
    assertThat(scrape.labelValues("broadsheet_change_feed_lag", "follower"))
        .containsExactlyInAnyOrder("page cache", "search index", "webhooks");
    assertThat(scrape.value("broadsheet_change_feed_lag{follower=\"search index\"}")).isZero();
  }
}
