package broadsheet.newsroom;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeLog;
import broadsheet.media.MediaFile;
import broadsheet.media.MediaStore;
import broadsheet.store.Database;
import broadsheet.store.Instants;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Uploaded images in the media store (a folder or a bucket), named by the SHA-256 of their bytes as
 * stored: without camera metadata. A file is accepted by what its bytes are (the magic number, the
 * size its header declares, then a decode), never by its name or declared type; SVG, which can
 * carry script, is refused. Resized variants are made once, at upload, for srcset.
 */
final class ImageStore {
  static final int[] WIDTHS = {400, 800, 1600};
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final long MAX_PIXELS = 40_000_000L;

  private final MediaStore media;
  private final Jdbi jdbi;
  private final ChangeLog changes;
  private final Clock clock;

  public ImageStore(MediaStore media, Database database, ChangeLog changes, Clock clock) {
    this.media = media;
    this.jdbi = database.jdbi();
    this.changes = changes;
    this.clock = clock;
  }

  /** Why an upload is refused, as a message for the person who sent it. */
  public static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  public UploadedImage store(byte[] upload, String alt, long accountId) throws Refused {
    if (upload.length == 0) {
      throw new Refused("The file is empty.");
    }
    if (upload.length > MAX_BYTES) {
      throw new Refused("The file is larger than 10 MB.");
    }
    String format = sniff(upload);
    // What is stored and served is the file without its camera metadata (GPS above all).
    byte[] bytes = Metadata.strip(upload, format);
    Decoded image = decode(bytes);
    String hash = sha256(bytes);
    // Files first, the record last: a record never names a file that is not there.
    String original = hash + "." + format;
    if (!media.has(original)) {
      media.put(original, bytes);
    }
    for (int width : WIDTHS) {
      if (width <= image.width()) {
        String variant = hash + "-" + width + "." + variantExtension(format);
        if (!media.has(variant)) {
          media.put(variant, scaled(image, width, variantExtension(format)));
        }
      }
    }
    UploadedImage uploaded =
        new UploadedImage(
            hash, format, image.width(), image.height(), bytes.length, clock.instant(), alt);
    recordInStore(uploaded, accountId);
    return uploaded;
  }

  /**
   * The one write of an upload to the store, in one transaction: the images row, once per hash (an
   * image uploaded again keeps its first record), and its change in the feed (images are named by
   * their hash, so the change names none; no page shows an upload until an article links it).
   */
  private void recordInStore(UploadedImage uploaded, long accountId) {
    jdbi.useTransaction(
        h -> {
          int exists =
              h.createQuery("SELECT COUNT(*) FROM images WHERE hash = :hash")
                  .bind("hash", uploaded.hash())
                  .mapTo(Integer.class)
                  .one();
          if (exists == 0) {
            h.createUpdate(
                    "INSERT INTO images (hash, format, width, height, bytes, uploaded_by,"
                        + " uploaded_at, alt) VALUES (:hash, :format, :width, :height, :bytes,"
                        + " :by, :at, :alt)")
                .bind("hash", uploaded.hash())
                .bind("format", uploaded.format())
                .bind("width", uploaded.width())
                .bind("height", uploaded.height())
                .bind("bytes", uploaded.bytes())
                .bind("by", accountId)
                .bind("at", Instants.format(uploaded.uploadedAt()))
                .bind("alt", uploaded.alt())
                .execute();
            changes.append(h, Change.Kind.MEDIA, 0, uploaded.uploadedAt());
          }
        });
  }

