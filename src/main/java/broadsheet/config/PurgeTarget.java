package broadsheet.config;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a node sends the surrogate keys of what its page cache dropped ({@code --purge-url}):
 * Varnish's xkey purge at a plain URL, or a CDN's own API behind a {@code json:} prefix, whose
 * signed POSTs need the secret from {@code BROADSHEET_PURGE_SECRET}.
 *
 * @param json whether to POST signed JSON instead of sending Varnish a PURGE
 * @param secret the HMAC key for JSON posts, null for Varnish
 */
public record PurgeTarget(URI url, boolean json, String secret) {
  public static final String JSON_PREFIX = "json:";

  /** Reads {@code --purge-url}; null or blank means no purging. */
  public static PurgeTarget parse(String value, String secret) {
    if (value == null || value.isBlank()) {
      return null;
    }
    boolean json = value.startsWith(JSON_PREFIX);
    String address = json ? value.substring(JSON_PREFIX.length()) : value;
    URI url;
    try {
      url = new URI(address);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--purge-url is not a URL: " + address);
    }
    if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
        || url.getHost() == null) {
      throw new IllegalArgumentException(
          "--purge-url must be an http or https URL, optionally after json:, not " + address);
    }
    if (json && (secret == null || secret.isBlank())) {
      throw new IllegalArgumentException(
          "a json: purge URL needs BROADSHEET_PURGE_SECRET, the key its posts are signed with");
    }
    return new PurgeTarget(url, json, json ? secret : null);
  }

  /** The target as a person may read it: the secret left out. */
  @Override
  public String toString() {
    return (json ? JSON_PREFIX : "") + url;
  }
}
