package broadsheet.wordpress;

import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleInserts;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.Slugs;
import broadsheet.content.Status;
import broadsheet.newsroom.Role;
import broadsheet.store.Instants;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jdbi.v3.core.Handle;
import org.jsoup.Jsoup;

/** The second pass of an import: each part of the export mapped and written, in file order. */
final class ImportRun implements Wxr.Handler {
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Set<String> MAPPED_META =
      Set.of(
          "_thumbnail_id",
          "_yoast_wpseo_title",
          "_yoast_wpseo_metadesc",
          "_yoast_wpseo_canonical",
          "_wp_old_slug",
          "_wp_attached_file",
          "_wp_attachment_image_alt",
          "_broadsheet_correction",
          "_broadsheet_image_credit",
          "_broadsheet_update");

  private final Handle h;
  private final WxrImport.Repositories repos;
  private final ZoneId siteZone;
  private final WxrImport.Attachments attachments;
  private final ImportReport report;
  private final WordPressRepository store = new WordPressRepository();
  private final WordPressRepository.Writes writes;
  private final ArticleInserts inserts;
  private final WordPressContent content;

  private final ExecutorService converters;
  private final org.jdbi.v3.core.Jdbi reader;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();
  private final Map<String, Optional<WordPressContent.Attachment>> earlierMedia =
      new ConcurrentHashMap<>();
  private volatile String site = "";
  private boolean firstImport;
  private Set<String> takenSlugs;
  private final Set<String> seen = new HashSet<>();
  private final Map<String, Long> authorByLogin = new HashMap<>();
  private final List<Wxr.Term> categories = new ArrayList<>();
  private boolean categoriesWritten;
  private final Map<String, Wxr.Term> categoryByNicename = new HashMap<>();
  private final Map<String, Long> sectionByNicename = new HashMap<>();
  private final Map<String, Long> tagBySlug = new HashMap<>();
  private Long defaultSection;

