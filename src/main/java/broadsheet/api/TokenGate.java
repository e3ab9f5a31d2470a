package broadsheet.api;

import broadsheet.newsroom.AccessTokens;
import broadsheet.newsroom.Account;
import broadsheet.newsroom.Editorial;
import io.javalin.http.Context;

/**
 * Guards every Admin API request: a personal access token in {@code Authorization: Bearer} or a
 * 401, before anything else is read. Cookies are never looked at, so no browser can be made to send
 * a request with someone's authority (no CSRF surface). The one large body, an image upload, is
 * refused (403) before a byte of it is read when the token's account may not upload.
 */
final class TokenGate {
  private static final String ACCOUNT = "admin-api-account";

  private final AccessTokens tokens;
  private final String openPath;
  private final String uploadPath;

  TokenGate(AccessTokens tokens, String openPath, String uploadPath) {
    this.tokens = tokens;
    this.openPath = openPath;
    this.uploadPath = uploadPath;
  }

  void check(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    if (ctx.path().equals(openPath)) {
      return;
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"admin\"");
      throw ApiProblem.of(401, "Send a personal access token as \"Authorization: Bearer TOKEN\".");
    }
    Account account = tokens.holder(header.substring(7).strip()).orElse(null);
    if (account == null) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"admin\", error=\"invalid_token\"");
      throw ApiProblem.of(
          401, "This token is not valid: unknown, revoked or expired, or its account disabled.");
    }
    if (ctx.path().equals(uploadPath) && !Editorial.mayUpload(account)) {
      throw ApiProblem.of(403, "Your role cannot upload images.");
    }
    ctx.attribute(ACCOUNT, account);
  }

  /** The account of the request's token; the gate has turned everyone else away. */
  static Account account(Context ctx) {
    Account account = ctx.attribute(ACCOUNT);
    if (account == null) {
      throw ApiProblem.of(401, "Send a personal access token.");
    }
    return account;
  }
}
