package broadsheet.newsroom;

import broadsheet.checks.EditorialChecks;
import broadsheet.checks.Finding;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.AuthorRepository;
import broadsheet.content.BodyRenderer;
import broadsheet.content.Correction;
import broadsheet.content.SectionRepository;
import broadsheet.content.Status;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The editor: the article list, the edit form, workflow moves, history and corrections. */
final class ArticleDeskRoutes {
  private final ArticleRepository articles;
  private final DeskQueries queries;
  private final SectionRepository sections;
  private final AuthorRepository authors;
  private final HistoryRepository history;
  private final PreviewLinks previewLinks;
  private final ImageStore images;
  private final Desk desk;
  private final BodyRenderer renderer;
  private final Templates templates;
  private final AdminFrames frames;
  private final Supplier<ZoneId> zone;
  private final String previewHost;
  private final ArticleChecks checks;
  private final ArticleReview review;

  ArticleDeskRoutes(
      ArticleRepository articles,
      DeskQueries queries,
      SectionRepository sections,
      AuthorRepository authors,
      HistoryRepository history,
      PreviewLinks previewLinks,
      ImageStore images,
      Desk desk,
      BodyRenderer renderer,
      Templates templates,
      AdminFrames frames,
      Supplier<ZoneId> zone,
      String previewHost,
      ArticleChecks checks,
      ArticleReview review,
      Clock clock) {
    this.articles = articles;
    this.queries = queries;
    this.sections = sections;
    this.authors = authors;
    this.history = history;
    this.previewLinks = previewLinks;
    this.images = images;
    this.desk = desk;
    this.renderer = renderer;
    this.templates = templates;
    this.frames = frames;
    this.zone = zone;
    this.previewHost = previewHost;
    this.review = review;
    this.checks = checks;
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin", ctx -> ctx.redirect("/admin/articles", HttpStatus.SEE_OTHER));
    config.routes.get("/admin/articles", this::list);
    config.routes.get("/admin/articles/new", this::newForm);
    config.routes.post("/admin/articles", this::create);
    config.routes.get("/admin/articles/{id}", this::edit);
    config.routes.post("/admin/articles/{id}", this::save);
    config.routes.post("/admin/articles/{id}/status", this::move);
    config.routes.post("/admin/articles/{id}/corrections", this::correct);
    config.routes.get("/admin/articles/{id}/history", this::history);
    config.routes.get("/admin/articles/{id}/compare", this::compare);
    config.routes.post("/admin/articles/{id}/restore", this::restore);
    config.routes.post("/admin/articles/{id}/overrides", this::override);
    config.routes.post("/admin/articles/{id}/preview-links", this::createPreviewLink);
    config.routes.post("/admin/articles/{id}/preview-links/{link}/revoke", this::revokePreviewLink);
  }

  private void list(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    DeskQueries.Filter filter = DeskQueries.Filter.from(ctx);
    int total = queries.count(filter);
    int pages = Math.max(1, (total + DeskQueries.PAGE - 1) / DeskQueries.PAGE);
    int page = Math.min(filter.page(), pages);
    List<AdminViews.ArticleRow> rows =
        queries.find(filter, page).stream()
            .map(a -> new AdminViews.ArticleRow(a, Permissions.canEdit(me, a)))
            .toList();
    ctx.html(
        templates.render(
            "admin/articles.jte",
            new AdminViews.ArticleList(
                frames.frame(ctx, "articles"),
                rows,
                sections.all(),
                authors.all(),
                filter.status(),
                filter.section(),
                filter.author(),
                filter.text(),
                filter.findings(),
                page,
                pages,
                filter.query())));
  }

  private void newForm(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    render(ctx, null, ArticleForm.empty(me), Map.of(), null, null);
  }

