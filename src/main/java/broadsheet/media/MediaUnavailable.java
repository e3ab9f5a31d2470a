package broadsheet.media;

/** The media store cannot be reached just now (a bucket's service is down or too slow). */
public final class MediaUnavailable extends RuntimeException {
  MediaUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
