package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import broadsheet.config.TrustedProxies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Throttling per account and address behind a trusted proxy (the tests' own connection, 127.0.0.1,
 * stands in for it, and X-Forwarded-For names the client): guessing slows down, the real user from
 * elsewhere does not notice, and only a far higher account-wide limit holds everyone up.
 */
class SignInThrottleTest {
  private static final String EMAIL = "throttled@test.example";
  private static final String PASSWORD = "a long test password author";

  @RegisterExtension
  final RunningSite site =
      RunningSite.with(Fixtures::smallPaper)
          .configured(c -> c.withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")));

  private int attempt(String address, String password) {
    return from(address).signIn(EMAIL, password, "/admin").statusCode();
  }

  private Staff from(String address) {
    return Staff.anonymous(site).forwardedFor(address);
  }

  private void failFiveTimes(String address) {
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      assertThat(attempt(address, "wrong password " + i)).isEqualTo(401);
    }
  }

  @Test
  void fiveWrongPasswordsFromOneAddressDoNotStopTheRightOneFromAnother() {
    Staff.signedIn(site, EMAIL, "author");
    failFiveTimes("203.0.113.7");
    assertThat(attempt("198.51.100.9", PASSWORD)).isEqualTo(303);
    // A proxy behind the trusted one is skipped only if trusted itself: here the client is B.
    assertThat(from("203.0.113.7, 127.0.0.1").signIn(EMAIL, PASSWORD, "/admin").statusCode())
        .isEqualTo(429);
    assertThat(from("198.51.100.9, 127.0.0.1").signIn(EMAIL, PASSWORD, "/admin").statusCode())
        .isEqualTo(303);
  }

  /**
   * A client may send an X-Forwarded-For line of its own; the trusted proxy adds its line after it
   * (haproxy's option forwardfor does), and only that line names the client: changing its own line
   * every time does not take an attacker out of the throttle.
   */
  @Test
  void aClientsOwnForwardedForLineDoesNotNameIt() {
    Staff.signedIn(site, EMAIL, "author");
    for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
      Staff forged = Staff.anonymous(site).forwardedFor("198.51.100." + i, "203.0.113.7");
      assertThat(forged.signIn(EMAIL, "wrong password " + i, "/admin").statusCode()).isEqualTo(401);
    }
    Staff again = Staff.anonymous(site).forwardedFor("198.51.100.99", "203.0.113.7");
    assertThat(again.signIn(EMAIL, PASSWORD, "/admin").statusCode()).isEqualTo(429);
    assertThat(attempt("198.51.100.99", PASSWORD)).isEqualTo(303);
  }

  @Test
  void theSixthAttemptFromThatAddressWaitsLongerEachTimeEvenWithTheRightPassword() {
    Staff.signedIn(site, EMAIL, "author");
    String a = "2001:db8::7";
    failFiveTimes(a);
    for (int wait : new int[] {1, 2, 4}) {
      HttpResponse<String> refused = from(a).signIn(EMAIL, PASSWORD, "/admin");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).contains(String.valueOf(wait));
      assertThat(refused.body()).contains("Try again in " + wait + " second");
      site.clock().advance(Duration.ofSeconds(wait));
      assertThat(attempt(a, "wrong again")).isEqualTo(401);
    }
    site.clock().advance(Duration.ofSeconds(8));
    assertThat(attempt(a, PASSWORD)).isEqualTo(303);
    // The right password starts that address afresh.
    assertThat(attempt(a, "one slip")).isEqualTo(401);
    assertThat(attempt(a, PASSWORD)).isEqualTo(303);
  }

  @Test
  void theAccountWideLimitHoldsEveryAddressAndIsLoggedAtWarn() {
    Staff.signedIn(site, EMAIL, "author");
    SignInThrottle throttle = new SignInThrottle(site.app().database(), site.clock());
    for (int i = 1; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
      throttle.failed(EMAIL, "198.51.100." + i);
    }
    assertThat(attempt("192.0.2.1", PASSWORD)).isEqualTo(303);

    PrintStream stderr = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    int hundredth;
    try {
      hundredth = attempt("192.0.2.2", "the hundredth guess");
    } finally {
      System.setErr(stderr);
      stderr.print(log.toString(StandardCharsets.UTF_8));
    }
    assertThat(hundredth).isEqualTo(401);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains(
            "WARN broadsheet.newsroom.SignInThrottle - sign-in: 100 failed sign-ins for "
                + EMAIL
                + " within 60 min");

    HttpResponse<String> refused = from("192.0.2.3").signIn(EMAIL, PASSWORD, "/admin");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    site.clock().advance(SignInThrottle.WINDOW);
    assertThat(attempt("192.0.2.3", PASSWORD)).isEqualTo(303);
  }
}
