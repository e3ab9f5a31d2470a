package broadsheet.newsroom;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Newsroom sessions, kept in the store so that any node can serve any request. A session ends after
 * {@link #IDLE} without a request, or {@link #LIFETIME} after sign-in whatever happens.
 */
final class SessionStore {
  static final Duration IDLE = Duration.ofHours(2);
  static final Duration LIFETIME = Duration.ofDays(7);
  // Writing last_seen_at on every request would turn reads into writes; a minute is precise enough.
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final AccountRepository accounts;
  private final Clock clock;

  public SessionStore(Database database, AccountRepository accounts, Clock clock) {
    this.jdbi = database.jdbi();
    this.accounts = accounts;
    this.clock = clock;
  }

  /** Starts a session and returns the token for the cookie (never stored as such). */
  public String start(long accountId) {
    String token = Passwords.token();
    String now = Instants.format(clock.instant());
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at,"
                        + " last_seen_at) VALUES (:hash, :account, :csrf, :now, :now)")
                .bind("hash", Digests.sha256(token))
                .bind("account", accountId)
                .bind("csrf", Passwords.token())
                .bind("now", now)
                .execute());
    return token;
  }

  /** The live session of a cookie token, if any; expired sessions are removed on sight. */
  public Optional<StaffSession> find(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    String hash = Digests.sha256(token);
    Optional<Row> row = row(hash);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Row r = row.get();
    if (r.expired(now)) {
      end(hash);
      return Optional.empty();
    }
    Optional<Account> account = accounts.findById(r.accountId()).filter(a -> !a.disabled());
    if (account.isEmpty()) {
      end(hash);
      return Optional.empty();
    }
    if (r.seen().plus(TOUCH_EVERY).isBefore(now)) {
      jdbi.useHandle(
          h ->
              h.createUpdate("UPDATE sessions SET last_seen_at = :now WHERE token_hash = :hash")
                  .bind("now", Instants.format(now))
                  .bind("hash", hash)
                  .execute());
    }
    return Optional.of(new StaffSession(account.get(), r.csrf(), hash));
  }

  /**
   * Whether a cookie token names a live session, as {@link #find} would say, but without writing:
   * the page cache asks this of every request carrying a staff cookie, forged ones too.
   */
  public boolean live(String token) {
    if (token == null || token.length() > 100) {
      return false;
    }
    Optional<Row> row = row(Digests.sha256(token));
    return row.isPresent()
        && !row.get().expired(clock.instant())
        && accounts.findById(row.get().accountId()).filter(a -> !a.disabled()).isPresent();
  }

  private record Row(long accountId, String csrf, Instant created, Instant seen) {
    boolean expired(Instant now) {
      return seen.plus(IDLE).isBefore(now) || created.plus(LIFETIME).isBefore(now);
    }
  }

  private Optional<Row> row(String hash) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT account_id, csrf_token, created_at, last_seen_at FROM sessions"
                        + " WHERE token_hash = :hash")
                .bind("hash", hash)
                .map(
                    (rs, c) ->
                        new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            Instants.parse(rs.getString(3)),
                            Instants.parse(rs.getString(4))))
                .findOne());
  }

  public void end(String tokenHash) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM sessions WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .execute());
  }

  /** Ends every session of an account but the given one (after a password change). */
  public void endOthers(long accountId, String keepHash) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "DELETE FROM sessions WHERE account_id = :account AND token_hash <> :keep")
                .bind("account", accountId)
                .bind("keep", keepHash)
                .execute());
  }
}
