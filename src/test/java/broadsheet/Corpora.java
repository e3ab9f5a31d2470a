package broadsheet;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared corpora in ../shared/corpora (real WordPress exports and the like). A user's own clone
 * has none, and a test that needs one is skipped there; CI (CI=true) always has them, so a missing
 * file there fails the test instead of skipping it unnoticed.
 */
public final class Corpora {
  public static final Path FOLDER = Path.of("..", "shared", "corpora").toAbsolutePath().normalize();

  private Corpora() {}

  /** A corpus file by its path under ../shared/corpora, e.g. "wxr/SOURCES.md". */
  public static Path file(String relative) {
    Path file = FOLDER.resolve(relative);
    if (!Files.isRegularFile(file)) {
      String absent = file + " is absent (a user's own clone has no ../shared/corpora)";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(absent + "; in CI every corpus test must run");
      }
      Assumptions.abort(absent + ": skipping");
    }
    return file;
  }
}