  private void create(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    ArticleForm form = ArticleChecks.byline(me, null, ArticleForm.from(ctx));
    Map<String, String> problems = checks.problems(me, null, form);
    if (!problems.isEmpty() || "preview".equals(ctx.formParam("action"))) {
      ctx.status(problems.isEmpty() ? 200 : 400);
      render(
          ctx,
          null,
          form,
          problems,
          problems.isEmpty() ? renderer.render(form.body()) : null,
          null);
      return;
    }
    long id = desk.create(me, form);
    ctx.redirect("/admin/articles/" + id + "?saved=1", HttpStatus.SEE_OTHER);
  }

  private void edit(Context ctx) {
    Article a = editable(ctx);
    String message =
        ctx.queryParam("saved") != null
            ? "Saved."
            : ctx.queryParam("moved") != null ? "Status changed." : null;
    render(ctx, a, formOf(a), Map.of(), null, message);
  }

  /** The form of a stored article, pinned related articles included. */
  private ArticleForm formOf(Article a) {
    return checks.form(a);
  }

  private void save(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    Article a = editable(ctx);
    ArticleForm form = ArticleChecks.byline(me, a, ArticleForm.from(ctx));
    Map<String, String> problems = new LinkedHashMap<>(checks.problems(me, a, form));
    List<Long> pinned = checks.pinnedIds(form, problems);
    if (!problems.isEmpty() || "preview".equals(ctx.formParam("action"))) {
      ctx.status(problems.isEmpty() ? 200 : 400);
      render(
          ctx, a, form, problems, problems.isEmpty() ? renderer.render(form.body()) : null, null);
      return;
    }
    desk.saveWithPins(me, a, form, "saved", pinned);
    ctx.redirect("/admin/articles/" + a.id() + "?saved=1", HttpStatus.SEE_OTHER);
  }

  private void move(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    Article a = editable(ctx);
    Status to;
    try {
      to = Status.of(String.valueOf(ctx.formParam("to")));
    } catch (IllegalArgumentException e) {
      throw new io.javalin.http.BadRequestResponse("Unknown status.");
    }
    if (!Permissions.transitions(me, a).contains(to)) {
      throw new ForbiddenResponse("Your role cannot move this article to " + to.code() + ".");
    }
    Instant when = null;
    if (to == Status.SCHEDULED) {
      Map<String, String> problem = new LinkedHashMap<>();
      when = checks.scheduleTime(ctx.formParam("publish_at"), problem);
      if (when == null) {
        ctx.status(400);
        render(ctx, a, formOf(a), problem, null, null);
        return;
      }
    }
    Map<String, String> missing = desk.move(me, a, to, when);
    if (!missing.isEmpty()) {
      ctx.status(400);
      render(ctx, a, formOf(a), missing, null, "Not yet: fill in what is marked below.");
      return;
    }
    ctx.redirect("/admin/articles/" + a.id() + "?moved=1", HttpStatus.SEE_OTHER);
  }

  private void correct(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    Article a = editable(ctx);
    if (!Permissions.canCorrect(me, a)) {
      throw new ForbiddenResponse("Only editors correct published articles.");
    }
    String text = Forms.value(ctx, "text");
    Correction.Kind kind =
        "update".equals(ctx.formParam("kind"))
            ? Correction.Kind.UPDATE
            : Correction.Kind.CORRECTION;
    if (text.isEmpty() || text.length() > 2000) {
      ctx.status(400);
      render(
          ctx,
          a,
          formOf(a),
          Map.of("correction", "Write the correction (up to 2,000 characters)."),
          null,
          null);
      return;
    }
    desk.correct(a, kind, text);
    ctx.redirect("/admin/articles/" + a.id() + "?saved=1", HttpStatus.SEE_OTHER);
  }

  private void history(Context ctx) {
    Article a = editable(ctx);
    ctx.html(
        templates.render(
            "admin/history.jte",
            new AdminViews.History(
                frames.frame(ctx, "articles"),
                a,
                history.transitions(a.id()),
                history.revisions(a.id()),
                review.overrides(a.id()))));
  }

