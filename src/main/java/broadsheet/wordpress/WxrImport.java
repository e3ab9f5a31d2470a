package broadsheet.wordpress;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeLog;
import broadsheet.checks.SiteView;
import broadsheet.checks.SiteViews;
import broadsheet.content.ArticleRepository;
import broadsheet.content.ArticleWrites;
import broadsheet.content.AuthorRepository;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.SettingsRepository;
import broadsheet.content.TagRepository;
import broadsheet.newsroom.AccountRepository;
import broadsheet.search.RelatedArticles;
import broadsheet.store.Database;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * {@code import-wxr}: a WordPress export into the store, all or nothing. The file is read twice,
 * streaming both times: first to check it is readable to the end and to learn its attachments
 * (posts name their featured images and galleries by attachment id, often before the attachment
 * comes), then to write everything in one transaction. A file that fails either pass leaves the
 * store exactly as it was.
 */
public final class WxrImport {
  private final Database database;
  private final Repositories repositories;
  private final Supplier<ZoneId> siteZone;
  private final ChangeLog changes;
  private final boolean repair;

  /** The content repositories an import writes through. */
  public record Repositories(
      ArticleRepository articles,
      ArticleWrites articleWrites,
      SectionRepository sections,
      TagRepository tags,
      AuthorRepository authors,
      PageRepository pages,
      AccountRepository accounts) {

    public static Repositories of(Database database) {
      return new Repositories(
          new ArticleRepository(database),
          new ArticleWrites(database),
          new SectionRepository(database),
          new TagRepository(database),
          new AuthorRepository(database),
          new PageRepository(database),
          new AccountRepository(database));
    }
  }

  /**
   * @param changes where the import tells every node, in its own transaction, that much changed
   */
  public WxrImport(
      Database database, Repositories repositories, Supplier<ZoneId> siteZone, ChangeLog changes) {
    this(database, repositories, siteZone, changes, true);
  }

  private WxrImport(
      Database database,
      Repositories repositories,
      Supplier<ZoneId> siteZone,
      ChangeLog changes,
      boolean repair) {
    this.database = database;
    this.repositories = repositories;
    this.siteZone = siteZone;
    this.changes = changes;
    this.repair = repair;
  }

  /**
   * The same import, repairing (the default) or only reporting what the editorial checks find: with
   * repairs, leaked emphasis and entities encoded twice are put right as the posts come in.
   */
  public WxrImport repairing(boolean repair) {
    return new WxrImport(database, repositories, siteZone, changes, repair);
  }

  /** An import over the store's own repositories, in the paper's time zone. */
  public static WxrImport forStore(Database database, ChangeLog changes) {
    var zone = new SettingsRepository(database).load("").timeZone();
    return new WxrImport(database, Repositories.of(database), () -> zone, changes);
  }

  /** Imports the file; {@code progress} hears the share done, in thousandths. */
  public ImportReport run(Path file, LongConsumer progress) throws IOException {
    return run(() -> Files.newInputStream(file), Files.size(file), progress);
  }

  /** Where the export is read from, once for each pass. */
  @FunctionalInterface
  interface Source {
    InputStream open() throws IOException;
  }

  ImportReport run(Source source, long bytes, LongConsumer progress) throws IOException {
    long started = System.nanoTime();
    long size = Math.max(1, bytes);
    Attachments attachments = new Attachments();
    WxrReader.Summary summary;
    try (InputStream in = new Counting(source.open(), n -> progress.accept(n * 500 / size))) {
      summary = WxrReader.read(in, attachments);
    }
    ImportReport report = new ImportReport();
    report.version(summary.version());
    if (summary.ampersandsRepaired() > 0) {
      report.note(
          "repaired "
              + summary.ampersandsRepaired()
              + " stray & (not written as &amp;) in the file, the first at line "
              + summary.firstRepairLine());
    }
    SiteView site =
        new SiteViews(database, "", () -> ImportedSites.hosts(database), Clock.systemUTC()).get();
    ExecutorService converters =
        Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("wxr-convert-", 0).daemon().factory());
    try {
      database.useLargeTransaction(
          h -> {
            ImportRun run =
                new ImportRun(
                    h,
                    repositories,
                    siteZone.get(),
                    attachments,
                    report,
                    converters,
                    database.jdbi(),
                    new ImportChecks(repair, site, report));
            try (InputStream in =
                new Counting(source.open(), n -> progress.accept(500 + n * 500 / size))) {
              ReadAhead.read(in, run);
            }
            run.finish();
            if (report.changedAnything()) {
              // Related lists came from the index as it was; each is computed again when viewed.
              RelatedArticles.forgetAll(h);
              changes.append(h, Change.Kind.IMPORT, 0, Instant.now());
            }
          });
    } finally {
      converters.shutdownNow();
    }
    repositories.sections().changed();
    report.took(System.nanoTime() - started);
    return report;
  }

  /** The first pass: every attachment of the export, by id and by the post it belongs to. */
  static final class Attachments implements Wxr.Handler {
    final Map<String, WordPressContent.Attachment> byId = new HashMap<>();
    final Map<String, List<String>> byParent = new HashMap<>();

    @Override
    public void item(Wxr.Item item) {
      if (!item.postType().equals("attachment") || item.postId().isBlank()) {
        return;
      }
      String url = item.attachmentUrl().isBlank() ? item.guid() : item.attachmentUrl();
      if (!url.matches("(?i)https?://\\S+")) {
        // Only web addresses become media (never javascript: or data: in an image's place).
        return;
      }
      String alt = item.meta("_wp_attachment_image_alt");
      String caption = ItemFields.plainText(item.excerpt());
      if (caption.isBlank()) {
        caption = ItemFields.plainText(item.content());
      }
      var attachment =
          new WordPressContent.Attachment(
              item.postId(),
              url,
              ItemFields.plainText(item.title()),
              alt == null ? "" : alt.strip(),
              caption,
              item.postParent());
      byId.putIfAbsent(item.postId(), attachment);
      if (!item.postParent().isBlank() && !item.postParent().equals("0")) {
        byParent.computeIfAbsent(item.postParent(), k -> new ArrayList<>()).add(item.postId());
      }
    }
  }

  /** Counts bytes as they are read, for the progress bar. */
  private static final class Counting extends FilterInputStream {
    private final LongConsumer listener;
    private long count;
    private long told;

    Counting(InputStream in, LongConsumer listener) {
      super(in);
      this.listener = listener;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    private void advance(long n) {
      count += n;
      if (count - told >= 256 * 1024) {
        told = count;
        listener.accept(count);
      }
    }
  }
}
