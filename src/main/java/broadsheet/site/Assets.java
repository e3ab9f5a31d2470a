package broadsheet.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Static files from the classpath folder static/, read once at start. Each is served under a
 * fingerprinted name (site.3f9a0c1b.css) that never changes meaning, so it can be cached forever;
 * the plain name also works, with a short cache, for links that cannot know the fingerprint.
 */
public final class Assets {
  /** One static file, its bytes and the name that carries its fingerprint. */
  public record Asset(String path, String fingerprinted, String contentType, byte[] bytes) {}

  private final Map<String, Asset> byPlainPath;
  private final Map<String, Asset> byFingerprint;

  private Assets(List<Asset> assets) {
    this.byPlainPath = new HashMap<>();
    this.byFingerprint = new HashMap<>();
    for (Asset a : assets) {
      byPlainPath.put(a.path(), a);
      byFingerprint.put(a.fingerprinted(), a);
    }
  }

  public static Assets load() {
    try {
      URI root = Assets.class.getResource("/static").toURI();
      if (root.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(root, Map.of())) {
          return new Assets(read(jar.provider().getPath(root)));
        }
      }
      return new Assets(read(Path.of(root)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Asset> read(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(
              file -> {
                String path = root.relativize(file).toString().replace('\\', '/');
                try {
                  byte[] bytes = Files.readAllBytes(file);
                  return new Asset(path, fingerprint(path, bytes), contentType(path), bytes);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  /** The URL to link to: fingerprinted, so a changed file is a new URL. */
  public String url(String path) {
    Asset asset = byPlainPath.get(path);
    if (asset == null) {
      throw new IllegalArgumentException("no static file " + path);
    }
    return "/static/" + asset.fingerprinted();
  }

  /** The asset at a request path below /static/, and whether that path was fingerprinted. */
  public Optional<Asset> find(String path) {
    Asset a = byFingerprint.get(path);
    return a != null ? Optional.of(a) : Optional.ofNullable(byPlainPath.get(path));
  }

  public boolean isFingerprinted(String path) {
    return byFingerprint.containsKey(path) && !byPlainPath.containsKey(path);
  }

  private static String fingerprint(String path, byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      String hash = HexFormat.of().formatHex(digest, 0, 5);
      int dot = path.lastIndexOf('.');
      return dot < 0
          ? path + "." + hash
          : path.substring(0, dot) + "." + hash + path.substring(dot);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String contentType(String path) {
    String ext = path.substring(path.lastIndexOf('.') + 1);
    return switch (ext) {
      case "css" -> "text/css; charset=utf-8";
      case "js" -> "text/javascript; charset=utf-8";
      case "png" -> "image/png";
      case "jpg", "jpeg" -> "image/jpeg";
      case "webp" -> "image/webp";
      case "svg" -> "image/svg+xml";
      case "ico" -> "image/x-icon";
      case "woff2" -> "font/woff2";
      case "txt" -> "text/plain; charset=utf-8";
      default -> "application/octet-stream";
    };
  }
}
