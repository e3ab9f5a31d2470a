package broadsheet.backup;

import broadsheet.config.StoreAddress;
import broadsheet.media.MediaFile;
import broadsheet.media.MediaStore;
import broadsheet.newsroom.MediaCopy;
import broadsheet.store.Database;
import broadsheet.store.StoreCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * `broadsheet backup`: the whole site in one zip, taken while the server runs. The store is copied
 * with {@link StoreCopy} (which reads the source in one snapshot) into a SQLite database, the same
 * format whichever store the site uses; the media files that copy lists follow it (a file, once
 * stored, never changes), then the manifest. The zip is written aside and moved in whole.
 */
public final class SiteBackup {
  /** What a backup holds; {@code missing} are files the store lists but the media store lacks. */
  public record Summary(long rows, int tables, int files, List<String> missing) {}

  private SiteBackup() {}

  /** Writes the site in {@code source} and {@code media} to {@code file}, replacing it whole. */
  public static Summary write(Database source, String sourceUrl, MediaStore media, Path file)
      throws IOException {
    Path work = Files.createTempDirectory("broadsheet-backup");
    Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".partial");
    try {
      Path snapshot = work.resolve(BackupManifest.STORE_ENTRY);
      StoreCopy.Report report;
      List<String> names = new ArrayList<>();
      try (Database copy = Database.open("sqlite:" + snapshot)) {
        report = new StoreCopy(source, copy).run(false, done -> {});
        names.addAll(MediaCopy.listed(copy));
        // Everything into the database file itself, so the file alone is the store.
        copy.jdbi().useHandle(h -> h.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
      }
      Map<String, String> hashes = new TreeMap<>();
      List<String> missing = new ArrayList<>();
      String store;
      try (OutputStream out = Files.newOutputStream(partial);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        try (InputStream in = Files.newInputStream(snapshot)) {
          store = add(zip, BackupManifest.STORE_ENTRY, in);
        }
        for (String name : names.stream().distinct().sorted().toList()) {
          Optional<MediaFile> found = media.open(name);
          if (found.isEmpty()) {
            missing.add(name);
            continue;
          }
          try (InputStream in = found.get().content()) {
            hashes.put(name, add(zip, BackupManifest.MEDIA_PREFIX + name, in));
          }
        }
        BackupManifest manifest =
            new BackupManifest(
                BackupManifest.FORMAT,
                Instant.now().toString(),
                StoreAddress.describe(sourceUrl),
                store,
                report.tables(),
                hashes);
        zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
        zip.write(manifest.bytes());
        zip.closeEntry();
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      return new Summary(report.rows(), report.tables().size(), hashes.size(), missing);
    } finally {
      Files.deleteIfExists(partial);
      delete(work);
    }
  }

  /** Adds an entry and returns the SHA-256 of what it holds. */
  private static String add(ZipOutputStream zip, String name, InputStream in) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    DigestInputStream digest = new DigestInputStream(in, sha256());
    digest.transferTo(zip);
    zip.closeEntry();
    return HexFormat.of().formatHex(digest.getMessageDigest().digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  /** Deletes a folder of this backup's own scratch files. */
  static void delete(Path folder) {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
