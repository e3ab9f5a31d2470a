package broadsheet.store;

/** The store cannot be opened or used; the message is fit for one line on stderr. */
public final class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
