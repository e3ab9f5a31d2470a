package broadsheet.wordpress;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The second pass of an import: each part of the export, in file order, handed to the stage that
 * maps and writes it. Writers and terms are written as they come; posts and pages convert on other
 * threads and are written in file order a few behind; attachments are written at once.
 */
final class ImportRun implements Wxr.Handler {
  private final ImportTransaction tx;
  private final WxrImport.Attachments attachments;
  private final Jdbi reader;
  private final Map<String, Optional<WordPressContent.Attachment>> earlierMedia =
      new ConcurrentHashMap<>();
  private final ImportedAuthors authors;
  private final ImportedTerms terms;
  private final Conversions conversions;
  private final ItemWriter writer;
  private boolean firstImport;
  private final Set<String> seen = new HashSet<>();

  ImportRun(
      Handle h,
      WxrImport.Repositories repos,
      ZoneId siteZone,
      WxrImport.Attachments attachments,
      ImportReport report,
      ExecutorService converters,
      Jdbi reader,
      ImportChecks checks) {
    this.tx = new ImportTransaction(h, repos, report);
    this.attachments = attachments;
    this.reader = reader;
    this.authors = new ImportedAuthors(tx);
    this.terms = new ImportedTerms(tx);
    Media media = new Media();
    this.conversions =
        new Conversions(
            converters,
            new WordPressContent(media, report::unknownShortcode),
            new FeaturedImages(media, report),
            siteZone,
            checks);
    this.writer = new ItemWriter(tx, authors, terms);
  }

  /**
   * Attachments of this export, or of an earlier import of the same site. Asked from the converting
   * threads too, so earlier imports are read on a connection of their own, outside this import's
   * transaction.
   */
  private final class Media implements WordPressContent.Media {
    @Override
    public WordPressContent.Attachment byId(String id) {
      var a = attachments.byId.get(id);
      if (a != null) {
        return a;
      }
      return earlierMedia
          .computeIfAbsent(
              id,
              key -> reader.withHandle(other -> tx.store.importedAttachment(other, tx.site(), key)))
          .orElse(null);
    }

    @Override
    public List<WordPressContent.Attachment> children(String postId) {
      return attachments.byParent.getOrDefault(postId, List.of()).stream()
          .map(attachments.byId::get)
          .toList();
    }
  }

  @Override
  public void channel(Wxr.Channel channel) {
    tx.site(tx.fitted(channel.siteKey(), WordPressRepository.SITE_LIMIT, "the site address"));
    firstImport = !tx.store.anyItems(tx.h);
    if (tx.site().isEmpty()) {
      tx.report.note("the export names no site address: items are matched on their GUIDs only");
    }
  }

  @Override
  public void author(Wxr.Author author) {
    authors.add(author);
  }

  @Override
  public void term(Wxr.Term term) {
    terms.add(term);
  }

  @Override
  public void item(Wxr.Item item) {
    terms.writeCategories();
    tx.report.comments(item.comments());
    switch (item.postType()) {
      case "post" -> queue(item, ItemKind.ARTICLE);
      case "page" -> queue(item, ItemKind.PAGE);
      case "attachment" -> attachment(item);
      case "" ->
          tx.report.skipped(
              "other items",
              "an item without a post type (WordPress post id "
                  + item.postId()
                  + "): nothing to import");
      case "nav_menu_item", "wp_navigation" ->
          tx.report.skipped("menu items", "Broadsheet builds its navigation from sections");
      default ->
          tx.report.skipped(
              "other items", "post type \"" + item.postType() + "\" has no Broadsheet equivalent");
    }
  }

  void finish() {
    terms.writeCategories();
    while (!conversions.isEmpty()) {
      writeNext();
    }
    tx.close();
  }

  /** Checks a post or page and starts converting it, unless it is as an earlier import left it. */
  private void queue(Wxr.Item item, ItemKind kind) {
    if (item.postId().isBlank()) {
      tx.report.skipped(kind.label, "an item without a WordPress post id");
      return;
    }
    if (ItemFields.status(item) == null) {
      tx.report.skipped(kind.label, "WordPress status \"" + item.status() + "\"");
      return;
    }
    var earlier = current(item, kind);
    String fingerprint = earlier.isPresent() ? Fingerprint.of(item) : null;
    if (earlier.isPresent() && unchanged(item, kind, earlier.get(), fingerprint)) {
      tx.report.unchanged(kind.label);
      return;
    }
    conversions.start(item, kind, fingerprint);
    if (conversions.full()) {
      writeNext();
    }
  }

  private void writeNext() {
    Conversions.Converted next = conversions.next();
    OptionalLong earlier = localId(current(next.item(), next.kind()));
    if (next.untitled()) {
      tx.report.note("items without a title were given one from their first words");
    }
    if (next.kind() == ItemKind.ARTICLE) {
      writer.article(next, earlier);
    } else {
      writer.page(next, earlier);
    }
    seen.add(next.kind().key + " " + next.item().postId());
  }

  private void attachment(Wxr.Item item) {
    var a = attachments.byId.get(item.postId());
    if (a == null || a.url().isBlank()) {
      tx.report.skipped("media", "an attachment without a web address (http or https)");
      return;
    }
    String fingerprint = Fingerprint.of(item);
    var earlier = current(item, ItemKind.MEDIA);
    if (earlier.isPresent() && unchanged(item, ItemKind.MEDIA, earlier.get(), fingerprint)) {
      tx.report.unchanged("media");
      return;
    }
    writer.media(item, a, fingerprint, localId(earlier));
    seen.add(ItemKind.MEDIA.key + " " + item.postId());
  }

  /** What an earlier import made of this item, if it still exists. */
  private Optional<WordPressRepository.Mapping> current(Wxr.Item item, ItemKind kind) {
    if (firstImport && !seen.contains(kind.key + " " + item.postId())) {
      // Nothing was ever imported into this store: no need to ask it, post after post.
      return Optional.empty();
    }
    return tx.find(kind, item.postId(), item.guid());
  }

  /**
   * Whether the item is as an earlier import left it. A fingerprint of an older version that still
   * matches is written again in the current one, so that it is compared the current way next time.
   */
  private boolean unchanged(
      Wxr.Item item, ItemKind kind, WordPressRepository.Mapping earlier, String fingerprint) {
    if (!Fingerprint.matches(earlier.fingerprint(), item, fingerprint)) {
      return false;
    }
    if (!Fingerprint.isCurrent(earlier.fingerprint())) {
      tx.writes.remember(
          new WordPressRepository.Imported(
              earlier.site(), kind, earlier.key(), item.guid(), earlier.localId(), fingerprint));
    }
    return true;
  }

  private static OptionalLong localId(Optional<WordPressRepository.Mapping> mapping) {
    return mapping.isPresent() ? OptionalLong.of(mapping.get().localId()) : OptionalLong.empty();
  }
}
