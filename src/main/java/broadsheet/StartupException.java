package broadsheet;

/** The server cannot start (port taken, data directory unusable); the message is one line. */
public final class StartupException extends RuntimeException {
  public StartupException(String message, Throwable cause) {
    super(message, cause);
  }
}
