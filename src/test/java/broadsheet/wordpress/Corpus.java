package broadsheet.wordpress;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared WordPress exports in ../shared/corpora/wxr; tests skip where a clone has none. */
final class Corpus {
  static final Path FOLDER = Path.of("..", "shared", "corpora", "wxr").toAbsolutePath().normalize();

  private Corpus() {}

  static Path file(String name) {
    assumeTrue(
        Files.isDirectory(FOLDER),
        "../shared/corpora/wxr is absent (a user's own clone has none): skipping");
    Path file = FOLDER.resolve(name);
    assumeTrue(Files.isRegularFile(file), file + " is absent: skipping");
    return file;
  }
}
