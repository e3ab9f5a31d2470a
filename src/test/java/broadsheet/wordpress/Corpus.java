package broadsheet.wordpress;

import broadsheet.Corpora;
import java.nio.file.Path;

/** The shared WordPress exports in ../shared/corpora/wxr (see {@link Corpora} for when absent). */
final class Corpus {
  static final Path FOLDER = Corpora.FOLDER.resolve("wxr");

  private Corpus() {}

  static Path file(String name) {
    return Corpora.file("wxr/" + name);
  }
}
