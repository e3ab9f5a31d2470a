package broadsheet.api;

import broadsheet.newsroom.Digests;
import broadsheet.store.Database;
import broadsheet.store.Instants;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The Content API's keys, one per consuming app: created and revoked by admins, kept as SHA-256
 * digests only. A key's answer is remembered briefly, so a busy app costs the store one lookup
 * every few seconds; a revocation takes effect on every node within that time.
 */
public final class ContentKeys {
  /** How long a key's answer is remembered on a node. */
  static final Duration REMEMBER = Duration.ofSeconds(5);

  /** How often a key's last use is written, at most. */
  private static final Duration LAST_USE_EVERY = Duration.ofMinutes(1);

  /** What a key's check found: its id, or none for a key unknown or revoked. */
  private static final long NONE = -1;

  /** A key as the newsroom lists it (never the key itself). */
  public record ContentKey(
      long id,
      String name,
      String createdBy,
      Instant createdAt,
      Instant lastUsedAt,
      Instant revokedAt) {
    public boolean revoked() {
      return revokedAt != null;
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Jdbi jdbi;
  private final Clock clock;
  private final Cache<String, Long> known;
  private final Map<Long, Instant> lastUseWritten = new ConcurrentHashMap<>();

  public ContentKeys(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.known =
        Caffeine.newBuilder()
            .expireAfterWrite(REMEMBER)
            .ticker(() -> clock.millis() * 1_000_000L)
            .maximumSize(10_000)
            .build();
  }

  /**
   * Creates a key for an app; returns the key, which is shown this once.
   *
   * @param accountId the admin who made it, or null
   */
  public String create(String name, Long accountId) {
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String key = "bsk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO content_keys (name, key_hash, created_by, created_at)"
                        + " VALUES (:name, :hash, :by, :now)")
                .bind("name", name)
                .bind("hash", Digests.sha256(key))
                .bind("by", accountId)
                .bind("now", Instants.format(clock.instant()))
                .execute());
    return key;
  }

  /** Revokes a key; false when there is no such key or it was revoked already. */
  public boolean revoke(long id) {
    return jdbi.withHandle(
            h ->
                h.createUpdate(
                        "UPDATE content_keys SET revoked_at = :now"
                            + " WHERE id = :id AND revoked_at IS NULL")
                    .bind("now", Instants.format(clock.instant()))
                    .bind("id", id)
                    .execute())
        == 1;
  }

  public List<ContentKey> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT k.id, k.name, a.name, k.created_at, k.last_used_at, k.revoked_at"
                        + " FROM content_keys k LEFT JOIN accounts a ON a.id = k.created_by"
                        + " ORDER BY k.revoked_at IS NOT NULL, k.name, k.id")
                .map(
                    (rs, c) ->
                        new ContentKey(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            Instants.parse(rs.getString(4)),
                            Instants.parse(rs.getString(5)),
                            Instants.parse(rs.getString(6))))
                .list());
  }

  /** The id of the live key given, or -1 when it is unknown or revoked. */
  long check(String key) {
    if (key == null || key.isEmpty() || key.length() > 100) {
      return NONE;
    }
    String hash = Digests.sha256(key);
    long id = known.get(hash, this::lookUp);
    if (id != NONE) {
      noteUse(id);
    }
    return id;
  }

  private long lookUp(String hash) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id FROM content_keys WHERE key_hash = :hash AND revoked_at IS NULL")
                .bind("hash", hash)
                .mapTo(Long.class)
                .findOne()
                .orElse(NONE));
  }

  private void noteUse(long id) {
    Instant now = clock.instant();
    Instant written = lastUseWritten.get(id);
    if (written != null && written.plus(LAST_USE_EVERY).isAfter(now)) {
      return;
    }
    lastUseWritten.put(id, now);
    jdbi.useHandle(
        h ->
            h.createUpdate("UPDATE content_keys SET last_used_at = :now WHERE id = :id")
                .bind("now", Instants.format(now))
                .bind("id", id)
                .execute());
  }
}
