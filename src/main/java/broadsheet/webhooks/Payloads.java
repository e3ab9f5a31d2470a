package broadsheet.webhooks;

import broadsheet.api.ApiJson;
import broadsheet.api.ApiLinks;
import broadsheet.api.ContentArticle;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An event's JSON body: its id, its name, when it happened, and the article as the Content API
 * gives it. A withdrawn article is no longer the Content API's to give, so its body holds only its
 * id, slug and address, enough for a receiver to take it down.
 */
final class Payloads {
  /** The body, in the APIs' JSON (snake_case, times with their offset). */
  record Payload(String id, String event, OffsetDateTime createdAt, ContentArticle article) {}

  private final ArticleRepository articles;
  private final Supplier<ApiLinks> links;
  private final ApiJson json;

  Payloads(ArticleRepository articles, Supplier<ApiLinks> links, ApiJson json) {
    this.articles = articles;
    this.links = links;
    this.json = json;
  }

  /** The article as the event shows it (only its id when it is gone from the store). */
  ContentArticle article(long id, Event event) {
    Optional<Article> found = articles.findById(id);
    if (found.isEmpty()) {
      return only(id, null, null);
    }
    Article a = found.get();
    ApiLinks l = links.get();
    if (event == Event.UNPUBLISHED || !a.isPublished()) {
      return only(a.id(), a.slug(), l.page(a.path()));
    }
    return ContentArticle.of(a, l);
  }

  private static ContentArticle only(long id, String slug, String url) {
    return new ContentArticle(
        id, slug, null, null, null, url, null, null, null, null, null, null, null, null);
  }

  String body(String eventId, Event event, Instant at, ContentArticle article) {
    Payload payload = new Payload(eventId, event.code(), at.atOffset(ZoneOffset.UTC), article);
    return new String(json.write(payload), StandardCharsets.UTF_8);
  }
}
