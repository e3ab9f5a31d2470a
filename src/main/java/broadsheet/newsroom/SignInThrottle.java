package broadsheet.newsroom;

import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows down password guessing: after {@link #LIMIT} failed sign-ins for one account, or {@link
 * #ADDRESS_LIMIT} from one address, within {@link #WINDOW}, further attempts are refused until the
 * window has passed. Kept in the store so that every node counts the same failures.
 */
final class SignInThrottle {
  static final int LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Jdbi jdbi;
  private final Clock clock;

  public SignInThrottle(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  public boolean blocked(String email, String address) {
    return failures(accountSubject(email)) >= LIMIT
        || failures("address:" + address) >= ADDRESS_LIMIT;
  }

  public void failed(String email, String address) {
    String now = Instants.format(clock.instant());
    jdbi.useTransaction(
        h -> {
          for (String subject : new String[] {accountSubject(email), "address:" + address}) {
            h.createUpdate(
                    "INSERT INTO sign_in_failures (subject, failed_at) VALUES (:subject, :at)")
                .bind("subject", subject)
                .bind("at", now)
                .execute();
          }
          h.createUpdate("DELETE FROM sign_in_failures WHERE failed_at < :old")
              .bind("old", Instants.format(clock.instant().minus(WINDOW)))
              .execute();
        });
  }

  public void succeeded(String email) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM sign_in_failures WHERE subject = :subject")
                .bind("subject", accountSubject(email))
                .execute());
  }

  /**
   * What failures against an email are counted under. An email no account can have is cut to what
   * one could be and loses any NUL, so that it fits the column on both stores (and is counted).
   */
  private static String accountSubject(String email) {
    String s = AccountRepository.normalise(email).replace("\0", "");
    if (s.length() > AccountRepository.EMAIL_LIMIT) {
      s = s.substring(0, AccountRepository.EMAIL_LIMIT);
    }
    return "account:" + s;
  }

  private int failures(String subject) {
    Instant since = clock.instant().minus(WINDOW);
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT COUNT(*) FROM sign_in_failures WHERE subject = :subject"
                        + " AND failed_at >= :since")
                .bind("subject", subject)
                .bind("since", Instants.format(since))
                .mapTo(Integer.class)
                .one());
  }
}
