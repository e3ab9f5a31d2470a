package broadsheet.config;

import java.nio.file.Path;

/**
 * Where media files live, how to reach a bucket, and the address pages link them at:
 * --media-base-url (a CDN or the bucket itself), or null for this server's own /media/.
 */
public record MediaSettings(MediaLocation location, BucketAccess access, String baseUrl) {
  public MediaSettings {
    if (access == null) {
      access = BucketAccess.AWS;
    }
    if (baseUrl != null && baseUrl.isBlank()) {
      baseUrl = null;
    }
    if (baseUrl != null && !baseUrl.matches("(https?://[^/?#\\s]+)?/\\S*")) {
      throw new IllegalArgumentException(
          "--media-base-url " + baseUrl + ": use an address like https://cdn.example/media/");
    }
    if (baseUrl != null && !baseUrl.endsWith("/")) {
      baseUrl = baseUrl + "/";
    }
  }

  /** Today's default: media/ in the data directory, served by this server. */
  public static MediaSettings in(Path dataDir) {
    return new MediaSettings(MediaLocation.in(dataDir), BucketAccess.AWS, null);
  }
}
