package broadsheet.newsroom;

import broadsheet.changes.ChangeLog;
import broadsheet.media.MediaFile;
import broadsheet.media.MediaStore;
import broadsheet.store.Database;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copies a site's media files, as its store lists them (each upload's original and variants), from
 * one media store to another: `broadsheet media copy`. A file already in the target is left as it
 * is (a name never changes meaning), so a copy run again carries on where the last one stopped.
 */
public final class MediaCopy {
  /** What a copy did: files written, files the target already held, and files the source lacks. */
  public record Result(int copied, int present, List<String> missing) {}

  private MediaCopy() {}

  /** Copies every listed file missing from {@code to}, telling {@code copied} each one's name. */
  public static Result run(
      Database database, MediaStore from, MediaStore to, Consumer<String> copied) {
    int written = 0;
    int present = 0;
    List<String> missing = new ArrayList<>();
    for (UploadedImage image :
        new ImageStore(
                from,
                database,
                new ChangeLog(database, ChangeLog.originOf("media-copy")),
                Clock.systemUTC())
            .all()) {
      for (String name : image.files()) {
        if (to.has(name)) {
          present++;
          continue;
        }
        var file = from.open(name);
        if (file.isEmpty()) {
          missing.add(name);
          continue;
        }
        to.put(name, bytes(file.get()));
        copied.accept(name);
        written++;
      }
    }
    return new Result(written, present, List.copyOf(missing));
  }

  /** Every file the store lists, each upload's original and variants (what a backup holds). */
  public static List<String> listed(Database database) {
    List<String> names = new ArrayList<>();
    ChangeLog changes = new ChangeLog(database, ChangeLog.originOf("backup"));
    for (UploadedImage image : new ImageStore(null, database, changes, Clock.systemUTC()).all()) {
      names.addAll(image.files());
    }
    return names;
  }

  private static byte[] bytes(MediaFile file) {
    try (InputStream in = file.content()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file.name(), e);
    }
  }
}
