package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page cache's safety net, observed through HTTP like {@link PageCacheTest}: the store is
 * changed behind the cache's back, with no change announced, so a page that still shows the old
 * text came from the cache. Time moves on the app's clock.
 */
class PageCacheBoundsTest {
  /** Pages that all show World story 3's headline. */
  private static final List<String> SHOWING_STORY_3 =
      List.of("/world/world-story-3", "/world", "/tag/trade-talks", "/feed.xml");

  @Test
  void aCachedPageIsRenderedAgainAfterTenMinutesThoughNoChangeWasAnnounced() {
    try (RunningSite site = RunningSite.with(Fixtures::smallPaper).start()) {
      assertMaxAge(site, Duration.ofMinutes(10));
    }
  }

  @Test
  void theMaximumAgeIsTheOnesConfigured() {
    try (RunningSite site =
        RunningSite.with(Fixtures::smallPaper)
            .configured(c -> c.withPageCache(c.pageCache().withMaxAge(Duration.ofMinutes(3))))
            .start()) {
      assertMaxAge(site, Duration.ofMinutes(3));
    }
  }

  /**
   * 25 article pages whose bodies and gzip forms together fit in the bound, but not with what each
   * entry holds besides: the cache keeps fewer than all of them, and never more bytes than the
   * bound.
   */
  @Test
  void theCacheHoldsNoMoreBytesThanItsBoundCountingBodyGzipAndWhatEachEntryHolds() {
    long bound = 200_000;
    try (RunningSite site =
        RunningSite.with(Fixtures::smallPaper)
            .configured(c -> c.withPageCache(c.pageCache().withMaxBytes(bound)))
            .start()) {
      List<String> pages = new ArrayList<>();
      List<Long> sizes = new ArrayList<>();
      for (int i = 1; i <= 25; i++) {
        String page = "/world/world-story-" + i;
        HttpResponse<byte[]> plain = get(site, page, "identity");
        HttpResponse<byte[]> gzipped = get(site, page, "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        pages.add(page);
        sizes.add((long) plain.body().length + gzipped.body().length);
      }
      long all = sizes.stream().mapToLong(Long::longValue).sum();
      assertThat(all).as("bodies and gzip forms of all pages").isLessThan(bound);

      // Withdrawn behind the cache's back: a page rendered now would be a 410, and is not kept.
      site.app()
          .database()
          .jdbi()
          .useHandle(h -> h.execute("UPDATE articles SET status = ?", "unpublished"));
      long held = 0;
      int heldPages = 0;
      for (int i = 0; i < pages.size(); i++) {
        int status = get(site, pages.get(i), "identity").statusCode();
        assertThat(status).isIn(200, 410);
        if (status == 200) {
          held += sizes.get(i);
          heldPages++;
        }
      }
      assertThat(heldPages).isPositive().isLessThan(pages.size());
      assertThat(held).isLessThanOrEqualTo(bound);
    }
  }

  private static void assertMaxAge(RunningSite site, Duration maxAge) {
    SHOWING_STORY_3.forEach(p -> assertThat(site.get(p).body()).contains("World story number 3"));
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h ->
                h.execute(
                    "UPDATE articles SET headline = ? WHERE slug = ?",
                    "A headline the cache has not seen",
                    "world-story-3"));

    site.clock().advance(maxAge.minusSeconds(10));
    SHOWING_STORY_3.forEach(
        p -> assertThat(site.get(p).body()).as(p).contains("World story number 3"));

    site.clock().advance(Duration.ofSeconds(20));
    SHOWING_STORY_3.forEach(
        p ->
            assertThat(site.get(p).body())
                .as(p)
                .contains("A headline the cache has not seen")
                .doesNotContain("World story number 3"));
  }

  private static HttpResponse<byte[]> get(RunningSite site, String path, String encoding) {
    return site.sendBytes(
        HttpRequest.newBuilder(URI.create(site.url(path)))
            .header("Accept-Encoding", encoding)
            .build());
  }
}
