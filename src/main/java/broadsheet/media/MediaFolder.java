package broadsheet.media;

import broadsheet.config.MediaLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
      // Written aside and moved in whole, so a reader never sees half a file; on the disk before
      // it is moved, and the move too before the upload's record commits, so that after a power
      // failure no record names a file that was lost or left empty.
      Path tmp = Files.createTempFile(folder, "upload", ".tmp");
      try {
        try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          ByteBuffer data = ByteBuffer.wrap(bytes);
          while (data.hasRemaining()) {
            out.write(data);
          }
          out.force(true);
        }
        Files.move(tmp, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        syncDirectory();
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + name + " in " + folder, e);
    }
  }

  /** Makes the folder's entries (a file moved in) durable, where the system allows it. */
  private void syncDirectory() {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException e) {
      // Some systems cannot open a folder as a file; their file systems order this themselves.
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
