package broadsheet.newsroom;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Correction;
import broadsheet.content.Page;
import broadsheet.content.PageRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.Slugs;
import broadsheet.content.Status;
import broadsheet.content.Tag;
import broadsheet.content.TagRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's work on articles for front ends other than the newsroom's forms (the Admin API): the
 * same permission checks, the same validation ({@link ArticleChecks}) and the same writes ({@link
 * Desk}), so a change made here is recorded in the article's history under the account, exactly as
 * an edit in the newsroom, and reaches every node through the change feed. What an account may not
 * do is refused before anything is written.
 */
public final class Editorial {
  /** Why a request is refused; nothing was changed. */
  public static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * What kind of refusal: no such thing, not this account's to do, not from where the article
     * stands, input that will not do, or a file that is not an image we take.
     */
    public enum Kind {
      NOT_FOUND,
      NOT_ALLOWED,
      CONFLICT,
      INVALID,
      UNSUPPORTED
    }

    private final Kind kind;
    private final transient Map<String, String> problems;

    Refusal(Kind kind, String message, Map<String, String> problems) {
      super(message, null, false, false);
      this.kind = kind;
      this.problems = Map.copyOf(problems);
    }

    public Kind kind() {
      return kind;
    }

    /** The fields that will not do, with a message each (INVALID only). */
    public Map<String, String> problems() {
      return problems;
    }
  }

  // Who could make a move at all, whatever the role: tells "not from here" from "not for you".
  private static final Account ANY_ROLE = new Account(0, "", "", Role.ADMIN, false, null, null);

  private final ArticleRepository articles;
  private final ArticleChecks checks;
  private final Desk desk;
  private final HistoryRepository history;
  private final PreviewLinks previewLinks;
  private final ImageStore images;
  private final String previewHost;
  private final SectionRepository sections;
  private final TagRepository tags;
  private final PageRepository pages;
  private final Structure structure;
  private final DeskQueries queries;
  private final ArticleReview review;

  Editorial(
      ArticleRepository articles,
      ArticleChecks checks,
      Desk desk,
      HistoryRepository history,
      PreviewLinks previewLinks,
      ImageStore images,
      String previewHost,
      SectionRepository sections,
      TagRepository tags,
      PageRepository pages,
      Structure structure,
      DeskQueries queries,
      ArticleReview review) {
    this.articles = articles;
    this.checks = checks;
    this.desk = desk;
    this.history = history;
    this.previewLinks = previewLinks;
    this.images = images;
    this.previewHost = previewHost;
    this.sections = sections;
    this.tags = tags;
    this.pages = pages;
    this.structure = structure;
    this.queries = queries;
    this.review = review;
  }

  /** One page of the newsroom's article list, newest change first. */
  public record ArticlePage(List<Article> articles, int page, int pages, int total) {}

  /**
   * The newsroom's article list with its filters (blank: any): status, section id, author id, words
   * in the headline or standfirst; {@code page} counts from 1.
   */
  public ArticlePage list(String status, String section, String author, String text, int page) {
    var filter = new DeskQueries.Filter(status, section, author, text, false, page);
    int total = queries.count(filter);
    int pages = Math.max(1, (total + DeskQueries.PAGE - 1) / DeskQueries.PAGE);
    return new ArticlePage(
        page > pages ? List.of() : queries.find(filter, page), page, pages, total);
  }

  /** Whether this account may open the article (the list shows every article, as the desk's). */
  public static boolean mayEdit(Account me, Article a) {
    return Permissions.canEdit(me, a);
  }

  /** The article, if this account may work on it (as the editor opens it). */
  public Article article(Account me, long id) {
    Article a =
        articles
            .findById(id)
            .orElseThrow(() -> refusal(Refusal.Kind.NOT_FOUND, "No such article."));
    if (!Permissions.canEdit(me, a)) {
      throw refusal(Refusal.Kind.NOT_ALLOWED, "Your role cannot edit this article.");
    }
    return a;
  }

  /** The editor's form of a stored article, its pinned related articles as their addresses. */
  public ArticleForm form(Article a) {
    return checks.form(a);
  }

  /** What the editorial checks find in the article (warnings overridden for it left out). */
  public List<broadsheet.checks.Finding> findings(Article a) {
    return review.findings(a);
  }

  /** The article's latest revision: what an update must start from. */
  public long revision(long articleId) {
    return history.latestRevision(articleId);
  }

  /** The article's workflow transitions, oldest first: who moved it, when, where. */
  public List<Transition> transitions(Article a) {
    return history.transitions(a.id());
  }

  /** The article's revisions, newest first: who saved it, when. */
  public List<Revision> revisions(Article a) {
    return history.revisions(a.id());
  }

  /** The statuses this account may move the article to now. */
  public List<Status> moves(Account me, Article a) {
    return Permissions.transitions(me, a).stream().sorted().toList();
  }

  public boolean mayCorrect(Account me, Article a) {
    return Permissions.canCorrect(me, a);
  }

  /** Creates a draft as the editor does (the byline rule included); returns its id. */
  public long create(Account me, ArticleForm sent) {
    ArticleForm form = ArticleChecks.byline(me, null, sent);
    Map<String, String> problems = new LinkedHashMap<>(checks.problems(me, null, form));
    List<Long> pinned = checks.pinnedIds(form, problems);
    invalidUnlessEmpty(problems);
    return desk.create(me, form, pinned);
  }

  /**
   * Saves the form over the article if nobody saved it after revision {@code basedOn} (else {@link
   * Desk.Stale}); returns the new revision.
   */
  public long update(Account me, Article a, ArticleForm sent, long basedOn) {
    ArticleForm form = ArticleChecks.byline(me, a, sent);
    Map<String, String> problems = new LinkedHashMap<>(checks.problems(me, a, form));
    List<Long> pinned = checks.pinnedIds(form, problems);
    invalidUnlessEmpty(problems);
    return desk.saveWithPins(me, a, form, "saved", basedOn, pinned);
  }

  /** Moves the article through the workflow; {@code when} is the time of a scheduled one. */
  public void move(Account me, Article a, Status to, Instant when) {
    if (!Permissions.transitions(me, a).contains(to)) {
      boolean possible = Permissions.transitions(ANY_ROLE, a).contains(to);
      throw refusal(
          possible ? Refusal.Kind.NOT_ALLOWED : Refusal.Kind.CONFLICT,
          possible
              ? "Your role cannot move this article to " + to.code() + "."
              : "An article that is " + a.status().code() + " cannot move to " + to.code() + ".");
    }
    Instant at = null;
    if (to == Status.SCHEDULED) {
      Map<String, String> problem = new LinkedHashMap<>();
      at = when == null ? null : checks.future(when, problem);
      if (when == null) {
        problem.put("publish_at", "Give the time to publish at.");
      }
      invalidUnlessEmpty(problem);
    }
    invalidUnlessEmpty(desk.move(me, a, to, at));
  }

  /** Appends a correction or an update to a published article, as editors do. */
  public void correct(Account me, Article a, Correction.Kind kind, String text) {
    if (!Permissions.canCorrect(me, a)) {
      throw refusal(
          a.isPublished() ? Refusal.Kind.NOT_ALLOWED : Refusal.Kind.CONFLICT,
          a.isPublished()
              ? "Only editors correct published articles."
              : "Only a published article is corrected.");
    }
    String body = text == null ? "" : text.strip();
    if (body.isEmpty() || body.length() > 2000) {
      invalidUnlessEmpty(Map.of("text", "Write the correction (up to 2,000 characters)."));
    }
    desk.correct(a, kind, body);
  }

  /** A signed, expiring link that shows the unpublished article on the preview host. */
  public PreviewLink previewLink(Account me, Article a) {
    return previewLinks.create(a.id(), me.id(), a.path(), previewHost);
  }

  public List<PreviewLink> previewLinks(Article a) {
    return previewLinks.forArticle(a.id(), a.path(), previewHost);
  }

  /** Revokes one of the article's preview links; false when it has no such link. */
  public boolean revokePreviewLink(Article a, long link) {
    if (previewLinks(a).stream().noneMatch(l -> l.id() == link)) {
      return false;
    }
    previewLinks.revoke(a.id(), link);
    return true;
  }

  /** Whether this account may upload images: asked before a byte of an upload is read. */
  public static boolean mayUpload(Account me) {
    return Permissions.canUpload(me);
  }

  /** The largest image upload there is. */
  public static final long MAX_IMAGE_BYTES = ImageStore.MAX_BYTES;

  /** Stores an uploaded image with the newsroom's checks (its type, size, dimensions). */
  public UploadedImage upload(Account me, byte[] bytes, String alt) {
    if (!Permissions.canUpload(me)) {
      throw refusal(Refusal.Kind.NOT_ALLOWED, "Your role cannot upload images.");
    }
    try {
      return images.store(bytes, alt, me.id());
    } catch (ImageStore.Refused e) {
      throw refusal(Refusal.Kind.UNSUPPORTED, e.getMessage());
    }
  }

  /** Whether this account manages sections, tags and pages. */
  public static boolean managesDesk(Account me) {
    return Permissions.managesDesk(me);
  }

  /** The sections, which every writer chooses from. */
  public List<Section> sections() {
    return sections.all();
  }

  /** Adds a section (editors and admins); returns it. */
  public Section addSection(Account me, String slug, String name, String description, Long parent) {
    requireDesk(me);
    String address = Structure.slug(slug);
    invalidUnlessEmpty(
        structure.addSection(
            address, name, description, parent == null ? "" : String.valueOf(parent)));
    return sections.findBySlug(address).orElseThrow();
  }

  public List<Tag> tags() {
    return tags.all();
  }

  /** Renames a tag everywhere it is used (editors and admins); returns it. */
  public Tag renameTag(Account me, long id, String name) {
    requireDesk(me);
    if (!structure.tagExists(id)) {
      throw refusal(Refusal.Kind.NOT_FOUND, "No such tag.");
    }
    String problem = structure.renameTag(id, name);
    if (problem != null) {
      invalidUnlessEmpty(Map.of("name", problem));
    }
    return tags.all().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  /** The static pages, published or not (editors and admins). */
  public List<Page> pages(Account me) {
    requireDesk(me);
    return pages.all();
  }

  public Page page(Account me, String slug) {
    requireDesk(me);
    return (Slugs.isValid(slug) ? pages.findBySlug(slug) : java.util.Optional.<Page>empty())
        .orElseThrow(() -> refusal(Refusal.Kind.NOT_FOUND, "No such page."));
  }

  /** Creates or replaces a static page (editors and admins); returns it. */
  public Page savePage(
      Account me, String slug, String title, String body, boolean published, boolean isNew) {
    requireDesk(me);
    invalidUnlessEmpty(structure.savePage(slug, title, body, published, isNew));
    return pages.findBySlug(slug).orElseThrow();
  }

  private static void requireDesk(Account me) {
    if (!Permissions.managesDesk(me)) {
      throw refusal(
          Refusal.Kind.NOT_ALLOWED, "Only editors and admins manage sections, tags and pages.");
    }
  }

  private static void invalidUnlessEmpty(Map<String, String> problems) {
    if (!problems.isEmpty()) {
      throw new Refusal(
          Refusal.Kind.INVALID, "Not saved: " + String.join(" ", problems.values()), problems);
    }
  }

  private static Refusal refusal(Refusal.Kind kind, String message) {
    return new Refusal(kind, message, Map.of());
  }
}
