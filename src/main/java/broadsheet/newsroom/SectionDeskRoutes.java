package broadsheet.newsroom;

import broadsheet.changes.ChangeFeed;
import broadsheet.content.BodyRenderer;
import broadsheet.content.PageRepository;
import broadsheet.content.SectionRepository;
import broadsheet.content.Slugs;
import broadsheet.content.TagRepository;
import broadsheet.web.Templates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.util.Map;

/** Editors' screens for the paper's structure: sections, tags and static pages. */
final class SectionDeskRoutes {

  private final SectionRepository sections;
  private final PageRepository pages;
  private final Templates templates;
  private final AdminFrames frames;
  private final TagRepository tags;
  private final Structure structure;

  SectionDeskRoutes(
      SectionRepository sections,
      PageRepository pages,
      BodyRenderer renderer,
      Templates templates,
      AdminFrames frames,
      Clock clock,
      TagRepository tags,
      ChangeFeed changes) {
    this.sections = sections;
    this.pages = pages;
    this.templates = templates;
    this.frames = frames;
    this.tags = tags;
    this.structure = new Structure(sections, pages, tags, renderer, changes, clock);
  }

  void register(JavalinConfig config) {
    config.routes.get("/admin/sections", ctx -> sectionsPage(ctx, Map.of(), "", "", "", ""));
    config.routes.post("/admin/sections", this::createSection);
    config.routes.get("/admin/tags", ctx -> tagsPage(ctx, null));
    config.routes.post("/admin/tags/{id}", this::renameTag);
    config.routes.get("/admin/pages", this::pagesPage);
    config.routes.get("/admin/pages/{slug}", this::editPage);
    config.routes.post("/admin/pages", this::savePage);
  }

  private void createSection(Context ctx) {
    requireDesk(ctx);
    String slug = Structure.slug(Forms.value(ctx, "slug"));
    String name = Forms.value(ctx, "name");
    String description = Forms.value(ctx, "description");
    String parent = Forms.value(ctx, "parent");
    Map<String, String> errors = structure.addSection(slug, name, description, parent);
    if (!errors.isEmpty()) {
      ctx.status(400);
      sectionsPage(ctx, errors, slug, name, description, parent);
      return;
    }
    ctx.redirect("/admin/sections", HttpStatus.SEE_OTHER);
  }

  private void sectionsPage(
      Context ctx,
      Map<String, String> errors,
      String slug,
      String name,
      String description,
      String parent) {
    requireDesk(ctx);
    ctx.html(
        templates.render(
            "admin/sections.jte",
            new AdminViews.Sections(
                frames.frame(ctx, "sections"),
                sections.all(),
                errors,
                slug,
                name,
                description,
                parent)));
  }

  private void tagsPage(Context ctx, String error) {
    requireDesk(ctx);
    ctx.html(
        templates.render(
            "admin/tags.jte", new AdminViews.Tags(frames.frame(ctx, "tags"), tags.all(), error)));
  }

  private void renameTag(Context ctx) {
    requireDesk(ctx);
    String id = ctx.pathParam("id");
    String name = Forms.value(ctx, "name");
    if (!id.matches("[0-9]{1,18}") || !structure.tagExists(Long.parseLong(id))) {
      throw new NotFoundResponse("No such tag.");
    }
    String problem = structure.renameTag(Long.parseLong(id), name);
    if (problem != null) {
      ctx.status(400);
      tagsPage(ctx, problem);
      return;
    }
    ctx.redirect("/admin/tags", HttpStatus.SEE_OTHER);
  }

  private void pagesPage(Context ctx) {
    requireDesk(ctx);
    ctx.html(
        templates.render(
            "admin/pages.jte", new AdminViews.Pages(frames.frame(ctx, "pages"), pages.all())));
  }

  private void editPage(Context ctx) {
    requireDesk(ctx);
    String slug = ctx.pathParam("slug");
    if (slug.equals("new")) {
      pageEditor(ctx, "", "", "", true, Map.of(), true);
      return;
    }
    var page =
        Slugs.isValid(slug) ? pages.findBySlug(slug).orElseThrow(NotFoundResponse::new) : null;
    if (page == null) {
      throw new NotFoundResponse();
    }
    pageEditor(
        ctx, page.slug(), page.title(), page.bodyMarkdown(), page.published(), Map.of(), false);
  }

  private void savePage(Context ctx) {
    requireDesk(ctx);
    String slug = Forms.value(ctx, "slug");
    String title = Forms.value(ctx, "title");
    String body = Forms.text(ctx, "body");
    boolean isNew = "1".equals(ctx.formParam("new"));
    boolean published = "1".equals(ctx.formParam("published"));
    Map<String, String> errors = structure.savePage(slug, title, body, published, isNew);
    if (!errors.isEmpty()) {
      ctx.status(400);
      pageEditor(ctx, slug, title, body, published, errors, isNew);
      return;
    }
    ctx.redirect("/admin/pages", HttpStatus.SEE_OTHER);
  }

  private void pageEditor(
      Context ctx,
      String slug,
      String title,
      String body,
      boolean published,
      Map<String, String> errors,
      boolean isNew) {
    ctx.html(
        templates.render(
            "admin/page-edit.jte",
            new AdminViews.PageEditor(
                frames.frame(ctx, "pages"), slug, title, body, published, errors, isNew)));
  }

  private static void requireDesk(Context ctx) {
    if (!Permissions.managesDesk(NewsroomGate.staff(ctx).account())) {
      throw new ForbiddenResponse("Only editors and admins manage sections and pages.");
    }
  }
}
