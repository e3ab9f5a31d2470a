package broadsheet.newsroom;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFeed;
import broadsheet.content.Article;
import broadsheet.content.ArticleDraft;
import broadsheet.content.ArticleWrites;
import broadsheet.content.BodyRenderer;
import broadsheet.content.Correction;
import broadsheet.content.FeaturedImage;
import broadsheet.content.Slugs;
import broadsheet.content.Status;
import broadsheet.content.TagRepository;
import broadsheet.search.RelatedPins;
import broadsheet.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsroom's writes: saving an article keeps a revision, moving it through the workflow records
 * the transition, and each write that readers may see appends a change to the feed in its own
 * transaction, which every node then follows. Permission checks happen before any call here (see
 * {@link Permissions}).
 */
public final class Desk {
  private static final Logger LOG = LoggerFactory.getLogger(Desk.class);

  private final Jdbi jdbi;
  private final ArticleWrites articles;
  private final TagRepository tags;
  private final HistoryRepository history;
  private final ChangeFeed changes;
  private final BodyRenderer renderer;
  private final Clock clock;
  private final java.util.function.Supplier<ZoneId> zone;
  private final LongAdder publishes = new LongAdder();
  private final Review review;

  /**
   * What the editorial checks say of an article: what stops it being published or scheduled, and
   * that it was written (so its findings are recorded again).
   */
  public interface Review {
    /** Fields with the reason each stops publishing; empty when nothing does. */
    Map<String, String> blockers(Article a);

    /** The same for the stored article of this id, each reason saying it was held back. */
    Map<String, String> blockers(long articleId);

    void written(long articleId);

    /** No checks: for tools that write without the newsroom. */
    Review NONE =
        new Review() {
          @Override
          public Map<String, String> blockers(Article a) {
            return Map.of();
          }

          @Override
          public Map<String, String> blockers(long articleId) {
            return Map.of();
          }

          @Override
          public void written(long articleId) {}
        };
  }

  public Desk(
      Database database,
      ArticleWrites articles,
      TagRepository tags,
      HistoryRepository history,
      ChangeFeed changes,
      BodyRenderer renderer,
      Clock clock,
      java.util.function.Supplier<ZoneId> zone,
      Review review) {
    this.jdbi = database.jdbi();
    this.review = review;
    this.articles = articles;
    this.tags = tags;
    this.history = history;
    this.changes = changes;
    this.renderer = renderer;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * The desk for a command-line tool: writes as the newsroom does, with its revisions and the
   * change feed every server follows, in the paper's time zone.
   */
  public static Desk forTools(Database database, ChangeFeed changes, Clock clock) {
    ZoneId zone = new broadsheet.content.SettingsRepository(database).load("").timeZone();
    return new Desk(
        database,
        new ArticleWrites(database),
        new TagRepository(database),
        new HistoryRepository(database),
        changes,
        new BodyRenderer(),
        clock,
        () -> zone,
        Review.NONE);
  }

  /** Creates a draft from a valid form and returns its id. */
  public long create(Account by, ArticleForm form) {
    return create(by, form, List.of());
  }

  /** Creates a draft with these related articles pinned to it, in one transaction. */
  public long create(Account by, ArticleForm form, List<Long> pinned) {
    Instant now = clock.instant();
    long id =
        jdbi.inTransaction(
            h -> {
              String slug =
                  freeSlug(h, form.slug().isBlank() ? Slugs.of(form.headline()) : form.slug(), 0);
              long articleId = articles.insert(h, draft(h, form, slug, Status.DRAFT, null, null));
              history.recordTransition(h, articleId, by.id(), null, Status.DRAFT, now);
              history.recordRevision(h, revision(articleId, form, now, "created"), by.id());
              if (!pinned.isEmpty()) {
                RelatedPins.set(h, articleId, pinned);
              }
              return articleId;
            });
    review.written(id);
    return id;
  }

  /** Saves a valid form over an article, keeping its status, and records a revision. */
  public void save(Account by, Article current, ArticleForm form, String note) {
    write(by, current, form, note, -1, null, true);
  }

  /**
   * Saves as {@link #save} does, and replaces the related articles pinned to the article ({@code
   * pinned}) in the same transaction, so a failure or a crash never keeps the pins of a save
   * without the rest.
   */
  public void saveWithPins(
      Account by, Article current, ArticleForm form, String note, List<Long> pinned) {
    write(by, current, form, note, -1, pinned, true);
  }

  /** Someone saved the article after the revision an update started from; nothing was saved. */
  public static final class Stale extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stale() {
      super("the article was saved after that revision", null, false, false);
    }
  }

