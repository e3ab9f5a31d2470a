package broadsheet.store;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The newsroom at work on one node, in a loop until the node stops answering: writing stories,
 * editing them (tags, byline, featured image, pinned related articles), publishing and withdrawing
 * them, uploading images and importing WordPress exports, each through the newsroom's own forms.
 * What the node acknowledged goes into {@link Acknowledged}; the write it was sent when the
 * connection failed is left there as pending, committed or not.
 */
final class NewsroomLoop {
  private static final Pattern CREATED = Pattern.compile("^/admin/articles/([0-9]+)");
  private static final Pattern UPLOADED = Pattern.compile("/media/([0-9a-f]{64})(-[0-9]+)?\\.png");
  private static final List<String> TAGS = List.of("Tides", "Ferries", "Harbour walls", "Trams");
  static final int POSTS_PER_IMPORT = 3;

  private final NewsroomClient client;
  private final Acknowledged model;
  private final Random random;
  private final List<Long> authors;
  private final List<Long> sections;
  private volatile String failure;

  NewsroomLoop(
      NewsroomClient client,
      Acknowledged model,
      Random random,
      List<Long> authors,
      List<Long> sections) {
    this.client = client;
    this.model = model;
    this.random = random;
    this.authors = authors;
    this.sections = sections;
  }

  /** Why the loop stopped other than by a failed connection (an answer it did not expect). */
  String failure() {
    return failure;
  }

  /** Writes until a request fails to get an answer; then returns, leaving the write pending. */
  void run() {
    try {
      while (true) {
        int roll = random.nextInt(100);
        if (model.stories().isEmpty() || roll < 20) {
          create();
        } else if (roll < 55) {
          edit(model.anyStory(random));
        } else if (roll < 75) {
          move(model.anyStory(random));
        } else if (roll < 90) {
          upload();
        } else {
          importExport();
        }
      }
    } catch (IOException e) {
      // The node is gone: the pending write stays for the checks after the restart.
    } catch (RuntimeException | AssertionError e) {
      failure = e.toString();
    }
  }

  private void create() throws IOException {
    String headline = "Crash story " + model.serial() + " " + Long.toHexString(random.nextLong());
    Acknowledged.Version version = version(headline, List.of());
    model.pending(Acknowledged.Pending.create(version));
    HttpResponse<String> created = client.post("/admin/articles", form(version));
    expect(created, 303);
    Matcher id = CREATED.matcher(created.headers().firstValue("Location").orElse(""));
    if (!id.find()) {
      throw new IllegalStateException("no article address after a create");
    }
    model.created(Long.parseLong(id.group(1)), version);
  }

