package broadsheet.config;

/**
 * How many searches a minute one client (an address, as {@code --trusted-proxy} resolves it) may
 * make on one node, on the search page and the Content API's search together: generous for readers,
 * so that one client cannot take the node's whole search capacity.
 */
public record SearchRateLimit(int perMinute) {
  public static final SearchRateLimit DEFAULT = new SearchRateLimit(300);

  public SearchRateLimit {
    if (perMinute < 1 || perMinute > 10_000_000) {
      throw new InvalidSetting(
          "--search-rate-limit must be a number of searches a minute from 1 to 10000000, not "
              + perMinute);
    }
  }

  /** The setting from --search-rate-limit. */
  public static SearchRateLimit parse(String perMinute) {
    String given = perMinute == null ? "" : perMinute.strip();
    try {
      return new SearchRateLimit(Integer.parseInt(given));
    } catch (NumberFormatException e) {
      throw new InvalidSetting(
          "--search-rate-limit must be a whole number of searches a minute, not "
              + (given.isEmpty() ? "nothing" : given));
    }
  }
}
