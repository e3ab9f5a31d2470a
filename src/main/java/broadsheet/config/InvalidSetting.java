package broadsheet.config;

/**
 * A setting given a value it cannot take (from a flag or BROADSHEET_*): bad usage, which the
 * command line reports in one line with exit code 2.
 */
public final class InvalidSetting extends IllegalArgumentException {
  public InvalidSetting(String message) {
    super(message);
  }
}