  public List<UploadedImage> recent(int limit) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT hash, format, width, height, bytes, uploaded_at, alt FROM images"
                        + " ORDER BY uploaded_at DESC, hash LIMIT :limit")
                .bind("limit", limit)
                .map(ImageStore::image)
                .list());
  }

  /** Every uploaded image, oldest first. */
  public List<UploadedImage> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT hash, format, width, height, bytes, uploaded_at, alt FROM images"
                        + " ORDER BY uploaded_at, hash")
                .map(ImageStore::image)
                .list());
  }

  private static UploadedImage image(ResultSet rs, StatementContext context) throws SQLException {
    return new UploadedImage(
        rs.getString("hash"),
        rs.getString("format"),
        rs.getInt("width"),
        rs.getInt("height"),
        rs.getLong("bytes"),
        Instants.parse(rs.getString("uploaded_at")),
        rs.getString("alt"));
  }

  /** The stored file for a public name like "{hash}-800.jpg", if there is one. */
  public Optional<MediaFile> file(String name) {
    return isMediaName(name) ? media.open(name) : Optional.empty();
  }

  /** The names uploads are stored under: an original, or a variant of a given width. */
  public static boolean isMediaName(String name) {
    return name.matches("[0-9a-f]{64}(-[0-9]{3,4})?\\.(jpg|png|gif|webp)");
  }

  static String variantExtension(String format) {
    return format.equals("png") || format.equals("gif") ? "png" : "jpg";
  }

  /** The format by magic number; anything else (SVG, HTML, a renamed file) is refused. */
  static String sniff(byte[] b) throws Refused {
    if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
      return "jpg";
    }
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "png";
    }
    if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
      return "gif";
    }
    if (b.length > 12
        && b[0] == 'R'
        && b[1] == 'I'
        && b[2] == 'F'
        && b[3] == 'F'
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return "webp";
    }
    throw new Refused(
        "Upload a JPEG, PNG, WebP or GIF image. This file is not one of those (SVG is not"
            + " accepted because it can carry script).");
  }

  /**
   * An image as read for its variants: its size from its header, its pixels at no more than twice
   * the widest variant (every step-th pixel of a larger image).
   */
  record Decoded(int width, int height, BufferedImage pixels) {}

  /**
   * Reads the size from the header first and refuses an image past the pixel limit without decoding
   * it (a small file may declare any size); then decodes it, subsampled, so a decode holds at most
   * the limit's pixels and usually far fewer.
   */
  static Decoded decode(byte[] bytes) throws Refused {
    ImageReader reader = null;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw unreadable();
      }
      reader = readers.next();
      reader.setInput(in, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      if (width < 1 || height < 1) {
        throw unreadable();
      }
      if ((long) width * height > MAX_PIXELS) {
        throw new Refused(
            String.format(
                "The image is too large: it is %d × %d pixels, over the limit of 40 megapixels."
                    + " Nothing was saved.",
                width, height));
      }
      ImageReadParam param = reader.getDefaultReadParam();
      int step = Math.max(1, width / (2 * WIDTHS[WIDTHS.length - 1]));
      param.setSourceSubsampling(step, step, 0, 0);
      BufferedImage pixels = reader.read(0, param);
      if (pixels == null || pixels.getWidth() < 1 || pixels.getHeight() < 1) {
        throw unreadable();
      }
      return new Decoded(width, height, pixels);
    } catch (IOException | RuntimeException e) {
      throw unreadable();
    } finally {
      if (reader != null) {
        reader.dispose();
      }
    }
  }

  private static Refused unreadable() {
    return new Refused("The image could not be read; the file may be damaged.");
  }

  /** The image scaled to {@code width}, encoded as {@code extension} (png or jpg). */
  private static byte[] scaled(Decoded image, int width, String extension) {
    int height = Math.max(1, (int) Math.round((double) image.height() * width / image.width()));
    boolean png = extension.equals("png");
    BufferedImage scaled =
        new BufferedImage(
            width, height, png ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = scaled.createGraphics();
    g.setRenderingHint(
        RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    if (!png) {
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, width, height);
    }
    g.drawImage(image.pixels(), 0, 0, width, height, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Encoded through memory: by default ImageIO buffers in a file of the system's temporary
    // folder, which a process killed meanwhile leaves there for good.
    try (ImageOutputStream buffered = new MemoryCacheImageOutputStream(out)) {
      ImageIO.write(scaled, extension, buffered);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a " + width + " px variant", e);
    }
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
