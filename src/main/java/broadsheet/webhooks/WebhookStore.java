package broadsheet.webhooks;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/**
 * The webhooks admins have added: an http(s) address, the events it takes, and the secret every
 * delivery is signed with. The secret is shown once, when the webhook is added; the store keeps it
 * as it is, since the server needs it to sign.
 */
public final class WebhookStore {
  static final int URL_LIMIT = 2000;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A webhook; {@code createdBy} is the admin's name, empty when added on the command line. */
  public record Webhook(
      long id, String url, Set<Event> events, String secret, String createdBy, Instant createdAt) {
    public boolean takes(Event event) {
      return events.contains(event);
    }
  }

  /** A webhook just added: its id and its secret, shown this once. */
  public record Added(long id, String secret) {}

  private final Jdbi jdbi;
  private final Clock clock;

  public WebhookStore(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  /** What is wrong with an address to deliver to, or null when it will do. */
  public static String urlProblem(String url) {
    if (url == null || url.isBlank()) {
      return "Give the address to deliver to, starting http:// or https://.";
    }
    if (url.length() > URL_LIMIT) {
      return "An address may be " + URL_LIMIT + " characters long at most.";
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "This is not a web address (" + e.getReason() + ").";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "Only http:// and https:// addresses take webhooks.";
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      return "The address needs a host name, as in https://example.com/hooks.";
    }
    if (uri.getRawUserInfo() != null) {
      return "Leave a user name and password out of the address.";
    }
    if (uri.getRawFragment() != null) {
      return "Leave the #fragment out of the address: it is never sent.";
    }
    return null;
  }

  /**
   * Adds a webhook whose address {@link #urlProblem} has passed; returns its id and new secret.
   *
   * @param accountId the admin who added it, or null on the command line
   */
  public Added add(String url, Set<Event> events, Long accountId) {
    if (urlProblem(url) != null || events.isEmpty()) {
      throw new IllegalArgumentException("check the address and the events first");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    long id =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO webhooks (url, events, secret, created_by, created_at)"
                            + " VALUES (:url, :events, :secret, :by, :at)")
                    .bind("url", url)
                    .bind("events", Event.join(events))
                    .bind("secret", secret)
                    .bind("by", accountId)
                    .bind("at", Instants.format(clock.instant()))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new Added(id, secret);
  }

  /** Every webhook, oldest first. */
  public List<Webhook> all() {
    return jdbi.withHandle(
        h -> h.createQuery(SELECT + " ORDER BY w.id").map((rs, ctx) -> webhook(rs)).list());
  }

  public Optional<Webhook> find(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT + " WHERE w.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> webhook(rs))
                .findOne());
  }

  /** Removes a webhook and its delivery log; false when there was none of this id. */
  public boolean remove(long id) {
    return jdbi.inTransaction(
            h -> {
              h.createUpdate("DELETE FROM webhook_deliveries WHERE webhook_id = :id")
                  .bind("id", id)
                  .execute();
              return h.createUpdate("DELETE FROM webhooks WHERE id = :id").bind("id", id).execute();
            })
        > 0;
  }

  private static final String SELECT =
      "SELECT w.id, w.url, w.events, w.secret, COALESCE(a.name, ''), w.created_at"
          + " FROM webhooks w LEFT JOIN accounts a ON a.id = w.created_by";

  private static Webhook webhook(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Webhook(
        rs.getLong(1),
        rs.getString(2),
        Event.parse(rs.getString(3)),
        rs.getString(4),
        rs.getString(5),
        Instants.parse(rs.getString(6)));
  }
}
