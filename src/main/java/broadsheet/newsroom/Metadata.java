package broadsheet.newsroom;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Takes camera and editing metadata out of an upload's bytes, without decoding or re-encoding its
 * pixels: EXIF (with GPS positions, camera serials, dates), XMP, IPTC and comments. What the
 * picture needs to look right stays: JPEG's JFIF, ICC profile and Adobe colour segments, PNG's
 * colour chunks, GIF's animation blocks. A file whose structure does not parse is refused.
 */
final class Metadata {
  private Metadata() {}

  /** PNG chunks that hold text, dates or EXIF, never pixels or colour. */
  private static final Set<String> PNG_DROPPED = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

  /** The file without its metadata, in the same format. */
  static byte[] strip(byte[] bytes, String format) throws ImageStore.Refused {
    try {
      return switch (format) {
        case "jpg" -> jpeg(bytes);
        case "png" -> png(bytes);
        case "webp" -> webp(bytes);
        case "gif" -> gif(bytes);
        default -> throw new IllegalArgumentException(format);
      };
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new ImageStore.Refused("The image could not be read; the file may be damaged.");
    }
  }

  /**
   * JPEG segments up to the start of the scan: APP1 (EXIF, XMP), APP3 to APP13 (IPTC among them),
   * APP15 and comments are left out; APP0 (JFIF), APP2 (ICC) and APP14 (Adobe) are kept.
   */
  private static byte[] jpeg(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 2);
    int at = 2;
    while (true) {
      if ((b[at] & 0xff) != 0xff) {
        throw new IllegalArgumentException("not a marker");
      }
      int marker = b[at + 1] & 0xff;
      if (marker == 0xff) {
        at++; // fill byte
        continue;
      }
      if (marker == 0xda || marker == 0xd9) {
        out.write(b, at, b.length - at); // the scan and everything after it, as it is
        return out.toByteArray();
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        out.write(b, at, 2);
        at += 2;
        continue;
      }
      int length = ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
      if (length < 2 || at + 2 + length > b.length) {
        throw new IllegalArgumentException("segment past the end");
      }
      boolean dropped =
          marker == 0xe1 || (marker >= 0xe3 && marker <= 0xed) || marker == 0xef || marker == 0xfe;
      if (!dropped) {
        out.write(b, at, 2 + length);
      }
      at += 2 + length;
    }
  }

  private static byte[] png(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 8);
    int at = 8;
    while (at < b.length) {
      int length = ByteBuffer.wrap(b, at, 4).getInt();
      if (length < 0 || at + 12L + length > b.length) {
        throw new IllegalArgumentException("chunk past the end");
      }
      String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
      if (!PNG_DROPPED.contains(type)) {
        out.write(b, at, 12 + length);
      }
      at += 12 + length;
      if (type.equals("IEND")) {
        break;
      }
    }
    return out.toByteArray();
  }

  /** WebP's EXIF and XMP chunks, and their flags in the VP8X header. */
  private static byte[] webp(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    out.write(b, 0, 12);
    int end = (int) Math.min(b.length, 8L + Integer.toUnsignedLong(le(b, 4)));
    int at = 12;
    while (at + 8 <= end) {
      String type = new String(b, at, 4, StandardCharsets.ISO_8859_1);
      long size = Integer.toUnsignedLong(le(b, at + 4));
      long whole = 8 + size + (size & 1);
      if (at + 8 + size > end) {
        throw new IllegalArgumentException("chunk past the end");
      }
      int length = (int) Math.min(whole, end - at);
      if (type.equals("VP8X")) {
        byte[] header = java.util.Arrays.copyOfRange(b, at, at + length);
        header[8] &= (byte) ~0x0c; // the EXIF (0x08) and XMP (0x04) flags
        out.write(header, 0, header.length);
      } else if (!type.equals("EXIF") && !type.equals("XMP ")) {
        out.write(b, at, length);
      }
      at += length;
    }
    byte[] stripped = out.toByteArray();
    ByteBuffer.wrap(stripped, 4, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(stripped.length - 8);
    return stripped;
  }

  /** GIF comment blocks and XMP application blocks; animation (NETSCAPE) blocks stay. */
  private static byte[] gif(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
    int at = 13;
    if ((b[10] & 0x80) != 0) {
      at += 3 * (1 << ((b[10] & 0x07) + 1));
    }
    out.write(b, 0, at);
    while (true) {
      int block = b[at] & 0xff;
      if (block == 0x3b) {
        out.write(0x3b);
        return out.toByteArray();
      }
      int start = at;
      boolean dropped = false;
      if (block == 0x2c) {
        int flags = b[at + 9] & 0xff;
        at += 10;
        if ((flags & 0x80) != 0) {
          at += 3 * (1 << ((flags & 0x07) + 1));
        }
        at++; // LZW minimum code size
      } else if (block == 0x21) {
        int label = b[at + 1] & 0xff;
        dropped =
            label == 0xfe
                || (label == 0xff
                    && new String(b, at + 3, 8, StandardCharsets.ISO_8859_1).equals("XMP Data"));
        at += 2;
      } else {
        throw new IllegalArgumentException("unknown block");
      }
      while (b[at] != 0) {
        at += 1 + (b[at] & 0xff);
      }
      at++;
      if (at > b.length) {
        throw new IllegalArgumentException("block past the end");
      }
      if (!dropped) {
        out.write(b, start, at - start);
      }
    }
  }

  private static int le(byte[] b, int at) {
    return ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
  }
}
