package broadsheet.api;

import broadsheet.content.Article;
import broadsheet.content.Correction;
import broadsheet.content.Status;
import broadsheet.newsroom.Account;
import broadsheet.newsroom.ArticleForm;
import broadsheet.newsroom.Editorial;
import broadsheet.newsroom.PreviewLink;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Articles through the Admin API: create, read, update with optimistic concurrency (the revision is
 * the ETag; an update names it in If-Match), workflow transitions, corrections, preview links and
 * history. Every check and write is the editor's own ({@link Editorial}).
 */
final class AdminArticleRoutes {
  private final Editorial editorial;
  private final AdminResponses out;
  private final ApiJson json;
  private final Supplier<String> baseUrl;
  private final Clock clock;

  AdminArticleRoutes(
      Editorial editorial,
      AdminResponses out,
      ApiJson json,
      Supplier<String> baseUrl,
      Clock clock) {
    this.editorial = editorial;
    this.out = out;
    this.json = json;
    this.baseUrl = baseUrl;
    this.clock = clock;
  }

  List<AdminRoute> routes(String base) {
    String article = base + "/articles/{id}";
    return List.of(
        new AdminRoute(
            "post",
            base + "/articles",
            "createArticle",
            "Create a draft article",
            "ArticleInput",
            201,
            "AdminArticle",
            List.of(400, 403, 415, 422),
            this::create),
        new AdminRoute(
            "get",
            article,
            "getArticle",
            "An article in any status, with its revision as ETag",
            null,
            200,
            "AdminArticle",
            List.of(403, 404),
            this::get),
        new AdminRoute(
            "patch",
            article,
            "updateArticle",
            "Change the fields sent; If-Match must name the current revision",
            "ArticleInput",
            200,
            "AdminArticle",
            List.of(400, 403, 404, 412, 415, 422, 428),
            this::update),
        new AdminRoute(
            "post",
            article + "/transitions",
            "moveArticle",
            "Move the article through the workflow",
            "TransitionInput",
            200,
            "AdminArticle",
            List.of(400, 403, 404, 409, 415, 422),
            this::move),
        new AdminRoute(
            "post",
            article + "/corrections",
            "correctArticle",
            "Append a correction or update to a published article",
            "CorrectionInput",
            201,
            "AdminArticle",
            List.of(400, 403, 404, 409, 415, 422),
            this::correct),
        new AdminRoute(
            "get",
            article + "/history",
            "articleHistory",
            "The article's workflow transitions and revisions, with who made them",
            null,
            200,
            "History",
            List.of(403, 404),
            this::history),
        new AdminRoute(
            "get",
            article + "/preview-links",
            "listPreviewLinks",
            "The article's preview links",
            null,
            200,
            "PreviewLinks",
            List.of(403, 404),
            this::previewLinks),
        new AdminRoute(
            "post",
            article + "/preview-links",
            "createPreviewLink",
            "A signed link that shows the unpublished article on the preview host for 7 days",
            null,
            201,
            "PreviewLink",
            List.of(403, 404),
            this::createPreviewLink),
        new AdminRoute(
            "delete",
            article + "/preview-links/{link}",
            "revokePreviewLink",
            "Revoke a preview link",
            null,
            204,
            null,
            List.of(403, 404),
            this::revokePreviewLink));
  }

  private void create(Context ctx) {
    Account me = TokenGate.account(ctx);
    ArticleForm form = ArticleInput.over(ArticleInput.empty(), JsonInput.of(ctx, json));
    long id = editorial.create(me, form);
    ctx.header("Location", ctx.path() + "/" + id);
    send(ctx, 201, me, editorial.article(me, id));
  }

  private void get(Context ctx) {
    Account me = TokenGate.account(ctx);
    send(ctx, 200, me, article(ctx, me));
  }

  private void update(Context ctx) {
    Account me = TokenGate.account(ctx);
    Article a = article(ctx, me);
    String ifMatch = ctx.header("If-Match");
    if (ifMatch == null || ifMatch.isBlank()) {
      throw ApiProblem.of(
          428,
          "Name the revision you changed in If-Match (the ETag of the article as you read it).");
    }
    long current = editorial.revision(a.id());
    if (!matches(ifMatch, current)) {
      throw stale(current);
    }
    ArticleForm form = ArticleInput.over(editorial.form(a), JsonInput.of(ctx, json));
    try {
      editorial.update(me, a, form, current);
    } catch (broadsheet.newsroom.Desk.Stale e) {
      throw stale(editorial.revision(a.id()));
    }
    send(ctx, 200, me, editorial.article(me, a.id()));
  }

  private static ApiProblem stale(long current) {
    return ApiProblem.of(
        412,
        "Someone saved the article after the revision named in If-Match; it is now at revision "
            + current
            + ". Read it again and apply your change to that.");
  }

  /** Whether If-Match names this revision: one of its entity tags, or "*". */
  static boolean matches(String ifMatch, long revision) {
    String wanted = AdminArticle.etag(revision);
    return Arrays.stream(ifMatch.split(","))
        .map(String::strip)
        .anyMatch(tag -> tag.equals("*") || tag.equals(wanted));
  }

