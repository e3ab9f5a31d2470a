package broadsheet.cli;

import broadsheet.config.InvalidSetting;
import broadsheet.config.MediaLocation;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What `backup` and `restore` share: the backup FILE, and where the whole site is or is to go (its
 * store, and its media files with --media).
 */
final class SitePlace {
  @Parameters(
      paramLabel = "FILE",
      description = "The backup, a zip (`backup` writes it whole, replacing one there).")
  Path file;

  @Mixin StoreOptions store = new StoreOptions();

  @Option(
      names = "--media",
      paramLabel = "DIR|s3://BUCKET/PREFIX",
      defaultValue = "${env:BROADSHEET_MEDIA}",
      description =
          "The site's media files: a folder (default media/ in the data directory) or a"
              + " bucket (endpoint and keys as for serve).")
  String media;

  /** The location --media names; a value that names none is bad usage (exit 2). */
  MediaLocation mediaLocation() {
    try {
      return MediaLocation.parse(media, store.data);
    } catch (IllegalArgumentException e) {
      throw new InvalidSetting(e.getMessage());
    }
  }
}
