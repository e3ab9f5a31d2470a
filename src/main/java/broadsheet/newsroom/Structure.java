package broadsheet.newsroom;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFeed;
import broadsheet.content.BodyRenderer;
import broadsheet.content.PageRepository;
import broadsheet.content.Section;
import broadsheet.content.SectionRepository;
import broadsheet.content.Slugs;
import broadsheet.content.TagRepository;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The paper's structure as editors change it, whoever sends the change (the newsroom's screens, the
 * Admin API): sections, tag names and static pages, checked, then written with a change on the feed
 * so that every node's pages follow. The role is checked before any call here.
 */
final class Structure {
  private final SectionRepository sections;
  private final PageRepository pages;
  private final TagRepository tags;
  private final BodyRenderer renderer;
  private final ChangeFeed changes;
  private final Clock clock;

  Structure(
      SectionRepository sections,
      PageRepository pages,
      TagRepository tags,
      BodyRenderer renderer,
      ChangeFeed changes,
      Clock clock) {
    this.sections = sections;
    this.pages = pages;
    this.tags = tags;
    this.renderer = renderer;
    this.changes = changes;
    this.clock = clock;
  }

  /** Adds a section (parent: a section's id, or blank); the problems by field, empty if added. */
  Map<String, String> addSection(String slug, String name, String description, String parent) {
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
      return errors;
    }
    int position = sections.all().size();
    Long parentSection = parentId;
    changes.write(
        h -> {
          long id = sections.insert(h, slug, name, description, position, parentSection);
          return changes.record(h, Change.Kind.STRUCTURE, id);
        });
    return errors;
  }

  /** Whether there is a tag of this id. */
  boolean tagExists(long id) {
    return tags.all().stream().anyMatch(t -> t.id() == id);
  }

  /** Renames an existing tag; the problem with the name, or null once renamed. */
  String renameTag(long id, String name) {
    if (name.isBlank() || name.length() > 100) {
      return "Give the tag a name of up to 100 characters.";
    }
    // The tag's name shows on each of its articles' pages and on every list that shows them.
    changes.write(
        h -> {
          long last = 0;
          for (long article : tags.rename(h, id, name)) {
            last = changes.record(h, Change.Kind.ARTICLE, article);
          }
          return last;
        });
    return null;
  }

  /**
   * Saves a static page (a new one: its slug must be free); the problems by field, empty if saved.
   */
  Map<String, String> savePage(
      String slug, String title, String body, boolean published, boolean isNew) {
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
      return errors;
    }
    String html = renderer.render(body);
    changes.write(
        h -> {
          long page = pages.save(h, slug, title, body, html, clock.instant(), published);
          return changes.record(h, Change.Kind.STRUCTURE, page);
        });
    return errors;
  }

  /** A section's address as typed: lower case, as the newsroom's form takes it. */
  static String slug(String typed) {
    return typed.toLowerCase(Locale.ROOT);
  }
}
