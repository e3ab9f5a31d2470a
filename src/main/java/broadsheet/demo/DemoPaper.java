package broadsheet.demo;

import broadsheet.config.ServerConfig;
import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleWrites;
import broadsheet.content.AuthorRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.SettingsRepository;
import broadsheet.content.Status;
import broadsheet.content.TagRepository;
import broadsheet.store.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seeds the fictional Aldermere Gazette from classpath demo/: settings, sections, authors, static
 * pages and articles. Dates are shifted together so the newest article is from today and the paper
 * always looks current.
 */
public final class DemoPaper {
  private DemoPaper() {}

  public static void seed(ServerConfig config) {
    try (Database database = Database.open(config.storeUrl())) {
      seed(database, Instant.now());
    }
  }

  public static void seed(Database database, Instant now) {
    JsonNode paper = readJson("paper.json");
    JsonNode site = paper.get("site");
    ZoneId zone = ZoneId.of(site.get("timeZone").asText());
    new SettingsRepository(database)
        .save(
            site.get("name").asText(),
            site.get("tagline").asText(),
            Locale.forLanguageTag(site.get("locale").asText()),
            zone);

    var sections = new SectionRepository(database);
    Map<String, Long> sectionIds = new HashMap<>();
    int position = 0;
    for (JsonNode s : paper.get("sections")) {
      Long parent = s.has("parent") ? sectionIds.get(s.get("parent").asText()) : null;
      String slug = s.get("slug").asText();
      sectionIds.put(
          slug,
          sections.insert(
              slug, s.get("name").asText(), s.get("description").asText(), position++, parent));
    }
    var authors = new AuthorRepository(database);
    Map<String, Long> authorIds = new HashMap<>();
    for (JsonNode a : paper.get("authors")) {
      String slug = a.get("slug").asText();
      authorIds.put(
          slug, authors.insert(slug, a.get("name").asText(), a.get("bio").asText(), null));
    }
    Map<String, JsonNode> images = new HashMap<>();
    paper.get("images").forEach(i -> images.put(i.get("file").asText(), i));

    var renderer = new BodyRenderer();
    var pages = new PageRepository(database);
    for (String slug : List.of("about", "privacy", "contact")) {
      DemoFile page = DemoFile.parse(readText("pages/" + slug + ".md"));
      pages.save(slug, page.get("title"), page.body(), renderer.render(page.body()), now);
    }

    List<DemoFile> files = new ArrayList<>();
    for (String name : articleFiles()) {
      files.add(DemoFile.parse(readText("articles/" + name)));
    }
    LocalDateTime newest =
        files.stream()
            .map(f -> LocalDateTime.parse(f.get("published")))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    // Shift every date together so that the newest article was published twenty minutes ago.
    Duration shift =
        Duration.between(newest.atZone(zone).toInstant(), now.minus(Duration.ofMinutes(20)));
    var articles = new ArticleWrites(database);
    var tags = new TagRepository(database);
    for (int i = 0; i < files.size(); i++) {
      DemoFile f = files.get(i);
      String slug = articleFiles().get(i).replaceFirst("^[0-9]+-", "").replaceFirst("\\.md$", "");
      Instant published = shifted(f.get("published"), shift, zone);
      Instant updated = f.has("updated") ? shifted(f.get("updated"), shift, zone) : null;
      FeaturedImage image = null;
      if (f.has("image")) {
        JsonNode img = images.get(f.get("image"));
        if (img == null) {
          throw new IllegalStateException(
              "demo article " + slug + " names unknown image " + f.get("image"));
        }
        image =
            new FeaturedImage(
                "/static/demo/" + f.get("image"),
                img.get("alt").asText(),
                f.has("caption") ? f.get("caption") : null,
                img.get("credit").asText());
      }
      List<Long> tagIds =
          database
              .jdbi()
              .withHandle(h -> f.list("tags").stream().map(t -> tags.ensure(h, t)).toList());
      List<Long> byline = f.list("authors").stream().map(a -> require(authorIds, a, slug)).toList();
      long id =
          articles.insert(
              new ArticleDraft(
                  slug,
                  require(sectionIds, f.get("section"), slug),
                  f.get("headline"),
                  f.getOrDefault("standfirst", ""),
                  f.body(),
                  renderer.render(f.body()),
                  Status.PUBLISHED,
                  zone,
                  published,
                  updated,
                  image,
                  null,
                  null,
                  null,
                  byline,
                  tagIds));
      for (String correction : f.all("correction")) {
        int bar = correction.indexOf('|');
        Instant at = shifted(correction.substring(0, bar).strip(), shift, zone);
        articles.addCorrection(
            id, Correction.Kind.CORRECTION, correction.substring(bar + 1).strip(), at);
      }
    }
  }

  private static Instant shifted(String localDateTime, Duration shift, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant().plus(shift);
  }

  private static long require(Map<String, Long> ids, String key, String article) {
    Long id = ids.get(key);
    if (id == null) {
      throw new IllegalStateException("demo article " + article + " names unknown " + key);
    }
    return id;
  }

  static List<String> articleFiles() {
    String index = readText("articles/index.txt");
    return index.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static JsonNode readJson(String name) {
    try {
      return new ObjectMapper().readTree(readText(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readText(String name) {
    try (InputStream in = DemoPaper.class.getResourceAsStream("/demo/" + name)) {
      if (in == null) {
        throw new IllegalStateException("demo content missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
