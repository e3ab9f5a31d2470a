package broadsheet.newsroom;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Preview links: "?preview=ID.EXPIRY.SIGNATURE", an HMAC-SHA256 over the link id, the article and
 * the expiry with a key kept in the store (so every node checks the same signatures). A link is
 * good while its signature holds, its time has not passed and nobody revoked it.
 */
final class PreviewLinks {
  static final Duration LIFETIME = Duration.ofDays(7);

  private final Jdbi jdbi;
  private final Clock clock;
  private final byte[] key;

  public PreviewLinks(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
    this.key = loadKey();
  }

  public PreviewLink create(
      long articleId, long accountId, String articlePath, String previewHost) {
    Instant now = clock.instant();
    Instant expires = now.plus(LIFETIME);
    long id =
        jdbi.withHandle(
            h ->
                h.createUpdate(
                        "INSERT INTO preview_links (article_id, created_by, created_at,"
                            + " expires_at) VALUES (:article, :account, :now, :expires)")
                    .bind("article", articleId)
                    .bind("account", accountId)
                    .bind("now", Instants.format(now))
                    .bind("expires", Instants.format(expires))
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one());
    return new PreviewLink(
        id, articleId, now, expires, false, url(id, articleId, expires, articlePath, previewHost));
  }

  public List<PreviewLink> forArticle(long articleId, String articlePath, String previewHost) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT id, created_at, expires_at, revoked FROM preview_links"
                        + " WHERE article_id = :article ORDER BY id DESC")
                .bind("article", articleId)
                .map(
                    (rs, c) -> {
                      Instant expires = Instants.parse(rs.getString("expires_at"));
                      long id = rs.getLong("id");
                      return new PreviewLink(
                          id,
                          articleId,
                          Instants.parse(rs.getString("created_at")),
                          expires,
                          rs.getInt("revoked") != 0,
                          url(id, articleId, expires, articlePath, previewHost));
                    })
                .list());
  }

  public void revoke(long articleId, long linkId) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "UPDATE preview_links SET revoked = 1 WHERE id = :id AND article_id = :article")
                .bind("id", linkId)
                .bind("article", articleId)
                .execute());
  }

  /** Whether a token opens this article now. */
  public boolean opens(String token, long articleId) {
    if (token == null || token.length() > 200) {
      return false;
    }
    String[] parts = token.split("\\.");
    if (parts.length != 3 || !parts[0].matches("[0-9]{1,18}") || !parts[1].matches("[0-9]{1,18}")) {
      return false;
    }
    long id = Long.parseLong(parts[0]);
    long expires = Long.parseLong(parts[1]);
    byte[] expected = sign(id, articleId, expires).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return false;
    }
    if (Instant.ofEpochSecond(expires).isBefore(clock.instant())) {
      return false;
    }
    Optional<Integer> revoked =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT revoked FROM preview_links WHERE id = :id AND article_id = :article")
                    .bind("id", id)
                    .bind("article", articleId)
                    .mapTo(Integer.class)
                    .findOne());
    return revoked.isPresent() && revoked.get() == 0;
  }

  private String url(long id, long articleId, Instant expires, String path, String host) {
    String token =
        id + "." + expires.getEpochSecond() + "." + sign(id, articleId, expires.getEpochSecond());
    return "//" + (host == null ? "" : host) + path + "?preview=" + token;
  }

  private String sign(long id, long articleId, long expires) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] sig =
          mac.doFinal((id + ":" + articleId + ":" + expires).getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sig);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The signing key, made once per store on first use. Nodes starting together on a new store may
   * each make one: the first insert wins, and every node reads back the key that won.
   */
  private byte[] loadKey() {
    return jdbi.withHandle(
        h -> {
          String value =
              storedKey(h)
                  .orElseGet(
                      () -> {
                        h.createUpdate(
                                "INSERT INTO settings (name, value) VALUES ('preview_key', :v)"
                                    + " ON CONFLICT (name) DO NOTHING")
                            .bind("v", Passwords.token())
                            .execute();
                        return storedKey(h).orElseThrow();
                      });
          return Base64.getUrlDecoder().decode(value);
        });
  }

  private static Optional<String> storedKey(Handle h) {
    return h.createQuery("SELECT value FROM settings WHERE name = 'preview_key'")
        .mapTo(String.class)
        .findOne();
  }
}
