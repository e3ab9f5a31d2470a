package broadsheet.newsroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the import screen runs on an uploaded export: the WordPress import, which implements this
 * and is connected by App. The newsroom declares it because the import depends on the newsroom (it
 * makes accounts for imported writers), never the other way round.
 */
@FunctionalInterface
public interface SiteImport {
  Outcome run(Path export) throws IOException;

  /** The same import, adding one to {@code done} for each run that was not refused. */
  default SiteImport counting(LongAdder done) {
    return export -> {
      Outcome outcome = run(export);
      if (outcome.refusal() == null) {
        done.increment();
      }
      return outcome;
    };
  }

  /**
   * What an import did.
   *
   * @param refusal why nothing was imported (a file that cannot be read), or null when it ran
   * @param report what was imported, for the admin to read; null when refused
   */
  record Outcome(String refusal, boolean changedAnything, String report) {
    public static Outcome refused(String why) {
      return new Outcome(why, false, null);
    }

    public static Outcome done(boolean changedAnything, String report) {
      return new Outcome(null, changedAnything, report);
    }
  }
}
