package broadsheet.newsroom;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The account page's token section: the account's tokens, the form, a secret just made. */
public record TokenPage(
    AdminViews.Frame frame,
    List<AccessTokens.Token> tokens,
    Map<String, String> errors,
    String label,
    String expires,
    String secret,
    ZoneId zone,
    Instant now) {
  public List<String> lifetimes() {
    return TokenRoutes.LIFETIMES;
  }
}
