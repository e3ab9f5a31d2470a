package broadsheet.web;

/**
 * A reader's cookie choice, kept in one first-party cookie for six months. Before a choice there is
 * no cookie at all; essential cookies need none. Every non-essential category starts refused.
 */
public record Consent(boolean chosen, boolean analytics, boolean marketing, boolean embeds) {
  public static final String COOKIE = "consent";
  public static final int MAX_AGE_SECONDS = 183 * 24 * 60 * 60;
  public static final Consent NONE = new Consent(false, false, false, false);

  public static Consent all() {
    return new Consent(true, true, true, true);
  }

  public static Consent rejected() {
    return new Consent(true, false, false, false);
  }

  /** The cookie's value, e.g. "v1-a0-m0-e1". */
  public String cookieValue() {
    return "v1-a" + bit(analytics) + "-m" + bit(marketing) + "-e" + bit(embeds);
  }

  /** Reads a cookie value; anything not written by us counts as no choice. */
  public static Consent parse(String value) {
    if (value == null || !value.matches("v1-a[01]-m[01]-e[01]")) {
      return NONE;
    }
    return new Consent(
        true, value.charAt(4) == '1', value.charAt(7) == '1', value.charAt(10) == '1');
  }

  private static int bit(boolean b) {
    return b ? 1 : 0;
  }
}
