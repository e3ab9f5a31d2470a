package broadsheet;

import broadsheet.config.ServerConfig;
import broadsheet.media.MediaStore;
import broadsheet.media.MediaUnavailable;
import broadsheet.web.LogLines;
import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start checks and opens before anything is wired: the ports are free, the data directory is
 * writable, the media store answers and the access log can be written. Each failure is one {@link
 * StartupException} with the line the operator reads.
 */
final class Startup {
  private static final Logger LOG = LoggerFactory.getLogger(Startup.class);

  private Startup() {}

  /**
   * The media store, checked once: a bucket that is missing or refuses the keys stops the start;
   * one that cannot be reached now is only logged (media answer 503 until it is back).
   */
  static MediaStore openMedia(ServerConfig config) {
    MediaStore media;
    try {
      media = MediaStore.open(config.media().location(), config.media().access());
    } catch (IllegalArgumentException e) {
      throw new StartupException(e.getMessage(), e);
    }
    try {
      media.check();
    } catch (MediaUnavailable e) {
      LOG.warn("media store not reachable at start: {}", e.getMessage());
    } catch (IllegalStateException e) {
      media.close();
      throw new StartupException(e.getMessage(), e);
    }
    return media;
  }

  /** The access log's output, or null without one; one that cannot be opened stops the start. */
  static LogLines openAccessLog(ServerConfig config) {
    String target = config.observability().accessLog();
    if (target == null) {
      return null;
    }
    try {
      return LogLines.open(target);
    } catch (IOException e) {
      throw new StartupException("cannot open the access log " + target + ": " + e.getMessage(), e);
    }
  }

  static int checkPortFree(int port, String option) {
    try (ServerSocket socket = new ServerSocket(port)) {
      socket.setReuseAddress(true);
      return port;
    } catch (BindException e) {
      throw new StartupException(
          "port " + port + " is already in use; pick another with " + option, e);
    } catch (IOException e) {
      throw new StartupException("cannot listen on port " + port + ": " + e.getMessage(), e);
    }
  }

  static void checkDataDir(ServerConfig config) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new StartupException(
          "cannot create the data directory " + config.dataDir() + ": " + e.getMessage(), e);
    }
    if (!Files.isWritable(config.dataDir())) {
      throw new StartupException(
          "the data directory " + config.dataDir() + " is not writable", null);
    }
  }
}