  /**
   * Saves as {@link #saveWithPins} does, only if the article's latest revision is still {@code
   * basedOn} once the write holds the article's row (a concurrent save waits for it, then sees its
   * revision); else throws {@link Stale} with nothing saved. Returns the new revision.
   */
  public long saveWithPins(
      Account by, Article current, ArticleForm form, String note, long basedOn, List<Long> pinned) {
    return write(by, current, form, note, basedOn, pinned, true);
  }

  /**
   * The one save: pins too unless {@code pinned} is null, checked against {@code basedOn} if set; a
   * live article's update time moves on unless {@code updates} is false.
   */
  private long write(
      Account by,
      Article current,
      ArticleForm form,
      String note,
      long basedOn,
      List<Long> pinned,
      boolean updates) {
    Instant now = clock.instant();
    long[] seqAndRevision =
        jdbi.inTransaction(
            h -> {
              String wanted = form.slug().isBlank() ? current.slug() : form.slug();
              String slug =
                  wanted.equals(current.slug()) ? wanted : freeSlug(h, wanted, current.id());
              Instant updated = current.isPublished() && updates ? now : current.updatedAt();
              articles.update(
                  h,
                  current.id(),
                  draft(h, form, slug, current.status(), current.publishedAt(), updated));
              if (basedOn >= 0 && history.latestRevision(h, current.id()) != basedOn) {
                throw new Stale();
              }
              history.recordRevision(h, revision(current.id(), form, now, note), by.id());
              if (pinned != null) {
                RelatedPins.set(h, current.id(), pinned);
              }
              long seq = changes.record(h, Change.Kind.ARTICLE, current.id());
              return new long[] {seq, history.latestRevision(h, current.id())};
            });
    changes.committed(seqAndRevision[0]);
    review.written(current.id());
    return seqAndRevision[1];
  }

  /**
   * Moves an article to a new status. Publishing and scheduling need what {@link
   * ArticleForm#missingToPublish} lists; the returned map says what is missing (empty on success).
   */
  public Map<String, String> move(Account by, Article a, Status to, Instant when) {
    if ((to == Status.PUBLISHED || to == Status.SCHEDULED)) {
      Map<String, String> missing = new java.util.LinkedHashMap<>(ArticleForm.missingToPublish(a));
      review.blockers(a).forEach(missing::putIfAbsent);
      if (!missing.isEmpty()) {
        return missing;
      }
    }
    Instant now = clock.instant();
    Instant published =
        switch (to) {
          case PUBLISHED ->
              a.publishedAt() != null && a.status() == Status.UNPUBLISHED ? a.publishedAt() : now;
          case SCHEDULED -> when;
          default ->
              a.status() == Status.PUBLISHED || a.status() == Status.UNPUBLISHED
                  ? a.publishedAt()
                  : null;
        };
    long seq =
        jdbi.inTransaction(
            h -> {
              articles.setStatus(h, a.id(), to, published);
              history.recordTransition(h, a.id(), by.id(), a.status(), to, now);
              return changes.record(h, Change.Kind.ARTICLE, a.id());
            });
    if (to == Status.PUBLISHED) {
      publishes.increment();
    }
    changes.committed(seq);
    review.written(a.id());
    return Map.of();
  }

  /** Articles this node published since start, by hand or on schedule. */
  public long published() {
    return publishes.sum();
  }

  /**
   * Publishes every scheduled article whose time has come. Each is claimed by a conditional update
   * (status still 'scheduled'), so it goes live exactly once even with several nodes or a restart.
   * One that a blocking editorial check stops now (it was edited, or the site's addresses changed,
   * since it was scheduled) goes back for review instead, the reason in its history.
   */
  public int publishDue() {
    Instant now = clock.instant();
    List<Long> due = articles.dueForPublication(now);
    int published = 0;
    for (long id : due) {
      Map<String, String> blockers = review.blockers(id);
      if (!blockers.isEmpty()) {
        holdBack(id, now, blockers);
        continue;
      }
      long seq =
          jdbi.inTransaction(
              h -> {
                if (!articles.claimScheduled(h, id)) {
                  return 0L;
                }
                history.recordTransition(h, id, null, Status.SCHEDULED, Status.PUBLISHED, now);
                return changes.record(h, Change.Kind.ARTICLE, id);
              });
      if (seq > 0) {
        published++;
        publishes.increment();
        changes.committed(seq);
      }
    }
    return published;
  }

