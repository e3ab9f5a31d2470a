package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import broadsheet.Fixtures;
import broadsheet.RunningSite;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Images are inspected before they are decoded: a declared size past the limit is refused unread,
 * camera metadata never reaches the public copy, and every offered address answers.
 */
class ImageInspectionTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static final Pattern OFFERED = Pattern.compile("(/media/[0-9a-f]{64}(-\\d+)?\\.\\w+)");

  /** A valid PNG of a few dozen bytes whose header declares {@code side} × {@code side} pixels. */
  private static byte[] declaringPng(int side) {
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side);
    ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[64]);
    deflater.finish();
    byte[] idat = new byte[64];
    idat = java.util.Arrays.copyOf(idat, deflater.deflate(idat));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A JPEG from a phone: an EXIF segment with a GPS position right after its start. */
  private static byte[] jpegWithGps(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x44, 0x66, 0xaa));
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", plain);
    byte[] jpeg = plain.toByteArray();
    ByteBuffer tiff = ByteBuffer.allocate(44);
    tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
    tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
    tiff.putInt(0);
    tiff.putShort((short) 1).putShort((short) 1).putShort((short) 2).putInt(2);
    tiff.put("N\0\0\0".getBytes(StandardCharsets.US_ASCII)).putInt(0);
    byte[] exif = new byte[6 + tiff.position()];
    System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
    System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2);
    out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xe1});
    out.writeBytes(ByteBuffer.allocate(2).putShort((short) (exif.length + 2)).array());
    out.writeBytes(exif);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private static String upload(Staff staff, String filename, String type, byte[] bytes) {
    HttpResponse<String> response =
        Multipart.post(
            site,
            staff,
            "/admin/media",
            Map.of("_csrf", staff.csrf(), "alt", "A picture"),
            "image",
            filename,
            type,
            bytes);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    Matcher m = OFFERED.matcher(response.body());
    assertThat(m.find()).as(response.body()).isTrue();
    return m.group(1);
  }

  private static HttpResponse<byte[]> fetch(String path) {
    return site.sendBytes(HttpRequest.newBuilder(URI.create(site.url(path))).build());
  }

  private static boolean holds(byte[] haystack, String needle) {
    return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
  }

  @Test
  void aTinyFileDeclaringAHugeImageIsRefusedWithoutDecoding() {
    byte[] bomb = declaringPng(100_000);
    assertThat(bomb.length).isLessThan(100);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    long began = System.nanoTime();
    assertThatThrownBy(() -> ImageStore.decode(bomb))
        .isInstanceOf(ImageStore.Refused.class)
        .hasMessageContaining("100000 × 100000")
        .hasMessageContaining("40 megapixels");
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(allocated).isLessThan(8L * 1024 * 1024);
    assertThat(System.nanoTime() - began).isLessThan(2_000_000_000L);

    Staff author = Staff.signedIn(site, "bomber@test.example", "author");
    HttpResponse<String> refused =
        Multipart.post(
            site,
            author,
            "/admin/media",
            Map.of("_csrf", author.csrf(), "alt", "Huge"),
            "image",
            "huge.png",
            "image/png",
            bomb);
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.body()).contains("too large").contains("40 megapixels");
  }

  @Test
  void noCameraMetadataReachesThePublicCopies() throws IOException {
    byte[] photo = jpegWithGps(1000, 600);
    assertThat(holds(photo, "Exif")).isTrue();
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo))).isNotNull();
    Staff author = Staff.signedIn(site, "traveller@test.example", "author");
    String offered = upload(author, "holiday.jpg", "image/jpeg", photo);
    assertThat(offered).endsWith("-800.jpg");
    String original = offered.replace("-800", "");
    for (String path : new String[] {original, offered, offered.replace("-800", "-400")}) {
      HttpResponse<byte[]> served = fetch(path);
      assertThat(served.statusCode()).as(path).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type")).as(path).hasValue("image/jpeg");
      assertThat(holds(served.body(), "Exif")).as(path).isFalse();
      assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.body()))).isNotNull();
    }
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(fetch(original).body())).getWidth())
        .isEqualTo(1000);
  }

  @Test
  void anImageNarrowerThanEveryVariantIsOfferedAtAWorkingAddress() throws IOException {
    Staff author = Staff.signedIn(site, "miniaturist@test.example", "author");
    String photo = upload(author, "small.jpg", "image/jpeg", jpegWithGps(300, 200));
    HttpResponse<byte[]> served = fetch(photo);
    assertThat(served.statusCode()).as(photo).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(holds(served.body(), "Exif")).isFalse();
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth())
        .isEqualTo(300);

    BufferedImage icon = new BufferedImage(120, 90, BufferedImage.TYPE_INT_ARGB);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(icon, "png", png);
    String small = upload(author, "icon.png", "image/png", png.toByteArray());
    assertThat(fetch(small).statusCode()).isEqualTo(200);
    assertThat(fetch(small).headers().firstValue("Content-Type")).hasValue("image/png");
    // The newsroom's own list shows each image from an address that answers.
    HttpResponse<String> list = author.get("/admin/media");
    for (var img : org.jsoup.Jsoup.parse(list.body()).select("img[src^=/media/]")) {
      assertThat(fetch(img.attr("src")).statusCode()).as(img.attr("src")).isEqualTo(200);
    }
  }

  /** A 1 × 1 lossless WebP. */
  private static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

  private static byte[] riffChunk(String type, byte[] data) {
    ByteBuffer chunk =
        ByteBuffer.allocate(8 + data.length + (data.length & 1))
            .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    chunk.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return chunk.array();
  }

  @Test
  void metadataIsStrippedFromEveryFormatWithoutHarmingThePicture() throws Exception {
    // PNG: text and EXIF chunks after the header go, the pixels stay.
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 4, 0x123456);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    ImageIO.write(image, "png", plain);
    byte[] png = plain.toByteArray();
    ByteArrayOutputStream tagged = new ByteArrayOutputStream();
    tagged.write(png, 0, 33);
    chunk(tagged, "tEXt", "Comment\0shot at home".getBytes(StandardCharsets.ISO_8859_1));
    chunk(tagged, "eXIf", "MM\0*GPS".getBytes(StandardCharsets.ISO_8859_1));
    tagged.write(png, 33, png.length - 33);
    byte[] strippedPng = Metadata.strip(tagged.toByteArray(), "png");
    assertThat(strippedPng).isEqualTo(png);

    // GIF: a comment block goes, the image stays.
    ByteArrayOutputStream gif = new ByteArrayOutputStream();
    ImageIO.write(image, "gif", gif);
    byte[] plainGif = gif.toByteArray();
    assertThat(Metadata.strip(plainGif, "gif")).isEqualTo(plainGif);

    // WebP: the EXIF chunk and its flag go.
    byte[] simple = java.util.Base64.getDecoder().decode(WEBP_1X1);
    byte[] vp8l = java.util.Arrays.copyOfRange(simple, 12, simple.length);
    byte[] vp8x = new byte[10];
    vp8x[0] = 0x08;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("WEBP".getBytes(StandardCharsets.US_ASCII));
    body.writeBytes(riffChunk("VP8X", vp8x));
    body.writeBytes(vp8l);
    body.writeBytes(riffChunk("EXIF", "MM\0*GPS position".getBytes(StandardCharsets.ISO_8859_1)));
    byte[] webp = riffChunk("RIFF", body.toByteArray());
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(webp)).getWidth()).isEqualTo(1);
    byte[] strippedWebp = Metadata.strip(webp, "webp");
    assertThat(holds(strippedWebp, "EXIF")).isFalse();
    assertThat(strippedWebp[20] & 0x08).isZero();
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(strippedWebp)).getWidth())
        .isEqualTo(1);
    assertThat(ImageStore.decode(strippedWebp).width()).isEqualTo(1);
  }
}
