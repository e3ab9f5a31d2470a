package broadsheet.cli;

import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import broadsheet.config.MediaSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a server keeps media files and where its pages link them. */
final class MediaOptions {
  @Option(
      names = "--media",
      paramLabel = "DIR|s3://BUCKET/PREFIX",
      defaultValue = "${env:BROADSHEET_MEDIA}",
      description =
          "Where uploaded images live: a folder (default media/ in the data directory) or a bucket"
              + " on an S3-compatible service (endpoint in BROADSHEET_S3_ENDPOINT, region and keys"
              + " in AWS_REGION, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).")
  String media;

  @Option(
      names = "--media-base-url",
      paramLabel = "URL",
      defaultValue = "${env:BROADSHEET_MEDIA_BASE_URL}",
      description = "Link media at this address (a CDN or the bucket) instead of /media/.")
  String baseUrl;

  /** The settings these options name; a value that names nothing is an IllegalArgumentException. */
  MediaSettings settings(Path dataDir) {
    return new MediaSettings(
        MediaLocation.parse(media, dataDir), BucketAccess.fromEnvironment(), baseUrl);
  }
}
