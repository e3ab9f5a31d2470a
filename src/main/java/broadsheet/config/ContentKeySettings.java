package broadsheet.config;

/**
 * Whether the Content API asks each request for a content key (created by admins in the newsroom),
 * and how many requests a minute one key may make on one node.
 */
public record ContentKeySettings(boolean required, int perMinute) {
  public static final ContentKeySettings DEFAULT = new ContentKeySettings(false, 600);

  public ContentKeySettings {
    if (perMinute < 1 || perMinute > 1_000_000) {
      throw new InvalidSetting(
          "--api-rate-limit must be a number of requests a minute from 1 to 1000000, not "
              + perMinute);
    }
  }

  /** The settings from --api-keys (required or off) and --api-rate-limit. */
  public static ContentKeySettings parse(String keys, String perMinute) {
    String mode = keys == null ? "off" : keys.strip();
    if (!mode.equals("required") && !mode.equals("off")) {
      throw new InvalidSetting("--api-keys must be required or off, not " + mode);
    }
    String given = perMinute == null ? "" : perMinute.strip();
    try {
      return new ContentKeySettings(mode.equals("required"), Integer.parseInt(given));
    } catch (NumberFormatException e) {
      throw new InvalidSetting(
          "--api-rate-limit must be a whole number of requests a minute, not "
              + (given.isEmpty() ? "nothing" : given));
    }
  }
}
