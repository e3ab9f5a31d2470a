package broadsheet.media;

import broadsheet.config.MediaLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Media files in a folder of this node's disk (the default: media/ in the data directory). */
final class MediaFolder implements MediaStore {
  private final Path folder;

  MediaFolder(MediaLocation location) {
    this.folder = location.folder();
  }

  @Override
  public boolean has(String name) {
    return Files.isRegularFile(folder.resolve(name));
  }

  @Override
  public void put(String name, byte[] bytes) {
    try {
      Files.createDirectories(folder);
      // Written aside and moved in whole, so a reader never sees half a file.
      Path tmp = Files.createTempFile(folder, "upload", ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " in " + folder, e);
    }
  }

  @Override
  public Optional<MediaFile> open(String name) {
    Path file = folder.resolve(name);
    try {
      return Optional.of(new MediaFile(name, Files.size(file), Files.newInputStream(file)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  @Override
  public String describe() {
    return folder.toString();
  }
}
