package broadsheet.newsroom;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFeed;
import broadsheet.content.BodyRenderer;
import broadsheet.content.PageRepository;
import broadsheet.content.Section;
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
import java.util.LinkedHashMap;
import java.util.Map;

/** Editors' screens for the paper's structure: sections, tags and static pages. */
final class SectionDeskRoutes {

  private final SectionRepository sections;
  private final PageRepository pages;
  private final BodyRenderer renderer;
  private final Templates templates;
  private final AdminFrames frames;
  private final Clock clock;
  private final TagRepository tags;
  private final ChangeFeed changes;

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
    this.renderer = renderer;
    this.templates = templates;
    this.frames = frames;
    this.clock = clock;
    this.tags = tags;
    this.changes = changes;
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
    String slug = value(ctx, "slug").toLowerCase(java.util.Locale.ROOT);
    String name = value(ctx, "name");
    String description = value(ctx, "description");
    String parent = value(ctx, "parent");
    Map<String, String> errors = new LinkedHashMap<>();
    if (name.isBlank() || name.length() > 100) {
      errors.put("name", "Give the section a name of up to 100 characters.");
    }
    if (!Slugs.isValid(slug) || Slugs.isReserved(slug)) {
      errors.put(
          "slug",
          "Use lower-case letters, digits and hyphens; not a reserved word such as tag or admin.");
    } else if (sections.findBySlug(slug).isPresent()) {
      errors.put("slug", "Another section already has this address.");
    }
    Long parentId = null;
    if (!parent.isBlank()) {
      parentId =
          sections.all().stream()
              .filter(s -> String.valueOf(s.id()).equals(parent))
              .map(Section::id)
              .findFirst()
              .orElse(null);
      if (parentId == null) {
        errors.put("parent", "Choose a parent section from the list.");
      }
    }
    if (!errors.isEmpty()) {
      ctx.status(400);
      sectionsPage(ctx, errors, slug, name, description, parent);
      return;
    }
    int position = sections.all().size();
    Long parentSection = parentId;
    changes.write(
        h -> {
          long id = sections.insert(h, slug, name, description, position, parentSection);
          return changes.record(h, Change.Kind.STRUCTURE, id);
        });
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
    String name = value(ctx, "name");
    if (!id.matches("[0-9]{1,18}")
        || tags.all().stream().noneMatch(t -> String.valueOf(t.id()).equals(id))) {
      throw new NotFoundResponse("No such tag.");
    }
    if (name.isBlank() || name.length() > 100) {
      ctx.status(400);
      tagsPage(ctx, "Give the tag a name of up to 100 characters.");
      return;
    }
    // The tag's name shows on each of its articles' pages and on every list that shows them.
    changes.write(
        h -> {
          long last = 0;
          for (long article : tags.rename(h, Long.parseLong(id), name)) {
            last = changes.record(h, Change.Kind.ARTICLE, article);
          }
          return last;
        });
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
    String slug = value(ctx, "slug");
    String title = value(ctx, "title");
    String body = ctx.formParam("body") == null ? "" : ctx.formParam("body");
    boolean isNew = "1".equals(ctx.formParam("new"));
    boolean published = "1".equals(ctx.formParam("published"));
    Map<String, String> errors = new LinkedHashMap<>();
    if (!Slugs.isValid(slug)) {
      errors.put("slug", "Use lower-case letters, digits and hyphens.");
    } else if (isNew && pages.findBySlug(slug).isPresent()) {
      errors.put("slug", "A page with this address exists already.");
    }
    if (title.isBlank() || title.length() > 200) {
      errors.put("title", "Give the page a title of up to 200 characters.");
    }
    if (body.length() > 200_000) {
      errors.put("body", "The page is too long.");
    }
    if (!errors.isEmpty()) {
      ctx.status(400);
      pageEditor(ctx, slug, title, body, published, errors, isNew);
      return;
    }
    String html = renderer.render(body);
    changes.write(
        h -> {
          long page = pages.save(h, slug, title, body, html, clock.instant(), published);
          return changes.record(h, Change.Kind.STRUCTURE, page);
        });
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

  private static String value(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }
}
