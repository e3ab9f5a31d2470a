package broadsheet.newsroom;

import broadsheet.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing without locking out the real user. Failures are counted per account
 * and address: after {@link #FREE_FAILURES} within {@link #WINDOW}, that pair waits 1 s after its
 * last failure, then 2 s, 4 s … up to {@link #LONGEST_WAIT}, while the same account from another
 * address is not held up. An account that collects {@link #ACCOUNT_LIMIT} failures within the
 * window, from anywhere, is refused from every address until they age (a WARN line says so). Kept
 * in the store so that every node counts the same failures.
 */
final class SignInThrottle {
  private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);

  static final int FREE_FAILURES = 5;
  static final int ACCOUNT_LIMIT = 100;
  static final Duration WINDOW = Duration.ofHours(1);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  // Milliseconds, where the store's other times keep whole seconds: a wait of one second must not
  // end up to a second early. One width throughout, so text order is time order.
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  // Addresses are written out by TrustedProxies; anything longer is not one.
  private static final int ADDRESS_LIMIT = 45;

  private final Jdbi jdbi;
  private final Clock clock;

  public SignInThrottle(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  /** How long this account must wait before trying again from this address; zero: try now. */
  public Duration wait(String email, String address) {
    Instant now = clock.instant();
    return jdbi.withHandle(
        h -> {
          Tally account = tally(h, accountSubject(email), now);
          if (account.count() >= ACCOUNT_LIMIT) {
            return until(account.first().plus(WINDOW), now);
          }
          Tally pair = tally(h, pairSubject(email, address), now);
          if (pair.count() < FREE_FAILURES) {
            return Duration.ZERO;
          }
          return until(pair.last().plus(delay(pair.count())), now);
        });
  }

  /** The wait after this many failures of one account from one address: 1 s, 2 s, 4 s … */
  static Duration delay(int failures) {
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : delay;
  }

  public void failed(String email, String address) {
    Instant now = clock.instant();
    String at = stamp(now);
    String account = accountSubject(email);
    int total =
        jdbi.inTransaction(
            h -> {
              for (String subject : new String[] {account, pairSubject(email, address)}) {
                h.createUpdate(
                        "INSERT INTO sign_in_failures (subject, failed_at) VALUES (:subject, :at)")
                    .bind("subject", subject)
                    .bind("at", at)
                    .execute();
              }
              h.createUpdate("DELETE FROM sign_in_failures WHERE failed_at < :old")
                  .bind("old", stamp(now.minus(WINDOW)))
                  .execute();
              return tally(h, account, now).count();
            });
    if (total == ACCOUNT_LIMIT) {
      LOG.warn(
          "sign-in: {} failed sign-ins for {} within {} min; refusing it from every address"
              + " until they age",
          total,
          account.substring("account:".length()).replaceAll("\\p{Cntrl}", "?"),
          WINDOW.toMinutes());
    }
  }

  /** The right password from this address: its pair starts afresh (the account's count stays). */
  public void succeeded(String email, String address) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM sign_in_failures WHERE subject = :subject")
                .bind("subject", pairSubject(email, address))
                .execute());
  }

  /**
   * What failures against an email are counted under. An email no account can have is cut to what
   * one could be and loses any NUL, so that it fits the column on both stores (and is counted).
   */
  private static String accountSubject(String email) {
    return "account:" + emailKey(email);
  }

  private static String pairSubject(String email, String address) {
    String a = address == null ? "" : address;
    return "pair:" + a.substring(0, Math.min(a.length(), ADDRESS_LIMIT)) + " " + emailKey(email);
  }

  private static String emailKey(String email) {
    String s = AccountRepository.normalise(email).replace("\0", "");
    return s.length() > AccountRepository.EMAIL_LIMIT
        ? s.substring(0, AccountRepository.EMAIL_LIMIT)
        : s;
  }

  private static String stamp(Instant instant) {
    return STAMP.format(instant);
  }

  private static Duration until(Instant when, Instant now) {
    return when.isAfter(now) ? Duration.between(now, when) : Duration.ZERO;
  }

  private static Tally tally(Handle h, String subject, Instant now) {
    return h.createQuery(
            "SELECT COUNT(*) AS n, MIN(failed_at) AS first_at, MAX(failed_at) AS last_at"
                + " FROM sign_in_failures WHERE subject = :subject AND failed_at >= :since")
        .bind("subject", subject)
        .bind("since", stamp(now.minus(WINDOW)))
        .map(
            (rs, ctx) ->
                new Tally(
                    rs.getInt("n"),
                    rs.getString("first_at") == null
                        ? now
                        : Instant.parse(rs.getString("first_at")),
                    rs.getString("last_at") == null ? now : Instant.parse(rs.getString("last_at"))))
        .one();
  }

  /** The failures of one subject within the window: how many, the first and the last. */
  private record Tally(int count, Instant first, Instant last) {}
}
