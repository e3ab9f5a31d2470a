package broadsheet.hostile;

import broadsheet.RunningSite;
import broadsheet.newsroom.Newsroom;
import broadsheet.newsroom.Staff;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;

/**
 * A signed-in member of staff whose forms are written byte by byte ({@link Wire}), so that what the
 * corpus holds reaches the server exactly: raw bytes, half surrogates and all.
 */
final class Desk {
  private final RunningSite site;
  private final String session;
  private final String cookie;
  private final String csrf;

  Desk(RunningSite site, Staff staff) {
    this.site = site;
    this.session = staff.cookie(Newsroom.STAFF_COOKIE);
    this.cookie = Newsroom.STAFF_COOKIE + "=" + session;
    String page = get("/admin/articles").body();
    this.csrf = Jsoup.parse(page).selectFirst("input[name=_csrf]").val();
  }

  /** The session cookie's value, for a browser to sign in with. */
  String session() {
    return session;
  }

  HttpResponse<String> get(String path) {
    return site.get(path, "Cookie", cookie);
  }

  /** A url-encoded form post with this session's token. */
  HttpResponse<String> post(String path, List<Wire.Field> fields) {
    List<Wire.Field> all = new ArrayList<>(fields);
    all.add(Wire.Field.of("_csrf", csrf));
    return site.send(
        HttpRequest.newBuilder(URI.create(site.url(path)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofByteArray(Wire.urlEncoded(all)))
            .build());
  }

  /** A multipart form post with one file and this session's token. */
  HttpResponse<String> upload(
      String path, List<Wire.Field> fields, String fileField, String type, byte[] file) {
    List<Wire.Field> all = new ArrayList<>(fields);
    all.add(0, Wire.Field.of("_csrf", csrf));
    String boundary = "----hostile" + UUID.randomUUID();
    return site.send(
        HttpRequest.newBuilder(URI.create(site.url(path)))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Cookie", cookie)
            .POST(
                HttpRequest.BodyPublishers.ofByteArray(
                    Wire.multipart(boundary, all, fileField, type, file)))
            .build());
  }
}
