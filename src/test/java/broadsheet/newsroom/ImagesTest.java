package broadsheet.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.Fixtures;
import broadsheet.HtmlChecker;
import broadsheet.RunningSite;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Image uploads are judged by their bytes, stored by hash, and served with resized variants. */
class ImagesTest {
  @RegisterExtension static final RunningSite site = RunningSite.with(Fixtures::smallPaper);

  private static byte[] png(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x2e, 0x8b, 0x57));
    g.fillRect(0, 0, width, height / 2);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static HttpResponse<String> upload(
      Staff staff, String filename, String type, byte[] bytes) {
    return Multipart.post(
        site,
        staff,
        "/admin/media",
        java.util.Map.of("_csrf", staff.csrf(), "alt", "A green field"),
        "image",
        filename,
        type,
        bytes);
  }

  @Test
  void aRealImageIsStoredByHashWithVariantsCachedForever() throws IOException {
    Staff author = Staff.signedIn(site, "photographer@test.example", "author");
    HttpResponse<String> response = upload(author, "field.jpg", "image/jpeg", png(1000, 500));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(HtmlChecker.errors(response.body())).isEmpty();
    String url =
        Jsoup.parse(response.body())
            .selectFirst(".notice")
            .text()
            .replaceAll(".*(/media/\\S+?\\.png).*", "$1");
    assertThat(url).matches("/media/[0-9a-f]{64}-800\\.png");
    HttpResponse<byte[]> variant =
        site.sendBytes(HttpRequest.newBuilder(URI.create(site.url(url))).build());
    assertThat(variant.statusCode()).isEqualTo(200);
    assertThat(variant.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
    assertThat(ImageIO.read(new java.io.ByteArrayInputStream(variant.body())).getWidth())
        .isEqualTo(800);
    assertThat(site.get(url.replace("-800", "-400")).statusCode()).isEqualTo(200);
    assertThat(site.get(url.replace("-800", "-1600")).statusCode()).isEqualTo(404);
  }

  @Test
  void svgTextAndBrokenFilesAreRefusedWhateverTheirNameSays() throws IOException {
    Staff author = Staff.signedIn(site, "careful-photographer@test.example", "author");
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    HttpResponse<String> refusedSvg =
        upload(author, "logo.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
    assertThat(refusedSvg.statusCode()).isEqualTo(415);
    assertThat(refusedSvg.body()).contains("SVG is not accepted");
    HttpResponse<String> renamed =
        upload(
            author, "photo.jpg", "image/jpeg", "just some text".getBytes(StandardCharsets.UTF_8));
    assertThat(renamed.statusCode()).isEqualTo(415);
    byte[] truncated = java.util.Arrays.copyOf(png(300, 300), 40);
    HttpResponse<String> broken = upload(author, "broken.png", "image/png", truncated);
    assertThat(broken.statusCode()).isEqualTo(415);
    assertThat(broken.body()).contains("could not be read");
  }

  @Test
  void contributorsCannotUpload() throws IOException {
    Staff contributor = Staff.signedIn(site, "stringer@test.example", "contributor");
    assertThat(upload(contributor, "x.png", "image/png", png(100, 100)).statusCode())
        .isEqualTo(403);
  }
}
