package broadsheet.cli;

import broadsheet.config.MediaLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --media of `backup` and `restore`: where a site's media files are, or are to go. */
final class MediaPlace {
  @Option(
      names = "--media",
      paramLabel = "DIR|s3://BUCKET/PREFIX",
      defaultValue = "${env:BROADSHEET_MEDIA}",
      description =
          "The site's media files: a folder (default media/ in the data directory) or a"
              + " bucket (endpoint and keys as for serve).")
  String media;

  /** The location --media names, or null after saying on stderr why it names none. */
  MediaLocation location(Path dataDir) {
    try {
      return MediaLocation.parse(media, dataDir);
    } catch (IllegalArgumentException e) {
      System.err.println("broadsheet: " + e.getMessage());
      return null;
    }
  }
}
