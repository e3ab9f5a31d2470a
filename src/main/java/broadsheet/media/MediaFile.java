package broadsheet.media;

import java.io.InputStream;

/** One stored file on its way to a reader: its bytes as a stream (closed by whoever reads it). */
public record MediaFile(String name, long length, InputStream content) {
  public String contentType() {
    return MediaStore.contentType(name);
  }
}
