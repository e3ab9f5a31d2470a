package broadsheet.content;

import java.time.ZoneId;
import java.util.Locale;

/** What the paper calls itself and where it lives; kept in the store, edited by admins. */
public record SiteSettings(
    String name, String tagline, String baseUrl, Locale locale, ZoneId timeZone) {

  public static SiteSettings defaults(String baseUrl) {
    return new SiteSettings(
        "Broadsheet", "", baseUrl, Locale.forLanguageTag("en-GB"), ZoneId.of("UTC"));
  }

  public String language() {
    return locale.toLanguageTag();
  }

  /** An absolute URL for a site path, as canonical links and feeds need. */
  public String absolute(String path) {
    return baseUrl + path;
  }
}
