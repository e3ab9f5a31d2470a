package broadsheet.wordpress;

/** A WordPress export that cannot be read or imported; the message is one line for the user. */
public final class WxrException extends RuntimeException {
  public WxrException(String message) {
    super(message);
  }

  public WxrException(String message, Throwable cause) {
    super(message, cause);
  }
}