  private void move(Context ctx) {
    Account me = TokenGate.account(ctx);
    Article a = article(ctx, me);
    JsonInput in = JsonInput.of(ctx, json).only(Set.of("to", "publish_at"));
    String to = in.string("to", false);
    if (to == null || to.isBlank()) {
      throw ApiProblem.invalid("to", "Name the status to move to, e.g. \"review\".");
    }
    Status status =
        Arrays.stream(Status.values())
            .filter(s -> s.code().equals(to))
            .findFirst()
            .orElseThrow(
                () ->
                    ApiProblem.invalid(
                        "to", "Use draft, review, scheduled, published or unpublished."));
    String at = in.string("publish_at", false);
    Instant when = null;
    if (at != null && !at.isBlank()) {
      try {
        when = OffsetDateTime.parse(at).toInstant();
      } catch (DateTimeParseException e) {
        throw ApiProblem.invalid(
            "publish_at", "Give a time with its offset, e.g. 2026-12-01T07:00:00+01:00.");
      }
    }
    editorial.move(me, a, status, when);
    send(ctx, 200, me, editorial.article(me, a.id()));
  }

  private void correct(Context ctx) {
    Account me = TokenGate.account(ctx);
    Article a = article(ctx, me);
    JsonInput in = JsonInput.of(ctx, json).only(Set.of("kind", "text"));
    String kind = in.string("kind", false);
    Correction.Kind k;
    if (kind == null || kind.equals("correction")) {
      k = Correction.Kind.CORRECTION;
    } else if (kind.equals("update")) {
      k = Correction.Kind.UPDATE;
    } else {
      throw ApiProblem.invalid("kind", "Use correction or update.");
    }
    editorial.correct(me, a, k, in.string("text", true));
    send(ctx, 201, me, editorial.article(me, a.id()));
  }

  /** Who moved the article and who saved it, and when. */
  record History(List<Move> transitions, List<Save> revisions) {}

  record Move(String from, String to, String by, Instant at) {}

  record Save(long id, String by, Instant at, String headline, String note) {}

  private void history(Context ctx) {
    Article a = article(ctx, TokenGate.account(ctx));
    out.json(
        ctx,
        200,
        new History(
            editorial.transitions(a).stream()
                .map(
                    t ->
                        new Move(
                            t.from() == null ? null : t.from().code(),
                            t.to().code(),
                            t.by(),
                            t.at()))
                .toList(),
            editorial.revisions(a).stream()
                .map(r -> new Save(r.id(), r.by(), r.createdAt(), r.headline(), r.note()))
                .toList()));
  }

  /** A preview link as the API gives it: an absolute address, times to the second. */
  record Link(long id, String url, Instant createdAt, Instant expiresAt, boolean live) {
    static Link of(PreviewLink l, Instant now, String baseUrl) {
      return new Link(
          l.id(),
          absolute(l.url(), baseUrl),
          l.createdAt().truncatedTo(ChronoUnit.SECONDS),
          l.expiresAt().truncatedTo(ChronoUnit.SECONDS),
          l.live(now));
    }

    /** The newsroom's link is scheme-relative, on the preview host or (none set) this site. */
    private static String absolute(String url, String baseUrl) {
      if (url.startsWith("///")) {
        return baseUrl + url.substring(2);
      }
      return url.startsWith("//") ? baseUrl.substring(0, baseUrl.indexOf(':') + 1) + url : url;
    }
  }

  private void previewLinks(Context ctx) {
    Article a = article(ctx, TokenGate.account(ctx));
    Instant now = clock.instant();
    out.json(
        ctx,
        200,
        editorial.previewLinks(a).stream().map(l -> Link.of(l, now, baseUrl.get())).toList());
  }

  private void createPreviewLink(Context ctx) {
    Account me = TokenGate.account(ctx);
    Article a = article(ctx, me);
    PreviewLink link = editorial.previewLink(me, a);
    out.json(ctx, 201, Link.of(link, link.createdAt(), baseUrl.get()));
  }

  private void revokePreviewLink(Context ctx) {
    Article a = article(ctx, TokenGate.account(ctx));
    String link = ctx.pathParam("link");
    if (!link.matches("[0-9]{1,18}") || !editorial.revokePreviewLink(a, Long.parseLong(link))) {
      throw ApiProblem.notFound("This article has no such preview link.");
    }
    ctx.status(204);
  }

  private Article article(Context ctx, Account me) {
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw ApiProblem.notFound("No such article.");
    }
    return editorial.article(me, Long.parseLong(id));
  }

  private void send(Context ctx, int status, Account me, Article a) {
    long revision = editorial.revision(a.id());
    ctx.header("ETag", AdminArticle.etag(revision));
    out.json(
        ctx,
        status,
        AdminArticle.of(
            a,
            editorial.form(a),
            revision,
            editorial.moves(me, a),
            baseUrl.get(),
            editorial.findings(a)));
  }
}