  private void holdBack(long id, Instant now, Map<String, String> blockers) {
    String reason = String.join(" ", blockers.values());
    boolean held =
        jdbi.inTransaction(
            h -> {
              if (!articles.holdScheduled(h, id)) {
                return false;
              }
              history.recordTransition(h, id, null, Status.SCHEDULED, Status.REVIEW, now, reason);
              return true;
            });
    if (held) {
      LOG.warn("scheduled article {} not published: {}", id, reason);
      review.written(id);
    }
  }

  public void correct(Article a, Correction.Kind kind, String text) {
    long seq =
        jdbi.inTransaction(
            h -> {
              ArticleWrites.addCorrection(h, a.id(), kind, text, clock.instant());
              return changes.record(h, Change.Kind.ARTICLE, a.id());
            });
    changes.committed(seq);
    review.written(a.id());
  }

  /**
   * Saves the article with only its body changed, as a new revision with this note: a repair made
   * by a tool rather than an editor, restorable from the history like any save.
   */
  public void saveBody(Account by, Article current, String body, String note) {
    ArticleForm form = ArticleForm.of(current);
    if (history.latestRevision(current.id()) == 0) {
      // Imported articles have no revision yet: keep the text as it was, to restore.
      jdbi.useTransaction(
          h ->
              history.recordRevision(
                  h, revision(current.id(), form, clock.instant(), "before the repair"), null));
    }
    // A repair changes how the text shows, not what it says: a live article keeps its update time.
    write(by, current, form.withBody(body), note, -1, null, false);
  }

  /** Restores an old revision as a new save, so nothing in the history is lost. */
  public void restore(Account by, Article current, Revision r) {
    List<Long> authors =
        r.authorIds().isBlank()
            ? List.of()
            : java.util.Arrays.stream(r.authorIds().split(",")).map(Long::parseLong).toList();
    ArticleForm form =
        new ArticleForm(
            r.headline(),
            current.slug(),
            r.standfirst(),
            r.bodyMarkdown(),
            String.valueOf(r.sectionId()),
            r.tagNames(),
            authors,
            nz(r.imageUrl()),
            nz(r.imageAlt()),
            nz(r.imageCaption()),
            nz(r.imageCredit()),
            nz(r.seoTitle()),
            nz(r.seoDescription()),
            nz(r.canonicalUrl()),
            "");
    save(by, current, form, "restored revision " + r.id());
  }

  private ArticleDraft draft(
      Handle h, ArticleForm form, String slug, Status status, Instant published, Instant updated) {
    List<Long> tagIds = form.tagNames().stream().map(t -> tags.ensure(h, t)).toList();
    FeaturedImage image =
        form.imageUrl().isBlank()
            ? null
            : new FeaturedImage(
                form.imageUrl(),
                form.imageAlt(),
                blankToNull(form.imageCaption()),
                blankToNull(form.imageCredit()));
    return new ArticleDraft(
        slug,
        form.section(),
        form.headline(),
        form.standfirst(),
        form.body(),
        renderer.render(form.body()),
        status,
        zone.get(),
        published,
        updated,
        image,
        blankToNull(form.canonicalUrl()),
        blankToNull(form.seoTitle()),
        blankToNull(form.seoDescription()),
        form.authorIds(),
        tagIds);
  }

  private static Revision revision(long articleId, ArticleForm f, Instant at, String note) {
    return new Revision(
        0,
        articleId,
        null,
        at,
        f.headline(),
        f.standfirst(),
        f.body(),
        f.section(),
        String.join(", ", f.tagNames()),
        f.authorIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
        blankToNull(f.seoTitle()),
        blankToNull(f.seoDescription()),
        blankToNull(f.canonicalUrl()),
        blankToNull(f.imageUrl()),
        blankToNull(f.imageAlt()),
        blankToNull(f.imageCaption()),
        blankToNull(f.imageCredit()),
        note);
  }

  /** The slug, or the slug with -2, -3 … when another article already has it. */
  private String freeSlug(Handle h, String slug, long self) {
    String candidate = slug;
    for (int n = 2; articles.slugTaken(h, candidate, self); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
