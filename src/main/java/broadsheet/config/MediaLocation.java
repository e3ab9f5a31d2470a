package broadsheet.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where uploaded images live, from --media (or BROADSHEET_MEDIA): a folder (by default media/ in
 * the data directory) or a bucket on an S3-compatible service, {@code s3://BUCKET/PREFIX}, whose
 * objects are named PREFIX/FILE.
 */
public record MediaLocation(Path folder, String bucket, String prefix) {
  // S3's rules for a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens.
  private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/-]*");

  /** The default: media/ in the data directory. */
  public static MediaLocation in(Path dataDir) {
    return folder(dataDir.resolve("media"));
  }

  public static MediaLocation folder(Path folder) {
    return new MediaLocation(folder, null, null);
  }

  /** A bucket and a key prefix (without slashes at either end; empty for the bucket's root). */
  public static MediaLocation bucket(String bucket, String prefix) {
    return new MediaLocation(null, bucket, prefix);
  }

  /**
   * The location a person wrote: blank for the default, s3://BUCKET/PREFIX, or a folder that is one
   * or does not exist yet. Anything else is an IllegalArgumentException whose message says so.
   */
  public static MediaLocation parse(String value, Path dataDir) {
    if (value == null || value.isBlank()) {
      return in(dataDir);
    }
    if (value.startsWith("s3://")) {
      String rest = value.substring("s3://".length());
      int slash = rest.indexOf('/');
      String bucket = slash < 0 ? rest : rest.substring(0, slash);
      String prefix = slash < 0 ? "" : rest.substring(slash + 1).replaceAll("^/+|/+$", "");
      if (!BUCKET.matcher(bucket).matches() || bucket.contains("..")) {
        throw new IllegalArgumentException(
            "--media "
                + value
                + ": \""
                + bucket
                + "\" is not a bucket name (3 to 63 lower-case"
                + " letters, digits, dots or hyphens); use s3://BUCKET/PREFIX");
      }
      if (!PREFIX.matcher(prefix).matches() || prefix.contains("//")) {
        throw new IllegalArgumentException(
            "--media " + value + ": the prefix may hold letters, digits and . _ - / only");
      }
      return bucket(bucket, prefix);
    }
    if (value.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      throw new IllegalArgumentException(
          "--media " + value + ": use a folder or s3://BUCKET/PREFIX");
    }
    Path folder = Path.of(value);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new IllegalArgumentException("--media " + value + " is not a folder");
    }
    return folder(folder);
  }

  public boolean isBucket() {
    return bucket != null;
  }

  /** The object key of a file in the bucket. */
  public String key(String name) {
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  @Override
  public String toString() {
    return isBucket()
        ? "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix)
        : folder.toString();
  }
}
