package broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {
  @Test
  void findsErrorsInBrokenHtmlAndNoneInValidHtml() {
    String valid =
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p>x</p></body></html>";
    assertThat(HtmlChecker.errors(valid)).isEmpty();
    String broken =
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p><div>x</p>"
            + "<img src=\"a.png\"></body></html>";
    assertThat(HtmlChecker.errors(broken)).isNotEmpty();
    // The one validator is reused: what it found in one page is not reported for the next.
    assertThat(HtmlChecker.errors(valid)).isEmpty();
  }
}
