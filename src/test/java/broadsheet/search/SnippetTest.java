package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.changes.Change;
import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleRepository;
import broadsheet.content.ArticleWrites;
import broadsheet.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The index keeps word offsets and the body's text; snippets cut that text at exactly the words
 * that matched, through markup, entities and edits.
 */
class SnippetTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(SnippetTest::paper);

  private static void paper(Database db) {
    Fixtures f = Fixtures.on(db).settings("The Snippet Gazette", "");
    long news = f.section("news", "News", null);
    long ada = f.author("ada-quill", "Ada Quill");
    f.article(
        "lighthouse-keeper",
        news,
        "Keeper retires after forty years",
        """
        Boats & buoys: the *harbour* master's "last" report, filed at 6 < 7 o'clock.

        - a list item about gulls
        - another about tides

        Later the **lighthouse** keeper spoke about the lamp and the storms.
        """,
        ada,
        List.of(),
        2);
    f.article(
        "lamp-dark",
        news,
        "The lamp at the point goes dark",
        "Nobody has seen the lamp at the point since Tuesday.\n",
        ada,
        List.of(),
        3);
  }

  private static Element firstHit(String query) {
    var response = site.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body()).selectFirst("#results > li");
  }

  @Test
  void marksFallOnTheMatchedWordsPastMarkupAndEntities() {
    Element hit = firstHit("lighthouse storms");
    assertThat(hit.select("mark").eachText()).containsExactly("lighthouse", "storms");
    assertThat(hit.text()).contains("Later the lighthouse keeper spoke about the lamp");
  }

  @Test
  void theWordsOfAQuotedPhraseAreMarkedWhereTheyFormThePhrase() {
    Element hit = firstHit("\"lighthouse keeper\"");
    assertThat(hit.select("mark").eachText()).containsExactly("lighthouse", "keeper");
  }

  @Test
  void anEditedBodyIsCutFromItsNewText() {
    var articles = new ArticleRepository(site.app().database());
    var article = articles.findBySlug("lamp-dark").orElseThrow();
    String markdown =
        "A new opening paragraph comes first.\n\nThe **lighthouse** lamp was relit.\n";
    String html =
        "<p>A new opening paragraph comes first.</p>\n<p>The <strong>lighthouse</strong>"
            + " lamp was relit.</p>\n";
    site.app()
        .database()
        .jdbi()
        .useHandle(
            h ->
                new ArticleWrites(site.app().database())
                    .update(
                        h,
                        article.id(),
                        new ArticleDraft(
                            article.slug(),
                            article.section().id(),
                            article.headline(),
                            article.standfirst(),
                            markdown,
                            html,
                            article.status(),
                            article.timeZone(),
                            article.publishedAt(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            article.authors().stream().map(a -> a.id()).toList(),
                            List.of())));
    site.app().changes().announce(Change.Kind.ARTICLE, article.id());
    Element hit = firstHit("relit");
    assertThat(hit.selectFirst("h2 a").attr("href")).isEqualTo("/news/lamp-dark");
    assertThat(hit.select("mark").eachText()).containsExactly("relit");
    assertThat(hit.text()).contains("The lighthouse lamp was relit.");
  }
}
