package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import broadsheet.config.SearchRateLimit;
import broadsheet.config.TrustedProxies;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Searches per client: past the rate, 429 with Retry-After, on the page and the API together; a
 * client behind a trusted proxy is its forwarded address. Each test searches as addresses of its
 * own, since the site (and its allowances) is shared.
 */
class SearchThrottleTest {
  private static final int PER_MINUTE = 3;

  @RegisterExtension
  static final RunningSite site =
      RunningSite.with(Fixtures::smallPaper)
          .configured(
              c ->
                  c.withSearchRateLimit(new SearchRateLimit(PER_MINUTE))
                      .withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")));

  private static HttpResponse<String> page(String forwardedFor) {
    return site.get("/search?q=world", "X-Forwarded-For", forwardedFor);
  }

  private static HttpResponse<String> api(String forwardedFor) {
    return site.get("/api/v1/search?q=world", "X-Forwarded-For", forwardedFor);
  }

  @Test
  void aClientPastTheRateIsAnswered429WithRetryAfterUntilItRefills() {
    for (int i = 0; i < PER_MINUTE; i++) {
      assertThat(page("198.51.100.1").statusCode()).isEqualTo(200);
    }
    HttpResponse<String> refused = page("198.51.100.1");
    assertThat(refused.statusCode()).isEqualTo(429);
    long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(wait).isBetween(1L, 60L);
    assertThat(refused.body()).contains("Too many searches");
    assertThat(HtmlChecker.errors(refused.body())).isEmpty();

    assertThat(page("198.51.100.2").statusCode()).as("another client").isEqualTo(200);

    site.clock().advance(Duration.ofSeconds(wait));
    assertThat(page("198.51.100.1").statusCode()).as("after Retry-After").isEqualTo(200);
  }

  @Test
  void theApiSearchAndListsWithWordsShareTheAllowanceAndAnswerAProblem() {
    assertThat(page("198.51.100.3").statusCode()).isEqualTo(200);
    assertThat(api("198.51.100.3").statusCode()).isEqualTo(200);
    assertThat(site.get("/api/v1/articles?q=world", "X-Forwarded-For", "198.51.100.3").statusCode())
        .isEqualTo(200);
    assertThat(site.get("/api/v1/articles", "X-Forwarded-For", "198.51.100.3").statusCode())
        .as("a list without words is no search")
        .isEqualTo(200);
    HttpResponse<String> refused = api("198.51.100.3");
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(page("198.51.100.3").statusCode()).isEqualTo(429);
  }

  @Test
  void theNearestUntrustedAddressIsTheClientWhateverItClaimsBeyond() {
    for (int i = 0; i < PER_MINUTE; i++) {
      assertThat(page("203.0.113." + i + ", 198.51.100.4").statusCode()).isEqualTo(200);
    }
    assertThat(page("203.0.113.99, 198.51.100.4").statusCode()).isEqualTo(429);
  }

  @Test
  void anIpv6ClientIsItsSlash64() {
    for (int i = 0; i < PER_MINUTE; i++) {
      assertThat(page("2001:db8:5:6::" + (i + 1)).statusCode()).isEqualTo(200);
    }
    assertThat(page("2001:db8:5:6:ffff::9").statusCode()).isEqualTo(429);
    assertThat(page("2001:db8:5:7::1").statusCode()).as("another /64").isEqualTo(200);
  }
}
