package broadsheet.api;

import broadsheet.content.Page;
import broadsheet.content.Section;
import broadsheet.content.Tag;
import broadsheet.newsroom.Account;
import broadsheet.newsroom.Editorial;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The paper's structure through the Admin API: sections and tags (listed for every writer, changed
 * by editors and admins) and static pages (editors and admins), with the newsroom's checks.
 */
final class AdminDeskRoutes {
  private final Editorial editorial;
  private final AdminResponses out;
  private final ApiJson json;
  private final Supplier<String> baseUrl;

  AdminDeskRoutes(Editorial editorial, AdminResponses out, ApiJson json, Supplier<String> baseUrl) {
    this.editorial = editorial;
    this.out = out;
    this.json = json;
    this.baseUrl = baseUrl;
  }

  record SectionView(
      long id, String slug, String name, String description, Long parentId, String url) {}

  record TagView(long id, String slug, String name, String url) {}

  record PageView(
      long id,
      String slug,
      String title,
      String body,
      boolean published,
      Instant updatedAt,
      String url) {}

  List<AdminRoute> routes(String base) {
    return List.of(
        new AdminRoute(
            "get",
            base + "/sections",
            "listSections",
            "The sections",
            null,
            200,
            "Sections",
            List.of(),
            this::sections),
        new AdminRoute(
            "post",
            base + "/sections",
            "createSection",
            "Add a section (editors and admins)",
            "SectionInput",
            201,
            "Section",
            List.of(400, 403, 415, 422),
            this::addSection),
        new AdminRoute(
            "get",
            base + "/tags",
            "listTags",
            "The tags",
            null,
            200,
            "Tags",
            List.of(),
            this::tags),
        new AdminRoute(
            "patch",
            base + "/tags/{id}",
            "renameTag",
            "Rename a tag wherever it is used (editors and admins)",
            "TagInput",
            200,
            "Tag",
            List.of(400, 403, 404, 415, 422),
            this::renameTag),
        new AdminRoute(
            "get",
            base + "/pages",
            "listPages",
            "The static pages, published or not",
            null,
            200,
            "Pages",
            List.of(403),
            this::pages),
        new AdminRoute(
            "get",
            base + "/pages/{slug}",
            "getPage",
            "A static page",
            null,
            200,
            "Page",
            List.of(403, 404),
            this::page),
        new AdminRoute(
            "put",
            base + "/pages/{slug}",
            "savePage",
            "Create or replace a static page (editors and admins)",
            "PageInput",
            200,
            "Page",
            List.of(400, 403, 415, 422),
            this::savePage));
  }

  private void sections(Context ctx) {
    TokenGate.account(ctx);
    out.json(ctx, 200, editorial.sections().stream().map(this::view).toList());
  }

  private void addSection(Context ctx) {
    Account me = deskHand(ctx);
    JsonInput in = JsonInput.of(ctx, json).only(Set.of("slug", "name", "description", "parent_id"));
    Section added =
        editorial.addSection(
            me,
            required(in.string("slug", false), "slug"),
            required(in.string("name", false), "name"),
            or(in.string("description", false)),
            in.integer("parent_id"));
    ctx.header("Location", ctx.path() + "/" + added.id());
    out.json(ctx, 201, view(added));
  }

  private void tags(Context ctx) {
    TokenGate.account(ctx);
    out.json(ctx, 200, editorial.tags().stream().map(this::view).toList());
  }

  private void renameTag(Context ctx) {
    Account me = deskHand(ctx);
    String id = ctx.pathParam("id");
    if (!id.matches("[0-9]{1,18}")) {
      throw ApiProblem.notFound("No such tag.");
    }
    JsonInput in = JsonInput.of(ctx, json).only(Set.of("name"));
    out.json(
        ctx,
        200,
        view(
            editorial.renameTag(
                me, Long.parseLong(id), required(in.string("name", false), "name"))));
  }

  private void pages(Context ctx) {
    Account me = TokenGate.account(ctx);
    out.json(ctx, 200, editorial.pages(me).stream().map(this::view).toList());
  }

  private void page(Context ctx) {
    Account me = TokenGate.account(ctx);
    out.json(ctx, 200, view(editorial.page(me, ctx.pathParam("slug"))));
  }

  private void savePage(Context ctx) {
    Account me = deskHand(ctx);
    String slug = ctx.pathParam("slug");
    JsonInput in = JsonInput.of(ctx, json).only(Set.of("title", "body", "published"));
    String title = required(in.string("title", false), "title");
    String sent = in.string("body", true);
    String body = sent == null ? "" : sent.replace("\r\n", "\n");
    Boolean published = in.bool("published");
    boolean isNew = editorial.pages(me).stream().noneMatch(p -> p.slug().equals(slug));
    Page saved = editorial.savePage(me, slug, title, body, published != null && published, isNew);
    out.json(ctx, isNew ? 201 : 200, view(saved));
  }

  /** The token's account if it manages the desk: refused before the body is read. */
  private static Account deskHand(Context ctx) {
    Account me = TokenGate.account(ctx);
    if (!Editorial.managesDesk(me)) {
      throw ApiProblem.of(403, "Only editors and admins manage sections, tags and pages.");
    }
    return me;
  }

  private SectionView view(Section s) {
    return new SectionView(
        s.id(), s.slug(), s.name(), s.description(), s.parentId(), baseUrl.get() + s.path());
  }

  private TagView view(Tag t) {
    return new TagView(t.id(), t.slug(), t.name(), baseUrl.get() + t.path());
  }

  private PageView view(Page p) {
    return new PageView(
        p.id(),
        p.slug(),
        p.title(),
        p.bodyMarkdown(),
        p.published(),
        p.updatedAt(),
        baseUrl.get() + p.path());
  }

  private static String required(String value, String field) {
    if (value == null) {
      throw ApiProblem.invalid(field, "This field is needed.");
    }
    return value.strip();
  }

  private static String or(String value) {
    return value == null ? "" : value.strip();
  }
}
