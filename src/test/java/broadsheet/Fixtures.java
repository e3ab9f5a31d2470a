package broadsheet;

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
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Content for tests, written through the real repositories. */
public final class Fixtures {
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final Database db;
  private final BodyRenderer renderer = new BodyRenderer();
  private final ArticleWrites articles;
  private final TagRepository tags;

  private Fixtures(Database db) {
    this.db = db;
    this.articles = new ArticleWrites(db);
    this.tags = new TagRepository(db);
  }

  public static Fixtures on(Database db) {
    return new Fixtures(db);
  }

  public Fixtures settings(String name, String tagline) {
    new SettingsRepository(db).save(name, tagline, Locale.UK, ZONE);
    return this;
  }

  public long section(String slug, String name, Long parent) {
    return new SectionRepository(db).insert(slug, name, name + " news and analysis.", 0, parent);
  }

  public long author(String slug, String name) {
    return new AuthorRepository(db).insert(slug, name, name + " writes for the test paper.", null);
  }

  public void page(String slug, String title, String markdown) {
    new PageRepository(db).save(slug, title, markdown, renderer.render(markdown), Instant.now());
  }

  /** A published article with a featured image, written {@code hoursAgo} hours ago. */
  public long article(
      String slug,
      long section,
      String headline,
      String markdown,
      long author,
      List<String> tagNames,
      int hoursAgo) {
    return article(slug, section, headline, markdown, author, tagNames, hoursAgo, Status.PUBLISHED);
  }

  public long article(
      String slug,
      long section,
      String headline,
      String markdown,
      long author,
      List<String> tagNames,
      int hoursAgo,
      Status status) {
    List<Long> tagIds = tagNames.stream().map(tags::ensure).toList();
    Instant published = Instant.now().minus(Duration.ofHours(hoursAgo));
    return articles.insert(
        new ArticleDraft(
            slug,
            section,
            headline,
            "A one-sentence summary of " + headline.toLowerCase(Locale.ROOT) + ".",
            markdown,
            renderer.render(markdown),
            status,
            ZONE,
            status == Status.DRAFT ? null : published,
            null,
            new FeaturedImage(
                "/static/logo.png", "The test paper's logo", "A caption", "Test desk"),
            null,
            null,
            null,
            List.of(author),
            tagIds));
  }

  public void correction(long article, String text) {
    articles.addCorrection(article, Correction.Kind.CORRECTION, text, Instant.now());
  }

  /**
   * A small paper: World (25 articles, so its front has two pages), City with a Harbour child, two
   * authors, a withdrawn article, a draft, a correction, an embed and the static pages.
   */
  public static void smallPaper(Database db) {
    Fixtures f = on(db).settings("The Test Courier", "A paper for tests");
    long world = f.section("world", "World", null);
    long city = f.section("city", "City", null);
    long harbour = f.section("harbour", "Harbour", city);
    long ada = f.author("ada-quill", "Ada Quill");
    long ben = f.author("ben-ink", "Ben Ink");
    for (int i = 1; i <= 25; i++) {
      f.article(
          "world-story-" + i,
          world,
          "World story number " + i,
          "Paragraph one of story " + i + ".\n\nIt was **“a quoted sentence.”** said the minister.",
          i % 2 == 0 ? ada : ben,
          i % 3 == 0 ? List.of("Trade talks") : List.of("Diplomacy"),
          i + 2);
    }
    long tram =
        f.article(
            "tram-line-opens",
            city,
            "Tram line opens to the harbour",
            "The new line runs every six minutes.\n\nhttps://www.youtube.com/watch?v=tram-video\n",
            ada,
            List.of("Trams"),
            1);
    f.correction(tram, "An earlier version gave the wrong frequency.");
    f.article(
        "ferry-timetable",
        harbour,
        "Ferry timetable changes",
        "Ferries leave on the hour.",
        ben,
        List.of("Trams"),
        2);
    f.article(
        "withdrawn-story",
        city,
        "A story that was withdrawn",
        "Withdrawn text.",
        ada,
        List.of(),
        30,
        Status.UNPUBLISHED);
    f.article(
        "secret-draft",
        city,
        "Secret draft",
        "Not for readers.",
        ada,
        List.of("Trams"),
        0,
        Status.DRAFT);
    f.page("about", "About us", "We are a **test** paper.");
    f.page("privacy", "Privacy", "No cookies before you choose.");
    f.page("contact", "Contact", "Write to us.");
  }
}
