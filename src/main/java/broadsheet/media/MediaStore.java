package broadsheet.media;

import broadsheet.config.BucketAccess;
import broadsheet.config.MediaLocation;
import java.util.Optional;

/**
 * Where media files live: a folder on this node's disk, or a bucket every node reaches. Files are
 * named by the hash of what they hold, so a file once written never changes: writers put a name
 * only when it is missing, and readers may cache it for ever. A store that cannot be reached throws
 * {@link MediaUnavailable}.
 */
public interface MediaStore extends AutoCloseable {
  /** The store at this location: a folder, or a bucket reached with {@code access}. */
  static MediaStore open(MediaLocation location, BucketAccess access) {
    return location.isBucket() ? MediaBucket.open(location, access) : new MediaFolder(location);
  }

  /** True when a file of this name is stored. */
  boolean has(String name);

  /** Stores a file under this name, replacing nothing a reader may already hold. */
  void put(String name, byte[] bytes);

  /** The file of this name, to be streamed and closed, or empty when there is none. */
  Optional<MediaFile> open(String name);

  /** Where the store is, for messages: a folder or s3://BUCKET/PREFIX. */
  String describe();

  /**
   * Checked once at start: a bucket that does not exist or refuses these keys is an
   * IllegalStateException saying so; a service that cannot be reached is left to each request.
   */
  default void check() {}

  @Override
  default void close() {}

  /** The Content-Type of a media file, by its extension (the upload checked its bytes). */
  static String contentType(String name) {
    return name.endsWith(".png")
        ? "image/png"
        : name.endsWith(".gif")
            ? "image/gif"
            : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
  }
}
