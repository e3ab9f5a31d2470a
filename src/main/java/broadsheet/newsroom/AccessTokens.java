package broadsheet.newsroom;

import broadsheet.content.CleanText;
import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Personal access tokens for the Admin API: made on the account page or by {@code broadsheet token
 * create}, shown once, kept as a SHA-256 only. A token acts as its account, with exactly its role,
 * and only while the account is enabled, the token unrevoked and its expiry (if any) ahead.
 */
public final class AccessTokens {
  /** The tokens' mark, so that a leaked one is recognised (by a secret scanner, in a log). */
  public static final String PREFIX = "bst_";

  public static final int LABEL_LIMIT = 100;

  /** The longest lifetime a token may be given, in days (ten years). */
  public static final int MAX_DAYS = 3650;

  // Writing last_used_at on every request would turn reads into writes; a minute is precise enough.
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final AccountRepository accounts;
  private final Clock clock;

  public AccessTokens(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.accounts = new AccountRepository(database);
    this.clock = clock;
  }

  /** A token as listed: never its secret, which only {@link Issued} carries, once. */
  public record Token(
      long id,
      long accountId,
      String label,
      Instant createdAt,
      Instant lastUsedAt,
      Instant expiresAt,
      boolean revoked) {
    public boolean live(Instant now) {
      return !revoked && (expiresAt == null || expiresAt.isAfter(now));
    }
  }

  /** A new token and its secret, to be shown once. */
  public record Issued(Token token, String secret) {}

  /** Why a label will not do, or null. */
  public static String labelProblem(String label) {
    if (label == null || label.isBlank()) {
      return "Name the token after what will use it, e.g. \"publishing script\".";
    }
    if (label.length() > LABEL_LIMIT) {
      return "Keep the name to " + LABEL_LIMIT + " characters or fewer.";
    }
    if (CleanText.firstForbidden(label, false) >= 0) {
      return "The name holds a character that is not text.";
    }
    return null;
  }

  /** Why a lifetime in days will not do, or null (null days: the token does not expire). */
  public static String daysProblem(Integer days) {
    return days == null || (days >= 1 && days <= MAX_DAYS)
        ? null
        : "Give a lifetime of 1 to " + MAX_DAYS + " days, or none.";
  }

  /** Makes a token for the account; the label and days must have passed the checks above. */
  public Issued issue(long accountId, String label, Integer days) {
    String secret = PREFIX + Passwords.token();
    Instant now = clock.instant();
    Instant expires = days == null ? null : now.plus(Duration.ofDays(days));
    String name = label.strip();
    long id =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO access_tokens (token_hash, account_id, label, created_at,"
                            + " expires_at) VALUES (:hash, :account, :label, :now, :expires)")
                    .bind("hash", Digests.sha256(secret))
                    .bind("account", accountId)
                    .bind("label", name)
                    .bind("now", Instants.format(now))
                    .bind("expires", expires == null ? null : Instants.format(expires))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new Issued(new Token(id, accountId, name, now, null, expires, false), secret);
  }

  /** The account's tokens, newest first, revoked ones included. */
  public List<Token> of(long accountId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, account_id, label, created_at, last_used_at, expires_at, revoked"
                        + " FROM access_tokens WHERE account_id = :account ORDER BY id DESC")
                .bind("account", accountId)
                .map(
                    (rs, c) ->
                        new Token(
                            rs.getLong("id"),
                            rs.getLong("account_id"),
                            rs.getString("label"),
                            Instants.parse(rs.getString("created_at")),
                            instant(rs.getString("last_used_at")),
                            instant(rs.getString("expires_at")),
                            rs.getInt("revoked") != 0))
                .list());
  }

  /** Revokes one of the account's tokens; false when it has no such token. */
  public boolean revoke(long accountId, long tokenId) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE access_tokens SET revoked = 1 WHERE id = :id AND account_id ="
                            + " :account")
                    .bind("id", tokenId)
                    .bind("account", accountId)
                    .execute())
        > 0;
  }

  /**
   * The account a token acts as, if the token is one of ours, live, and its account enabled. The
   * lookup goes by the digest, and the digest found is compared again in constant time.
   */
  public Optional<Account> holder(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    String hash = Digests.sha256(secret);
    Optional<Row> row =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT token_hash, account_id, last_used_at, expires_at, revoked"
                            + " FROM access_tokens WHERE token_hash = :hash")
                    .bind("hash", hash)
                    .map(
                        (rs, c) ->
                            new Row(
                                rs.getString("token_hash"),
                                rs.getLong("account_id"),
                                instant(rs.getString("last_used_at")),
                                instant(rs.getString("expires_at")),
                                rs.getInt("revoked") != 0))
                    .findOne());
    Instant now = clock.instant();
    if (row.isEmpty()
        || !MessageDigest.isEqual(
            row.get().hash().getBytes(StandardCharsets.US_ASCII),
            hash.getBytes(StandardCharsets.US_ASCII))
        || row.get().revoked()
        || (row.get().expires() != null && !row.get().expires().isAfter(now))) {
      return Optional.empty();
    }
    Optional<Account> account = accounts.findById(row.get().accountId()).filter(a -> !a.disabled());
    if (account.isPresent()
        && (row.get().used() == null || row.get().used().plus(TOUCH_EVERY).isBefore(now))) {
      jdbi.useHandle(
          h ->
              h.createUpdate("UPDATE access_tokens SET last_used_at = :now WHERE token_hash = :h")
                  .bind("now", Instants.format(now))
                  .bind("h", hash)
                  .execute());
    }
    return account;
  }

  private record Row(String hash, long accountId, Instant used, Instant expires, boolean revoked) {}

  private static Instant instant(String text) {
    return text == null ? null : Instants.parse(text);
  }
}
