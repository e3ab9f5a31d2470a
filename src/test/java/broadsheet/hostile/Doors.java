package broadsheet.hostile;

import broadsheet.RunningSite;
import broadsheet.hostile.Vectors.Vector;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Every door text comes in by: the newsroom's forms field by field (taken fields through {@link
 * Packer}, fields that take only ids, slugs or addresses swept with every vector), the sign-in
 * form, the desk's and the reader's search, and a WordPress import.
 */
final class Doors {
  /** Vectors a post carries per field, where the field takes them. */
  private static final int PER_POST = 16;

  private static final Pattern MEDIA = Pattern.compile("(/media/[A-Za-z0-9._-]+)");

  private final RunningSite site;
  private final Desk desk;
  private final List<Vector> vectors;
  private final Checks checks;
  private final Tally tally;
  private final List<Long> articles = new ArrayList<>();
  private String image;

  Doors(RunningSite site, Desk desk, List<Vector> vectors, Checks checks, Tally tally) {
    this.site = site;
    this.desk = desk;
    this.vectors = vectors;
    this.checks = checks;
    this.tally = tally;
  }

  void all() {
    images();
    sections();
    accounts();
    articles();
    corrections();
    tags();
    pages();
    sweeps();
    wordpress();
  }

  private Packer packer(String form, String... fields) {
    return new Packer(form, List.of(fields), vectors, PER_POST, checks, tally);
  }

  /**
   * Alt text of uploads (the newsroom's image list shows it); the first gives articles a picture.
   */
  private void images() {
    int[] n = {0};
    packer("media", "alt")
        .run(
            post -> {
              byte[] png = png(n[0]++);
              HttpResponse<String> r =
                  desk.upload(
                      "/admin/media",
                      List.of(Corpus.field("alt", post.of("alt"), "A picture")),
                      "image",
                      "image/png",
                      png);
              Matcher m = MEDIA.matcher(r.body());
              if (image == null && r.statusCode() == 201 && m.find()) {
                image = m.group(1);
              }
              return r;
            });
  }

  private void sections() {
    packer("section", "name", "description")
        .run(
            post ->
                desk.post(
                    "/admin/sections",
                    List.of(
                        Wire.Field.of("slug", "corpus-section-" + post.number()),
                        Corpus.field("name", post.of("name"), "Corpus " + post.number()),
                        Corpus.field("description", post.of("description"), ""),
                        Wire.Field.of("parent", ""))));
  }

  /** Accounts' names are the bylines of their articles. */
  private void accounts() {
    packer("account", "name")
        .run(
            post ->
                desk.post(
                    "/admin/accounts",
                    List.of(
                        Wire.Field.of("email", "corpus-" + post.number() + "@test.example"),
                        Corpus.field("name", post.of("name"), "Writer " + post.number()),
                        Wire.Field.of("role", "author"))));
  }

  private void articles() {
    Document editor = Jsoup.parse(desk.get("/admin/articles/new").body());
    List<String> sections = editor.select("select[name=section] option[value]").eachAttr("value");
    sections.removeIf(String::isEmpty);
    List<String> authors = editor.select("input[name=authors]").eachAttr("value");
    packer(
            "article",
            "headline",
            "standfirst",
            "body",
            "tags",
            "image_alt",
            "image_caption",
            "image_credit",
            "seo_title",
            "seo_description")
        .run(
            post -> {
              int n = post.number();
              List<Wire.Field> fields = new ArrayList<>();
              fields.add(Corpus.field("headline", post.of("headline"), "Corpus article " + n));
              fields.add(Corpus.field("standfirst", post.of("standfirst"), ""));
              fields.add(Corpus.field("body", post.of("body"), "A corpus body."));
              fields.add(Corpus.field("tags", post.of("tags"), ""));
              fields.add(Wire.Field.of("section", sections.get(n % sections.size())));
              fields.add(Wire.Field.of("authors", authors.get(n % authors.size())));
              fields.add(Wire.Field.of("image_url", image));
              fields.add(Corpus.field("image_alt", post.of("image_alt"), "A picture"));
              fields.add(Corpus.field("image_caption", post.of("image_caption"), ""));
              fields.add(Corpus.field("image_credit", post.of("image_credit"), ""));
              fields.add(Corpus.field("seo_title", post.of("seo_title"), ""));
              fields.add(Corpus.field("seo_description", post.of("seo_description"), ""));
              List<Wire.Field> preview = new ArrayList<>(fields);
              preview.add(Wire.Field.of("action", "preview"));
              checks.answer("article preview " + n, desk.post("/admin/articles", preview));
              HttpResponse<String> r = desk.post("/admin/articles", fields);
              if (r.statusCode() == 303) {
                String at = r.headers().firstValue("Location").orElseThrow();
                long id = Long.parseLong(at.replaceAll("^/admin/articles/([0-9]+).*$", "$1"));
                articles.add(id);
                HttpResponse<String> published =
                    desk.post(
                        "/admin/articles/" + id + "/status",
                        List.of(Wire.Field.of("to", "published")));
                if (published.statusCode() != 303) {
                  publishDespiteChecks(id, published);
                }
              }
              return r;
            });
  }

