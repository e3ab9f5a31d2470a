package broadsheet.webhooks;

import broadsheet.api.ApiJson;
import broadsheet.api.ApiLinks;
import broadsheet.changes.ChangeFollower;
import broadsheet.content.ArticleRepository;
import broadsheet.newsroom.AdminViews;
import broadsheet.store.Database;
import broadsheet.web.Templates;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Webhooks on one node (docs/webhooks.md): the follower of the change feed that queues events once
 * for the cluster, the sender that delivers from the queue, and the newsroom's pages.
 */
public final class Webhooks implements AutoCloseable {
  private final WebhookStore store;
  private final DeliveryQueue queue;
  private final Deliverer deliverer;
  private final WebhookFollower follower;

  /**
   * @param links how the article's addresses are made, as the Content API makes them
   * @param node this node's name, as the change feed knows it (the holder of its leases)
   */
  public Webhooks(
      Database database,
      ArticleRepository articles,
      Supplier<ApiLinks> links,
      ApiJson json,
      Clock clock,
      String node) {
    this.store = new WebhookStore(database, clock);
    this.queue = new DeliveryQueue(database, clock, RetrySchedule.DEFAULT);
    this.deliverer = new Deliverer(queue, new Sender(clock), clock, node);
    this.follower =
        new WebhookFollower(
            database, store, queue, new Payloads(articles, links, json), clock, deliverer::wake);
  }

  /** What follows the change feed (added to it before it starts). */
  public ChangeFollower follower() {
    return follower;
  }

  /** The newsroom's pages, drawn in the newsroom's frame for each request. */
  public WebhookRoutes routes(
      Templates templates,
      BiFunction<Context, String, AdminViews.Frame> frames,
      Supplier<ZoneId> zone) {
    return new WebhookRoutes(store, queue, deliverer::wake, templates, frames, zone);
  }

  /** Starts sending what is due. */
  public void start() {
    deliverer.start();
  }

  @Override
  public void close() {
    deliverer.close();
  }
}
