package broadsheet.web;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.changes.Change;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rendered-page cache, observed from outside: the store is changed behind the cache's back
 * (plain SQL, no announcement), so a page that still shows the old text came from the cache, and
 * one that shows the new text was thrown away and rendered again.
 */
class PageCacheTest {
  @RegisterExtension final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  @Test
  void aSecondRequestIsAnsweredFromTheCacheUntilTheArticleChanges() {
    String path = "/world/world-story-3";
    assertThat(site.get(path).body()).contains("World story number 3");

    renameHeadlineSilently("world-story-3", "A headline the cache has not seen");
    assertThat(site.get(path).body()).contains("World story number 3");

    announce("world-story-3");
    assertThat(site.get(path).body()).contains("A headline the cache has not seen");
  }

  @Test
  void publishingAnArticleRefreshesExactlyThePagesThatShowItOrListIt() {
    List<String> pages =
        List.of(
            "/",
            "/world",
            "/world?page=2",
            "/city",
            "/harbour",
            "/tag/diplomacy",
            "/tag/trade-talks",
            "/tag/trams",
            "/author/ada-quill",
            "/author/ben-ink",
            "/page/about",
            "/world/world-story-2",
            "/world/world-story-7",
            "/world/world-story-24",
            "/city/tram-line-opens",
            "/harbour/ferry-timetable");
    Map<String, String> first = new LinkedHashMap<>();
    pages.forEach(p -> first.put(p, site.get(p).body()));

    // World story 4 is by Ada Quill, tagged Diplomacy, in World.
    String changed = "/world/world-story-4";
    Set<String> showIt = new HashSet<>();
    first.forEach(
        (page, html) -> {
          if (Jsoup.parse(html).select("main a[href=" + changed + "]").size() > 0) {
            showIt.add(page);
          }
        });

    // Every page shows a headline or a title: rendered again, it would show the marker.
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h -> {
              h.execute("UPDATE articles SET headline = headline || ' (marker)'");
              h.execute("UPDATE pages SET title = title || ' (marker)'");
            });
    announce("world-story-4");

    Set<String> expected =
        new HashSet<>(
            Set.of("/", "/world", "/world?page=2", "/tag/diplomacy", "/author/ada-quill"));
    expected.addAll(showIt);
    Set<String> refreshed = new HashSet<>();
    for (String page : pages) {
      if (site.get(page).body().contains("(marker)")) {
        refreshed.add(page);
      }
    }
    assertThat(refreshed).isEqualTo(expected);
  }

  @Test
  void consentVariantsAreSeparateEntriesNotOnePerReader() {
    assertThat(site.get("/city").body()).contains("consent-banner");
    String chosen = site.get("/city", "Cookie", "consent=v1-a0-m0-e0").body();
    assertThat(chosen).doesNotContain("consent-banner");
    assertThat(site.get("/city", "Cookie", "consent=v1-a1-m1-e0").body()).isEqualTo(chosen);
    assertThat(site.get("/city").body()).contains("consent-banner");
  }

  private void renameHeadlineSilently(String slug, String headline) {
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h ->
                h.createUpdate("UPDATE articles SET headline = :h WHERE slug = :s")
                    .bind("h", headline)
                    .bind("s", slug)
                    .execute());
  }

  private void announce(String slug) {
    long id =
        site.app()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT id FROM articles WHERE slug = :s")
                        .bind("s", slug)
                        .mapTo(Long.class)
                        .one());
    site.app().changes().announce(Change.Kind.ARTICLE, id);
  }
}