  /**
   * Hostile text often is what the editorial checks stop (a picture without alt text, markup that
   * shows): the newsroom must refuse it with a 400 naming the blocking rule, and the article is
   * then published through the desk without those checks, so the public pages still meet the
   * vectors.
   */
  private void publishDespiteChecks(long id, HttpResponse<String> refused) {
    checks.answer("refusing to publish article " + id, refused);
    String reasons = Jsoup.parse(refused.body()).select(".form-error li").text();
    boolean blockedByCheck =
        refused.statusCode() == 400
            && broadsheet.checks.EditorialChecks.rules().stream()
                .filter(broadsheet.checks.EditorialChecks::isBlocking)
                .anyMatch(rule -> reasons.contains("(" + rule + ")"));
    if (!blockedByCheck) {
      checks.fail("publishing article " + id, refused.body());
      return;
    }
    var db = site.app().database();
    var article = new broadsheet.content.ArticleRepository(db).findById(id).orElseThrow();
    var feed =
        new broadsheet.changes.ChangeFeed(
            db, new broadsheet.changes.ChangeLog(db, "hostile-test"), site.clock());
    var missing =
        broadsheet.newsroom.Desk.forTools(db, feed, site.clock())
            .move(
                broadsheet.newsroom.SystemAccount.of(db),
                article,
                broadsheet.content.Status.PUBLISHED,
                null);
    if (!missing.isEmpty()) {
      checks.fail("publishing article " + id + " through the desk", missing.toString());
    }
  }

  private void corrections() {
    packer("correction", "text")
        .run(
            post ->
                desk.post(
                    "/admin/articles/"
                        + articles.get(post.number() % articles.size())
                        + "/corrections",
                    List.of(
                        Wire.Field.of("kind", post.number() % 2 == 0 ? "correction" : "update"),
                        Corpus.field("text", post.of("text"), "A correction."))));
  }

  /** Tags renamed, each post the next of the tags the articles made. */
  private void tags() {
    List<String> forms =
        Jsoup.parse(desk.get("/admin/tags").body())
            .select("form[action^=/admin/tags/]")
            .eachAttr("action");
    packer("tag", "name")
        .run(
            post ->
                desk.post(
                    forms.get(post.number() % forms.size()),
                    List.of(Corpus.field("name", post.of("name"), "Tag " + post.number()))));
  }

  private void pages() {
    // The pages the footer links to, so that the walk finds every link it follows answered.
    for (String slug : List.of("about", "privacy", "contact")) {
      desk.post(
          "/admin/pages",
          List.of(
              Wire.Field.of("slug", slug),
              Wire.Field.of("title", "The " + slug + " page"),
              Wire.Field.of("body", "A page."),
              Wire.Field.of("new", "1"),
              Wire.Field.of("published", "1")));
    }
    packer("page", "title", "body")
        .run(
            post ->
                desk.post(
                    "/admin/pages",
                    List.of(
                        Wire.Field.of("slug", "corpus-page-" + post.number()),
                        Corpus.field("title", post.of("title"), "Corpus page " + post.number()),
                        Corpus.field("body", post.of("body"), "A page."),
                        Wire.Field.of("new", "1"),
                        Wire.Field.of("published", "1"))));
  }

  /**
   * Fields that take only an id, a slug, an address or a date: every vector goes through each, and
   * the answer (a refusal, mostly) must be as sound as any page.
   */
  private void sweeps() {
    long article = articles.get(0);
    // A refusal takes nothing with it here, so the special vectors need not go alone.
    for (List<Vector> chunk : Corpus.chunks(vectors, PER_POST, false)) {
      sweep(
          "article",
          "/admin/articles",
          chunk,
          List.of("slug", "section", "image_url", "canonical_url", "pinned", "authors"),
          Wire.Field.of("headline", "Swept"),
          Wire.Field.of("body", "Swept."));
      sweep("status", "/admin/articles/" + article + "/status", chunk, List.of("to"));
      sweep(
          "schedule",
          "/admin/articles/" + article + "/status",
          chunk,
          List.of("publish_at"),
          Wire.Field.of("to", "scheduled"));
      sweep("restore", "/admin/articles/" + article + "/restore", chunk, List.of("revision"));
      sweep(
          "section",
          "/admin/sections",
          chunk,
          List.of("slug", "parent"),
          Wire.Field.of("name", "Swept"));
      sweep("page", "/admin/pages", chunk, List.of("slug"), Wire.Field.of("title", "Swept"));
      sweep(
          "account",
          "/admin/accounts",
          chunk,
          List.of("email", "role"),
          Wire.Field.of("name", "Swept"));
      signIn(chunk);
      query("desk search", "/admin/articles?q=", chunk, true);
      query("desk filter", "/admin/articles?status=", chunk, true);
    }
    // The reader's search takes each vector alone: a query's syntax is its own.
    for (Vector v : vectors) {
      query("search", "/search?q=", List.of(v), false);
    }
    for (List<Vector> chunk : Corpus.chunks(vectors, PER_POST, false)) {
      query("search page", "/search?q=corpus&page=", chunk, false);
    }
  }

