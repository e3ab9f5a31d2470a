package broadsheet.backup;

import broadsheet.media.MediaStore;
import broadsheet.store.Database;
import broadsheet.store.StoreCopy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * `broadsheet restore`: a backup {@link SiteBackup} wrote, checked whole against its manifest
 * before anything is written, then put into an empty store: the media files first (a file the
 * target has is left as it is), then the store in one transaction with {@link StoreCopy}, which
 * commits only when every table reads back as copied.
 */
public final class SiteRestore implements AutoCloseable {
  /** What a restore wrote. */
  public record Summary(long rows, int tables, int files) {}

  private final ZipFile zip;
  private final BackupManifest manifest;
  private final Path work;

  private SiteRestore(ZipFile zip, BackupManifest manifest, Path work) {
    this.zip = zip;
    this.manifest = manifest;
    this.work = work;
  }

  /** The backup in {@code file}, every entry checked; a BackupException says what is wrong. */
  public static SiteRestore open(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new BackupException("no backup at " + file);
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw new BackupException(
          file + " is not a Broadsheet backup, or is damaged or cut short (" + e.getMessage() + ")",
          e);
    }
    Path work = null;
    try {
      BackupManifest manifest = manifest(zip, file);
      work = Files.createTempDirectory("broadsheet-restore");
      check(zip, manifest, file, work);
      return new SiteRestore(zip, manifest, work);
    } catch (IOException | RuntimeException e) {
      zip.close();
      if (work != null) {
        SiteBackup.delete(work);
      }
      if (e instanceof BackupException) {
        throw e;
      }
      throw new BackupException(file + " is damaged (" + e.getMessage() + ")", e);
    }
  }

  /** When and from where the backup was taken, and what it holds. */
  public String describe() {
    return "taken "
        + manifest.created()
        + " from "
        + manifest.source()
        + ": "
        + manifest.rows()
        + " rows in "
        + manifest.tables().size()
        + " tables, "
        + manifest.media().size()
        + " media files";
  }

  /**
   * Restores into {@code target} (named {@code targetName} in messages) and {@code media}, refusing
   * a store that holds content.
   */
  public Summary into(Database target, String targetName, MediaStore media)
      throws IOException, SQLException {
    Map<String, Long> content = StoreCopy.content(target);
    if (!content.isEmpty()) {
      List<String> tables = new ArrayList<>();
      content.forEach((table, rows) -> tables.add(table + ": " + rows));
      throw new BackupException(
          "the target, "
              + targetName
              + ", already holds content ("
              + String.join(", ", tables)
              + "): restore only into an empty store; nothing was written");
    }
    for (String name : manifest.media().keySet()) {
      if (!media.has(name)) {
        try (InputStream in =
            zip.getInputStream(zip.getEntry(BackupManifest.MEDIA_PREFIX + name))) {
          media.put(name, in.readAllBytes());
        }
      }
    }
    StoreCopy.Report report;
    try (Database backup = Database.open("sqlite:" + work.resolve(BackupManifest.STORE_ENTRY))) {
      report = new StoreCopy(backup, target).run(false, done -> {});
    }
    return new Summary(report.rows(), report.tables().size(), manifest.media().size());
  }

  @Override
  public void close() throws IOException {
    try {
      zip.close();
    } finally {
      SiteBackup.delete(work);
    }
  }

  private static BackupManifest manifest(ZipFile zip, Path file) throws IOException {
    ZipEntry entry = zip.getEntry(BackupManifest.ENTRY);
    if (entry == null) {
      throw new BackupException(file + " is not a Broadsheet backup: it holds no manifest");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return BackupManifest.read(in);
    } catch (BackupException e) {
      throw new BackupException(file + " cannot be restored: " + e.getMessage(), e);
    }
  }

  /** Every entry is one the manifest lists and holds what it says; the store lands in work. */
  private static void check(ZipFile zip, BackupManifest manifest, Path file, Path work)
      throws IOException {
    for (ZipEntry entry : zip.stream().toList()) {
      String name = entry.getName();
      boolean listed =
          name.equals(BackupManifest.ENTRY)
              || name.equals(BackupManifest.STORE_ENTRY)
              || (name.startsWith(BackupManifest.MEDIA_PREFIX)
                  && manifest
                      .media()
                      .containsKey(name.substring(BackupManifest.MEDIA_PREFIX.length())));
      if (!listed) {
        throw new BackupException(
            file + " is damaged: it holds " + name + ", which its manifest does not list");
      }
    }
    Path store = work.resolve(BackupManifest.STORE_ENTRY);
    try (OutputStream out = Files.newOutputStream(store)) {
      verify(zip, BackupManifest.STORE_ENTRY, manifest.store(), out, file);
    }
    for (var media : manifest.media().entrySet()) {
      verify(
          zip,
          BackupManifest.MEDIA_PREFIX + media.getKey(),
          media.getValue(),
          OutputStream.nullOutputStream(),
          file);
    }
  }

  private static void verify(ZipFile zip, String name, String sha256, OutputStream out, Path file)
      throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new BackupException(
          file + " is damaged: it lacks " + name + ", which its manifest lists");
    }
    try (DigestInputStream in =
        new DigestInputStream(zip.getInputStream(entry), SiteBackup.sha256())) {
      in.transferTo(out);
      if (!HexFormat.of().formatHex(in.getMessageDigest().digest()).equals(sha256)) {
        throw new BackupException(
            file + " is damaged: " + name + " does not hold what its manifest says");
      }
    }
  }
}