  private void compare(Context ctx) {
    Article a = editable(ctx);
    Revision left = revision(a, ctx.queryParam("a"));
    Revision right = revision(a, ctx.queryParam("b"));
    ctx.html(
        templates.render(
            "admin/compare.jte",
            new AdminViews.Compare(
                frames.frame(ctx, "articles"),
                a,
                left,
                right,
                WordDiff.of(left.headline(), right.headline()),
                WordDiff.of(left.standfirst(), right.standfirst()),
                WordDiff.of(left.bodyMarkdown(), right.bodyMarkdown()))));
  }

  private void restore(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    Article a = editable(ctx);
    desk.restore(me, a, revision(a, ctx.formParam("revision")));
    ctx.redirect("/admin/articles/" + a.id() + "?saved=1", HttpStatus.SEE_OTHER);
  }

  /** An editor overrides a warning for this article; the history records who and when. */
  private void override(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    Article a = editable(ctx);
    if (!me.role().editsEveryone()) {
      throw new ForbiddenResponse("Only editors override a warning.");
    }
    if (!review.override(me, a, ctx.formParam("rule"))) {
      throw new io.javalin.http.BadRequestResponse(
          "Only a warning the article has, not yet overridden, can be overridden.");
    }
    review.written(a.id());
    ctx.redirect("/admin/articles/" + a.id() + "?saved=1", HttpStatus.SEE_OTHER);
  }

  private void createPreviewLink(Context ctx) {
    Account me = NewsroomGate.staff(ctx).account();
    Article a = editable(ctx);
    previewLinks.create(a.id(), me.id(), a.path(), previewHost);
    ctx.redirect("/admin/articles/" + a.id() + "#preview-links", HttpStatus.SEE_OTHER);
  }

  private void revokePreviewLink(Context ctx) {
    Article a = editable(ctx);
    String link = ctx.pathParam("link");
    if (!link.matches("[0-9]{1,18}")) {
      throw new NotFoundResponse();
    }
    previewLinks.revoke(a.id(), Long.parseLong(link));
    ctx.redirect("/admin/articles/" + a.id() + "#preview-links", HttpStatus.SEE_OTHER);
  }

  /** The article of the path, if this account may work on it: 404 if none, 403 if not theirs. */
  private Article editable(Context ctx) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw new NotFoundResponse("No such article.");
    }
    Article a =
        articles
            .findById(Long.parseLong(id))
            .orElseThrow(() -> new NotFoundResponse("No such article."));
    if (!Permissions.canEdit(NewsroomGate.staff(ctx).account(), a)) {
      throw new ForbiddenResponse("Your role cannot edit this article.");
    }
    return a;
  }

  private Revision revision(Article a, String id) {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      throw new io.javalin.http.BadRequestResponse("Choose a revision.");
    }
    return history
        .revision(a.id(), Long.parseLong(id))
        .orElseThrow(() -> new NotFoundResponse("No such revision."));
  }

  private void render(
      Context ctx,
      Article a,
      ArticleForm form,
      Map<String, String> errors,
      String preview,
      String message) {
    Account me = NewsroomGate.staff(ctx).account();
    List<Status> moves =
        a == null ? List.of() : Permissions.transitions(me, a).stream().sorted().toList();
    // A stored article is checked as stored; a form sent back (a preview, a refusal) as sent.
    List<Finding> findings =
        a != null && form.equals(formOf(a)) ? review.findings(a) : review.findings(form, a);
    ctx.html(
        templates.render(
            "admin/edit.jte",
            new AdminViews.Editor(
                frames.frame(ctx, "articles"),
                a,
                form,
                errors,
                sections.all(),
                authors.all(),
                moves,
                preview,
                a != null && Permissions.canCorrect(me, a),
                a == null ? List.of() : previewLinks.forArticle(a.id(), a.path(), previewHost),
                previewHost,
                message,
                Permissions.canUpload(me) ? images.recent(24) : List.of(),
                EditorialChecks.byField(findings),
                a != null && me.role().editsEveryone())));
  }
}