  ImportRun(
      Handle h,
      WxrImport.Repositories repos,
      ZoneId siteZone,
      WxrImport.Attachments attachments,
      ImportReport report,
      ExecutorService converters,
      org.jdbi.v3.core.Jdbi reader) {
    this.h = h;
    this.writes = new WordPressRepository.Writes(h);
    this.inserts = ArticleInserts.on(h);
    this.converters = converters;
    this.reader = reader;
    this.repos = repos;
    this.siteZone = siteZone;
    this.attachments = attachments;
    this.report = report;
    this.content = new WordPressContent(new Media(), report::unknownShortcode);
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
              id, key -> reader.withHandle(other -> store.importedAttachment(other, site, key)))
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
    site = channel.siteKey();
    firstImport = !store.anyItems(h);
    if (site.isEmpty()) {
      report.note("the export names no site address: items are matched on their GUIDs only");
    }
  }

  @Override
  public void author(Wxr.Author author) {
    if (author.login().isBlank()) {
      report.skipped("authors", "an author without a login");
      return;
    }
    author(author.login(), author.name(), author.email(), author.id());
  }

  @Override
  public void term(Wxr.Term term) {
    switch (term.taxonomy()) {
      case "category" -> {
        categories.add(term);
        categoryByNicename.putIfAbsent(term.slug(), term);
      }
      case "post_tag" -> tag(term.slug(), term.name(), term.id());
      default ->
          report.skipped(
              "terms", "taxonomy \"" + term.taxonomy() + "\" has no Broadsheet equivalent");
    }
  }

  @Override
  public void item(Wxr.Item item) {
    writeCategories();
    report.comments(item.comments());
    switch (item.postType()) {
      case "post" -> queue(item, "article");
      case "page" -> queue(item, "page");
      case "attachment" -> attachment(item);
      case "" ->
          report.skipped(
              "other items",
              "an item without a post type (WordPress post id "
                  + item.postId()
                  + "): nothing to import");
      case "nav_menu_item", "wp_navigation" ->
          report.skipped("menu items", "Broadsheet builds its navigation from sections");
      default ->
          report.skipped(
              "other items", "post type \"" + item.postType() + "\" has no Broadsheet equivalent");
    }
  }

  void finish() {
    writeCategories();
    while (!pending.isEmpty()) {
      writeNext();
    }
    writes.close();
    inserts.close();
  }

  private void redirect(String fromPath, String kind, long id) {
    writes.redirect(new WordPressRepository.Redirect(fromPath, kind, id));
  }

  /** Writes what waits in batches, before the store is asked about it. */
  private void flush() {
    writes.flush();
    inserts.flush();
  }

  // --- authors ----------------------------------------------------------------------------------

  private long author(String login, String name, String email, String wpId) {
    String key = login.strip().toLowerCase(java.util.Locale.ROOT);
    Long known = authorByLogin.get(key);
    if (known != null) {
      return known;
    }
    flush();
    var mapping =
        store
            .find(h, site, "author", key, null)
            .filter(m -> store.exists(h, "authors", m.localId()));
    long id;
    if (mapping.isPresent()) {
      id = mapping.get().localId();
      report.unchanged("authors");
    } else {
      String shown = name.isBlank() || name.equals(login) ? nameFromLogin(login) : name.strip();
      String slug = Slugs.of(shown);
      var existing = repos.authors().idBySlug(h, slug);
      if (existing.isPresent()) {
        id = existing.get();
        report.note("an author matched an existing author of the same name");
        report.unchanged("authors");
      } else {
        id = repos.authors().insert(h, slug, shown, "", null);
        report.imported("authors");
        account(email, shown, id);
      }
      writes.remember(new WordPressRepository.Imported(site, "author", key, null, id, ""));
    }
    authorByLogin.put(key, id);
    redirect(LegacyRedirects.key("/author/" + Slugs.of(login)), "author", id);
    redirect(LegacyRedirects.key("/author/" + key), "author", id);
    if (isNumber(wpId)) {
      redirect("/?author=" + wpId, "author", id);
    }
    return id;
  }

  /** A disabled newsroom account for an imported writer, so an admin can let them in later. */
  private void account(String email, String name, long authorId) {
    if (email == null || !email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 320) {
      return;
    }
    if (repos.accounts().emailTaken(h, email)) {
      report.note("a writer's e-mail already has a newsroom account; no second one was made");
      return;
    }
    repos.accounts().insert(h, email, name, Role.CONTRIBUTOR, null, authorId, true);
    report.imported("accounts");
    report.note("imported writers get disabled contributor accounts without passwords");
  }

  private static String nameFromLogin(String login) {
    String base = login.strip();
    int at = base.indexOf('@');
    return at > 0 ? base.substring(0, at) : base;
  }

  // --- sections and tags ------------------------------------------------------------------------

  /** Categories become sections, parents first, once the export's term list is complete. */
  private void writeCategories() {
    if (categoriesWritten) {
      return;
    }
    categoriesWritten = true;
    for (Wxr.Term term : categories) {
      section(term.slug(), term.name(), new HashSet<>());
    }
  }

  private long section(String nicename, String name, Set<String> visiting) {
    Long known = sectionByNicename.get(nicename);
    if (known != null) {
      return known;
    }
    Wxr.Term term = categoryByNicename.get(nicename);
    Long parent = null;
    if (term != null
        && !term.parentSlug().isBlank()
        && categoryByNicename.containsKey(term.parentSlug())
        && visiting.add(nicename)) {
      parent =
          section(term.parentSlug(), categoryByNicename.get(term.parentSlug()).name(), visiting);
    }
    String shown = plainText(name.isBlank() ? nicename : name);
    String slug = Slugs.of(decode(nicename.isBlank() ? shown : nicename));
    if (Slugs.isReserved(slug)) {
      String renamed = slug + "-section";
      report.note(
          "category \"" + slug + "\" clashes with a Broadsheet address; renamed " + renamed);
      slug = renamed;
    }
    var existing = repos.sections().idBySlug(h, slug);
    long id;
    if (existing.isPresent()) {
      id = existing.get();
      report.unchanged("sections");
    } else {
      String description = term == null ? "" : plainText(term.description());
      id =
          repos
              .sections()
              .insert(h, slug, shown, description, repos.sections().nextPosition(h), parent);
      report.imported("sections");
    }
    sectionByNicename.put(nicename, id);
    redirect(LegacyRedirects.key("/category/" + categoryPath(nicename)), "section", id);
    redirect(LegacyRedirects.key("/category/" + nicename), "section", id);
    if (term != null && isNumber(term.id())) {
      redirect("/?cat=" + term.id(), "section", id);
    }
    return id;
  }

  /** The category's address path in WordPress: its ancestors' slugs, then its own. */
  private String categoryPath(String nicename) {
    List<String> parts = new ArrayList<>();
    String at = nicename;
    Set<String> seen = new HashSet<>();
    while (at != null && !at.isBlank() && seen.add(at)) {
      parts.addFirst(at);
      Wxr.Term term = categoryByNicename.get(at);
      at = term == null ? null : term.parentSlug();
    }
    return String.join("/", parts);
  }

  private long tag(String wpSlug, String name, String wpId) {
    String shown = plainText(name.isBlank() ? decode(wpSlug) : name);
    String slug = Slugs.of(decode(wpSlug.isBlank() ? shown : wpSlug));
    Long known = tagBySlug.get(slug);
    if (known != null) {
      return known;
    }
    var existing = repos.tags().idBySlug(h, slug);
    long id;
    if (existing.isPresent()) {
      id = existing.get();
      report.unchanged("tags");
    } else {
      id = repos.tags().ensure(h, slug, shown.isBlank() ? slug : shown);
      report.imported("tags");
    }
    tagBySlug.put(slug, id);
    if (!wpSlug.isBlank()) {
      redirect(LegacyRedirects.key("/tag/" + wpSlug), "tag", id);
      redirect("/?tag=" + LegacyRedirects.key(wpSlug).substring(1), "tag", id);
    }
    return id;
  }

  private long defaultSection() {
    if (defaultSection == null) {
      defaultSection =
          repos
              .sections()
              .idBySlug(h, "news")
              .orElseGet(
                  () -> {
                    report.imported("sections");
                    return repos
                        .sections()
                        .insert(h, "news", "News", "", repos.sections().nextPosition(h), null);
                  });
    }
    report.note("posts without a category went to the section News");
    return defaultSection;
  }

  // --- posts, pages and attachments -------------------------------------------------------------

  /** Posts and pages whose bodies are converting; written in file order, a few behind. */
  private record Pending(Wxr.Item item, String kind, Future<Converted> converted) {}

  /**
   * What the converting threads make of an item: everything that needs no store. The thread writing
   * the store sets the pace of an import, so all it can leave to others is worked out here.
   */
  private record Converted(
      WordPressContent.Body body,
      String print,
      String headline,
      boolean untitled,
      String standfirst,
      String slug,
      Dates dates,
      Set<String> oldPaths) {}

  private Converted convert(Wxr.Item item, String kind, String knownPrint) {
    WordPressContent.Body body = content.convert(item.content(), item.postId());
    String title = plainText(item.title());
    String headline = title.isBlank() ? firstWords(body.html()) : title;
    return new Converted(
        body,
        knownPrint != null ? knownPrint : fingerprint(item),
        headline,
        title.isBlank(),
        plainText(item.excerpt()),
        slugOf(item.postName(), headline),
        dates(item),
        oldPaths(item, kind));
  }

  private static final int AHEAD = 64;

  /**
   * Checks a post or page and starts converting its body on another thread (the conversion is most
   * of an import's work, and needs nothing from the store); the write comes later.
   */
  private void queue(Wxr.Item item, String kind) {
    String label = kind.equals("article") ? "posts" : "pages";
    if (item.postId().isBlank()) {
      report.skipped(label, "an item without a WordPress post id");
      return;
    }
    if (status(item) == null) {
      report.skipped(label, "WordPress status \"" + item.status() + "\"");
      return;
    }
    var earlier = current(item, kind);
    String print = earlier.isPresent() ? fingerprint(item) : null;
    if (earlier.isPresent() && earlier.get().fingerprint().equals(print)) {
      report.unchanged(label);
      return;
    }
    pending.add(new Pending(item, kind, converters.submit(() -> convert(item, kind, print))));
    if (pending.size() >= AHEAD) {
      writeNext();
    }
  }

  private void writeNext() {
    Pending next = pending.poll();
    Converted converted;
    try {
      converted = next.converted().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WxrException("the import was interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
    long self =
        current(next.item(), next.kind()).map(WordPressRepository.Mapping::localId).orElse(0L);
    if (converted.untitled()) {
      report.note("items without a title were given one from their first words");
    }
    if (next.kind().equals("article")) {
      article(next.item(), converted, self);
    } else {
      page(next.item(), converted, self);
    }
  }

  /** What an earlier import made of this item, if it still exists. */
  private Optional<WordPressRepository.Mapping> current(Wxr.Item item, String kind) {
    if (firstImport && !seen.contains(kind + " " + item.postId())) {
      // Nothing was ever imported into this store: no need to ask it, post after post.
      return Optional.empty();
    }
    String table =
        switch (kind) {
          case "article" -> "articles";
          case "page" -> "pages";
          default -> "media";
        };
    flush();
    return store
        .find(h, site, kind, item.postId(), item.guid())
        .filter(m -> store.exists(h, table, m.localId()));
  }

  private void article(Wxr.Item item, Converted converted, long self) {
    Status status = status(item);
    WordPressContent.Body body = converted.body();
    String print = converted.print();
    String headline = converted.headline();
    String slug = uniqueArticleSlug(converted.slug(), self);

    Long section = null;
    List<Long> tagIds = new ArrayList<>();
    for (Wxr.ItemTerm term : item.terms()) {
      switch (term.domain()) {
        case "category" -> {
          long id = section(term.slug(), term.name(), new HashSet<>());
          if (section == null) {
            section = id;
          } else {
            tagIds.add(tag(term.slug(), term.name(), null));
            report.note(
                "a post in several categories keeps the first as its section, the rest as tags");
          }
        }
        case "post_tag" -> tagIds.add(tag(term.slug(), term.name(), null));
        default -> {}
      }
    }
    List<Long> authorIds = new ArrayList<>();
    if (!item.creator().isBlank()) {
      authorIds.add(author(item.creator(), "", "", null));
    }
    for (Wxr.ItemTerm term : item.terms()) {
      if (term.domain().equals("author")) {
        // Co-Authors Plus names each byline as a term "cap-<login>".
        String login = term.slug().replaceFirst("^cap-", "");
        authorIds.add(author(login.isBlank() ? term.name() : login, term.name(), "", null));
      }
    }
    if (item.password() != null && !item.password().isBlank() && status == Status.PUBLISHED) {
      status = Status.UNPUBLISHED;
      report.note(
          "password-protected posts were imported unpublished (Broadsheet has no post passwords)");
    }
    if (item.sticky()) {
      report.note("a sticky post: Broadsheet's home leads with the newest story instead");
    }
    Dates dates = converted.dates();
    boolean dated = status != Status.DRAFT && status != Status.REVIEW;
    ArticleDraft draft =
        new ArticleDraft(
            slug,
            section == null ? defaultSection() : section,
            headline,
            converted.standfirst(),
            body.markdown(),
            body.html(),
            status,
            dates.zone(),
            dated ? dates.when() : null,
            null,
            featuredImage(item),
            httpUrl(item.meta("_yoast_wpseo_canonical")),
            seo(item.meta("_yoast_wpseo_title")),
            seo(item.meta("_yoast_wpseo_metadesc")),
            authorIds,
            tagIds);
    long id = self;
    if (self > 0) {
      repos.articles().update(h, self, draft);
    } else {
      id = inserts.insert(draft);
    }
    List<Correction> corrections = corrections(item);
    if (!corrections.isEmpty()) {
      repos.articles().replaceCorrections(h, id, corrections);
    }
    done(item, "article", "posts", self, id, print);
    redirects(converted.oldPaths(), "article", id);
  }

  private void page(Wxr.Item item, Converted converted, long self) {
    Status status = status(item);
    WordPressContent.Body body = converted.body();
    String print = converted.print();
    String title = converted.headline();
    String slug = converted.slug();
    for (int n = 2; repos.pages().slugTaken(h, slug, self); n++) {
      slug = converted.slug() + "-" + n;
    }
    boolean live =
        status == Status.PUBLISHED && (item.password() == null || item.password().isBlank());
    if (!live) {
      report.note("pages not published in WordPress were imported as drafts");
    }
    long id =
        repos
            .pages()
            .write(
                h, self, slug, title, body.markdown(), body.html(), converted.dates().when(), live);
    done(item, "page", "pages", self, id, print);
    redirects(converted.oldPaths(), "page", id);
  }

  private void attachment(Wxr.Item item) {
    var a = attachments.byId.get(item.postId());
    if (a == null || a.url().isBlank()) {
      report.skipped("media", "an attachment without a web address (http or https)");
      return;
    }
    String print = fingerprint(item);
    var mapping = current(item, "media");
    if (mapping.isPresent() && mapping.get().fingerprint().equals(print)) {
      report.unchanged("media");
      return;
    }
    long self = mapping.map(WordPressRepository.Mapping::localId).orElse(0L);
    long id = self;
    if (self > 0) {
      store.updateMedia(h, self, a, mimeType(a.url()));
    } else {
      id = writes.insertMedia(a, mimeType(a.url()));
    }
    done(item, "media", "media", self, id, print);
    report.note("media records keep their WordPress addresses; files were not copied");
  }

  /** Counts a written item and remembers what it became, for the next import of the site. */
  private void done(Wxr.Item item, String kind, String label, long self, long id, String print) {
    if (self > 0) {
      report.updated(label);
    } else {
      report.imported(label);
    }
    writes.remember(
        new WordPressRepository.Imported(site, kind, item.postId(), item.guid(), id, print));
    seen.add(kind + " " + item.postId());
    countUnmappedMeta(item);
  }

  private void redirects(Set<String> oldPaths, String kind, long id) {
    for (String path : oldPaths) {
      redirect(path, kind, id);
    }
  }

  /** Every address WordPress may have served the item at: its link, ?p=, date and slug forms. */
  private static Set<String> oldPaths(Wxr.Item item, String kind) {
    Set<String> paths = new LinkedHashSet<>();
    if (isNumber(item.postId())) {
      paths.add((kind.equals("article") ? "/?p=" : "/?page_id=") + item.postId());
      if (kind.equals("article")) {
        paths.add("/archives/" + item.postId());
      }
    }
    String link = LegacyRedirects.keyOfUrl(item.link());
    if (link != null) {
      paths.add(link);
    }
    List<String> slugs = new ArrayList<>();
    if (!item.postName().isBlank()) {
      slugs.add(item.postName());
    }
    slugs.addAll(item.metaValues("_wp_old_slug"));
    LocalDateTime local = parse(item.postDate());
    for (String slug : slugs) {
      paths.add(LegacyRedirects.key("/" + slug));
      if (local != null && kind.equals("article")) {
        // 2025-07-10 becomes /2025/07/10, as WordPress writes dates in its addresses.
        String day = "/" + local.toLocalDate().toString().replace('-', '/');
        paths.add(LegacyRedirects.key(day + "/" + slug));
        paths.add(LegacyRedirects.key(day.substring(0, 8) + "/" + slug));
      }
    }
    return paths;
  }

  /** Whether text is a WordPress id: digits only (a pattern would be compiled at every call). */
  private static boolean isNumber(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  // --- field mapping ----------------------------------------------------------------------------

  /** Corrections and updates, as Broadsheet's own exports carry them ("instant text"). */
  private static List<Correction> corrections(Wxr.Item item) {
    List<Correction> out = new ArrayList<>();
    for (Wxr.Meta meta : item.meta()) {
      Correction.Kind kind =
          switch (meta.key()) {
            case "_broadsheet_correction" -> Correction.Kind.CORRECTION;
            case "_broadsheet_update" -> Correction.Kind.UPDATE;
            default -> null;
          };
      int space = meta.value().indexOf(' ');
      if (kind == null || space < 0) {
        continue;
      }
      try {
        Instant at = Instant.parse(meta.value().substring(0, space));
        out.add(new Correction(0, kind, meta.value().substring(space + 1), at));
      } catch (DateTimeParseException e) {
        // Not ours after all: it stays reported as unmapped meta.
      }
    }
    return out;
  }

  private static Status status(Wxr.Item item) {
    return switch (item.status()) {
      case "publish" -> Status.PUBLISHED;
      case "future" -> Status.SCHEDULED;
      case "draft" -> Status.DRAFT;
      case "pending" -> Status.REVIEW;
      case "private" -> Status.UNPUBLISHED;
      default -> null;
    };
  }

  private record Dates(Instant when, ZoneId zone) {}

  /**
   * When the item was published, and in which zone: WordPress keeps the local time and the UTC
   * time, so their difference is the offset the paper used. Drafts carry a UTC time of zeros.
   */
  private Dates dates(Wxr.Item item) {
    LocalDateTime local = parse(item.postDate());
    LocalDateTime utc = parse(item.postDateGmt());
    if (utc != null) {
      Instant when = utc.toInstant(ZoneOffset.UTC);
      if (local == null) {
        return new Dates(when, siteZone);
      }
      long offset = java.time.Duration.between(utc, local).toSeconds();
      offset = Math.round(offset / 900.0) * 900;
      if (Math.abs(offset) > 18 * 3600) {
        return new Dates(when, siteZone);
      }
      ZoneOffset zone = ZoneOffset.ofTotalSeconds((int) offset);
      boolean siteMatches = siteZone.getRules().getOffset(when).equals(zone);
      return new Dates(when, siteMatches ? siteZone : zone);
    }
    if (local != null) {
      return new Dates(local.atZone(siteZone).toInstant(), siteZone);
    }
    try {
      return new Dates(
          ZonedDateTime.parse(item.pubDate(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
          siteZone);
    } catch (DateTimeParseException e) {
      return new Dates(Instant.now(), siteZone);
    }
  }

  private static LocalDateTime parse(String date) {
    if (date == null || date.isBlank() || date.startsWith("0000")) {
      return null;
    }
    String text = date.strip();
    LocalDateTime plain = Instants.dateTime(text, ' ');
    if (plain != null) {
      return plain;
    }
    try {
      // What the fast reading refuses (30 February) the formatter settles as WordPress did.
      return LocalDateTime.parse(text, WP_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A headline for an item WordPress let go without a title: its first words. */
  private static String firstWords(String body) {
    String words = plainText(body);
    if (words.isBlank()) {
      return "Untitled";
    }
    return words.length() <= 80 ? words : words.substring(0, 80).replaceAll("\\s+\\S*$", "") + "…";
  }

  /** The item's slug as WordPress wrote it (maybe percent-encoded, maybe ending .html). */
  private static String slugOf(String postName, String title) {
    String decoded = decode(postName).replaceFirst("(?i)\\.html?$", "");
    return Slugs.of(decoded.isBlank() ? title : decoded);
  }

  /**
   * A slug no other article has. New articles are checked against every slug in the store, read
   * once per import; an article being updated may keep its own.
   */
  private String uniqueArticleSlug(String base, long self) {
    if (self > 0) {
      String slug = base;
      for (int n = 2; repos.articles().slugTaken(h, slug, self); n++) {
        slug = base + "-" + n;
      }
      takenSlugs().add(slug);
      return slug;
    }
    String slug = base;
    for (int n = 2; takenSlugs().contains(slug); n++) {
      slug = base + "-" + n;
    }
    takenSlugs().add(slug);
    return slug;
  }

  private Set<String> takenSlugs() {
    if (takenSlugs == null) {
      takenSlugs = new HashSet<>(repos.articles().slugs(h));
    }
    return takenSlugs;
  }

  private FeaturedImage featuredImage(Wxr.Item item) {
    String id = item.meta("_thumbnail_id");
    if (id == null || id.isBlank()) {
      return null;
    }
    WordPressContent.Attachment a = new Media().byId(id.strip());
    if (a == null) {
      report.note("a featured image names an attachment that is not in the export");
      return null;
    }
    if (a.alt().isBlank()) {
      report.note("featured images without alt text: add it in the newsroom");
    }
    String credit = item.meta("_broadsheet_image_credit");
    return new FeaturedImage(a.url(), a.alt(), a.caption().isBlank() ? null : a.caption(), credit);
  }

  /**
   * Yoast's fields, unless they are its templates ("%%title%% %%sep%%"), which mean nothing here.
   */
  private String seo(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.contains("%%")) {
      report.note("Yoast SEO templates (%%…%%) were left out");
      return null;
    }
    return value.strip();
  }

  private static String httpUrl(String value) {
    return value != null && value.strip().matches("https?://\\S+") ? value.strip() : null;
  }

  private void countUnmappedMeta(Wxr.Item item) {
    for (Wxr.Meta meta : item.meta()) {
      if (!MAPPED_META.contains(meta.key())) {
        report.unmappedMeta(meta.key());
      }
    }
  }

  private static String mimeType(String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT).replaceFirst("[?#].*$", "");
    String ext = lower.substring(lower.lastIndexOf('.') + 1);
    return switch (ext) {
      case "jpg", "jpeg" -> "image/jpeg";
      case "png" -> "image/png";
      case "gif" -> "image/gif";
      case "webp" -> "image/webp";
      case "mp3" -> "audio/mpeg";
      case "mp4" -> "video/mp4";
      case "pdf" -> "application/pdf";
      default -> null;
    };
  }

  /** Text without markup or entities (WordPress titles and excerpts hold both). */
  static String plainText(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.strip();
    }
    return Jsoup.parseBodyFragment(html).text().strip();
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  private static String fingerprint(Wxr.Item item) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(item.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
