package broadsheet.cli;

import broadsheet.store.Database;
import broadsheet.webhooks.Event;
import broadsheet.webhooks.WebhookStore;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `broadsheet webhook add|list|remove`: the addresses told of article events. */
@Command(
    name = "webhook",
    description = "Manage webhooks: addresses sent a signed POST on article events.",
    subcommands = {
      WebhookCommand.Add.class,
      WebhookCommand.ListWebhooks.class,
      WebhookCommand.Remove.class
    })
final class WebhookCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    CommandLine.usage(this, System.out);
    return 2;
  }

  @Command(
      name = "add",
      description =
          "Add a webhook. Prints its signing secret once on standard output (the store keeps it:"
              + " the server signs with it).")
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "URL", description = "The http:// or https:// address to POST to.")
    String url;

    @Option(
        names = "--events",
        required = true,
        paramLabel = "EVENT[,EVENT…]",
        description =
            "The events to send: article.published, article.updated, article.unpublished,"
                + " article.corrected.")
    String events;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      String problem = WebhookStore.urlProblem(url);
      if (problem != null) {
        System.err.println("broadsheet: " + url + ": " + problem);
        return 2;
      }
      Set<Event> chosen;
      try {
        chosen = Event.parse(events);
      } catch (IllegalArgumentException e) {
        System.err.println("broadsheet: --events: " + e.getMessage());
        return 2;
      }
      try (Database database = store.open()) {
        var added = new WebhookStore(database, Clock.systemUTC()).add(url, chosen, null);
        System.out.println(added.secret());
        System.err.println("Added webhook " + added.id() + ".");
      }
      return 0;
    }
  }

  @Command(name = "list", description = "List the webhooks (never their secrets).")
  static final class ListWebhooks implements Callable<Integer> {
    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      try (Database database = store.open()) {
        for (var w : new WebhookStore(database, Clock.systemUTC()).all()) {
          System.out.printf(
              "%d\t%s\t%s\tadded %s%n",
              w.id(),
              w.url(),
              String.join(",", w.events().stream().sorted().map(Event::code).toList()),
              w.createdAt());
        }
      }
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a webhook, and its delivery log, by its id.")
  static final class Remove implements Callable<Integer> {
    @Option(names = "--id", required = true, description = "The webhook's id, as listed.")
    long id;

    @Mixin StoreOptions store = new StoreOptions();

    @Override
    public Integer call() throws Exception {
      try (Database database = store.open()) {
        if (!new WebhookStore(database, Clock.systemUTC()).remove(id)) {
          System.err.println("broadsheet: there is no webhook " + id);
          return 1;
        }
      }
      System.out.println("Removed webhook " + id + ".");
      return 0;
    }
  }
}
