package broadsheet.backup;

/** Why a backup cannot be taken or restored, as one line for the person who asked. */
public final class BackupException extends RuntimeException {
  BackupException(String message) {
    super(message);
  }

  BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