  private void sweep(
      String form, String path, List<Vector> chunk, List<String> fields, Wire.Field... others) {
    List<Wire.Field> all = new ArrayList<>(List.of(others));
    fields.forEach(f -> all.add(Corpus.field(f, chunk, "")));
    HttpResponse<String> r = desk.post(path, all);
    checks.answer(form + " sweep " + numbers(chunk), r);
    for (String f : fields) {
      chunk.forEach(v -> record(r, v, form + "." + f));
    }
  }

  private void signIn(List<Vector> chunk) {
    HttpResponse<String> form = site.get("/admin/login");
    String cookie = form.headers().firstValue("Set-Cookie").orElse("").split(";", 2)[0];
    String token = Jsoup.parse(form.body()).selectFirst("input[name=_login]").val();
    List<Wire.Field> fields =
        List.of(
            Wire.Field.of("_login", token),
            Corpus.field("email", chunk, ""),
            Corpus.field("password", chunk, ""),
            Corpus.field("next", chunk, ""));
    HttpResponse<String> r =
        site.send(
            HttpRequest.newBuilder(URI.create(site.url("/admin/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofByteArray(Wire.urlEncoded(fields)))
                .build());
    checks.answer("sign-in sweep " + numbers(chunk), r);
    for (String f : List.of("email", "password", "next")) {
      chunk.forEach(v -> record(r, v, "sign-in." + f));
    }
  }

  private void query(String what, String prefix, List<Vector> chunk, boolean staff) {
    // An address holds no raw bytes: everything is %-encoded, invalid UTF-8 too.
    byte[] value =
        Wire.urlEncoded(List.of(new Wire.Field("q", Corpus.field("q", chunk, "").value(), false)));
    String path = prefix + new String(value, StandardCharsets.US_ASCII).substring(2);
    HttpResponse<String> r = staff ? desk.get(path) : site.get(path);
    checks.answer(what + " " + numbers(chunk), r);
    chunk.forEach(v -> record(r, v, what));
  }

  private void record(HttpResponse<String> r, Vector v, String field) {
    if (r.statusCode() < 400) {
      tally.taken(v, field);
    } else {
      tally.refused(v, field);
    }
  }

  /** An import of every vector XML can hold; each it cannot is an export of its own, refused. */
  private void wordpress() {
    List<Vector> fit = vectors.stream().filter(CorpusWxr::fits).toList();
    List<List<Vector>> groups = Corpus.chunks(fit, PER_POST);
    HttpResponse<String> imported = importWxr(CorpusWxr.of(groups));
    checks.answer("WordPress import", imported);
    if (imported.statusCode() != 200) {
      checks.fail("WordPress import", "answered " + imported.statusCode() + ": " + imported.body());
    }
    for (Vector v : vectors) {
      boolean fits = fit.contains(v);
      // Bytes that are not UTF-8 may be refused or read as U+FFFD; what XML cannot hold is
      // refused; either way the answer is sound and the pages walked later show the result.
      HttpResponse<String> r = fits ? imported : importWxr(CorpusWxr.unfit(v));
      if (!fits) {
        checks.answer("WordPress import of " + v, r);
      }
      CorpusWxr.FIELDS.forEach(f -> record(r, v, "wordpress." + f));
    }
  }

  private HttpResponse<String> importWxr(byte[] file) {
    return desk.upload("/admin/import", List.of(), "wxr", "text/xml", file);
  }

  private static String numbers(List<Vector> chunk) {
    return chunk.stream().map(v -> "#" + v.number()).toList().toString();
  }

  /** A small PNG, a different colour each time, so every upload is an image of its own. */
  private static byte[] png(int n) {
    BufferedImage img = new BufferedImage(480, 270, BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    g.setColor(new Color(n * 37 % 256, n * 91 % 256, 120));
    g.fillRect(0, 0, 480, 270);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