  private void edit(Acknowledged.Story story) throws IOException {
    List<String> pins = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      String pin = "world-story-" + (1 + random.nextInt(25));
      if (!pins.contains(pin)) {
        pins.add(pin);
      }
    }
    String headline = story.version().headline().replaceAll(" \\(rev [0-9]+\\)$", "");
    Acknowledged.Version version =
        version(headline + " (rev " + (story.revisions() + 1) + ")", pins);
    model.pending(Acknowledged.Pending.edit(story.id(), version));
    expect(client.post("/admin/articles/" + story.id(), form(version)), 303);
    model.edited(story.id(), version);
  }

  private void move(Acknowledged.Story story) throws IOException {
    String to =
        story.status().equals("published")
            ? (random.nextInt(3) == 0 ? "unpublished" : null)
            : "published";
    if (to == null) {
      edit(story);
      return;
    }
    model.pending(Acknowledged.Pending.move(story.id(), to));
    expect(
        client.post("/admin/articles/" + story.id() + "/status", List.of(Map.entry("to", to))),
        303);
    model.moved(story.id(), to);
  }

  private void upload() throws IOException {
    // Wide enough for the 400 px variant, sometimes the 800 px one; random pixels, so a new hash.
    BufferedImage image =
        new BufferedImage(401 + random.nextInt(500), 24, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < image.getWidth(); x += 8) {
      image.setRGB(x, random.nextInt(24), random.nextInt(1 << 24));
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(image, "png", png);
    model.pending(Acknowledged.Pending.upload());
    HttpResponse<String> uploaded =
        client.upload(
            "/admin/media",
            Map.of("alt", "A strip of noise " + model.serial()),
            "image",
            "noise.png",
            png.toByteArray());
    expect(uploaded, 201);
    Matcher hash = UPLOADED.matcher(uploaded.body());
    if (!hash.find()) {
      throw new IllegalStateException("no image address after an upload");
    }
    model.uploaded(hash.group(1));
  }

  private void importExport() throws IOException {
    int serial = model.serial();
    String marker = "Imported dispatch " + serial;
    model.pending(Acknowledged.Pending.importing(marker));
    HttpResponse<String> imported =
        client.upload(
            "/admin/import",
            Map.of(),
            "wxr",
            "export.xml",
            export(marker, serial).getBytes(StandardCharsets.UTF_8));
    expect(imported, 200);
    model.imported(marker);
  }

  private Acknowledged.Version version(String headline, List<String> pins) {
    List<String> tags = new ArrayList<>();
    for (String tag : TAGS) {
      if (random.nextBoolean()) {
        tags.add(tag);
      }
    }
    List<Long> byline = new ArrayList<>(List.of(authors.get(random.nextInt(authors.size()))));
    if (random.nextBoolean()) {
      authors.stream().filter(a -> !byline.contains(a)).findFirst().ifPresent(byline::add);
    }
    List<String> images = model.images();
    String image =
        images.isEmpty() || random.nextBoolean()
            ? ""
            : "/media/" + images.get(random.nextInt(images.size())) + ".png";
    return new Acknowledged.Version(
        headline,
        "What happened at " + headline + ".",
        "First paragraph of " + headline + ".\n\nA second, *emphasised* " + random.nextInt(1000),
        sections.get(random.nextInt(sections.size())),
        tags.stream().sorted().toList(),
        byline,
        image,
        image.isEmpty() ? "" : "Noise for " + headline,
        pins);
  }

  private static List<Map.Entry<String, String>> form(Acknowledged.Version v) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("headline", v.headline());
    fields.put("standfirst", v.standfirst());
    fields.put("body", v.body());
    fields.put("section", String.valueOf(v.section()));
    fields.put("tags", String.join(", ", v.tags()));
    fields.put("image_url", v.imageUrl());
    fields.put("image_alt", v.imageAlt());
    fields.put("pinned", String.join(", ", v.pinned().stream().map(s -> "/world/" + s).toList()));
    List<Map.Entry<String, String>> form = new ArrayList<>(fields.entrySet());
    v.authors().forEach(a -> form.add(Map.entry("authors", String.valueOf(a))));
    return form;
  }

  private static void expect(HttpResponse<String> response, int status) {
    // A redirect anywhere but back to the article (the sign-in form) is no acknowledgement.
    String location = response.headers().firstValue("Location").orElse("/admin/articles/");
    if (response.statusCode() != status || !location.startsWith("/admin/articles/")) {
      throw new IllegalStateException(
          response.request().uri().getPath()
              + " answered "
              + response.statusCode()
              + " instead of "
              + status
              + (status == 303 ? " to the article, at " + location : "")
              + ": "
              + response.body().substring(0, Math.min(2000, response.body().length())));
    }
  }

  /** A WordPress export of a few published posts, each headline starting with the marker. */
  static String export(String marker, int serial) {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= POSTS_PER_IMPORT; i++) {
      int id = serial * 10 + i;
      items.append(
          """
          <item><title>%s, part %d</title><wp:post_id>%d</wp:post_id>
          <wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
          <wp:post_name>dispatch-%d</wp:post_name>
          <wp:post_date>2026-11-02 18:30:00</wp:post_date>
          <wp:post_date_gmt>2026-11-02 17:30:00</wp:post_date_gmt>
          <category domain="category" nicename="harbour"><![CDATA[Harbour]]></category>
          <category domain="post_tag" nicename="tides"><![CDATA[Tides]]></category>
          <content:encoded><![CDATA[Dispatch %d from the harbour wall: the tide came in.]]>\
          </content:encoded></item>
          """
              .formatted(marker, i, id, id, id));
    }
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"
          xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Harbour Times</title><link>https://harbour-times.example</link>
        <wp:wxr_version>1.2</wp:wxr_version>
        %s</channel></rss>
        """
        .formatted(items);
  }
}
