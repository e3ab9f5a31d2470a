package broadsheet.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder in a node's data directory where uploads wait while they are received and handled: the
 * parts of a multipart body that Jetty keeps on disk, and the copy of a WordPress export while it
 * is imported. A process killed meanwhile leaves those files behind, and in the system's temporary
 * folder nothing ever removed them (an export's size twice over for each crash during an import);
 * here they go at the node's next start. The data directory is the node's own, so no other process
 * has an upload in it.
 */
public final class Incoming {
  private Incoming() {}

  /** Creates the folder, or empties it of what an earlier process left there; returns it. */
  public static Path emptied(Path folder) {
    try {
      Files.createDirectories(folder);
      try (Stream<Path> left = Files.walk(folder)) {
        for (Path p : left.sorted(Comparator.reverseOrder()).toList()) {
          if (!p.equals(folder)) {
            Files.delete(p);
          }
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot empty " + folder + " of earlier uploads", e);
    }
  }
}
