package broadsheet.newsroom;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Clock;
import java.time.Duration;
import org.jdbi.v3.core.Jdbi;

/**
 * One-time links that let the first admin create their account on a store that has none. Only a
 * digest is stored; the link is printed once by `serve`.
 */
final class SetupTokens {
  private final Jdbi jdbi;
  private final Clock clock;

  public SetupTokens(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  public String issue() {
    String token = Passwords.token();
    jdbi.useHandle(
        h ->
            h.createUpdate("INSERT INTO setup_tokens (token_hash, expires_at) VALUES (:h, :e)")
                .bind("h", Digests.sha256(token))
                .bind("e", Instants.format(clock.instant().plus(Duration.ofDays(1))))
                .execute());
    return token;
  }

  boolean valid(String token) {
    if (token == null || token.length() > 100) {
      return false;
    }
    return jdbi.withHandle(
        h ->
            h.createQuery(
                        "SELECT COUNT(*) FROM setup_tokens WHERE token_hash = :h AND expires_at > :now")
                    .bind("h", Digests.sha256(token))
                    .bind("now", Instants.format(clock.instant()))
                    .mapTo(Integer.class)
                    .one()
                > 0);
  }

  /** Once the first admin exists, no setup link may be used again. */
  void spent() {
    jdbi.useHandle(h -> h.execute("DELETE FROM setup_tokens"));
  }
}
