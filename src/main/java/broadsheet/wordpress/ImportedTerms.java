package broadsheet.wordpress;

import static broadsheet.wordpress.ItemFields.decode;
import static broadsheet.wordpress.ItemFields.plainText;

import broadsheet.content.Section;
import broadsheet.content.Slugs;
import broadsheet.content.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An export's categories as sections (parents first, once the term list is complete) and its tags
 * as tags, each matched by slug to what the store already has.
 */
final class ImportedTerms {
  private final ImportTransaction tx;
  private final List<Wxr.Term> categories = new ArrayList<>();
  private boolean categoriesWritten;
  private final Map<String, Wxr.Term> categoryByNicename = new HashMap<>();
  private final Map<String, Long> sectionByNicename = new HashMap<>();
  private final Map<String, Long> tagBySlug = new HashMap<>();
  private Long defaultSection;

  ImportedTerms(ImportTransaction tx) {
    this.tx = tx;
  }

  /** A term of the export's list: categories wait for the rest of the list, tags are written. */
  void add(Wxr.Term term) {
    switch (term.taxonomy()) {
      case "category" -> {
        categories.add(term);
        categoryByNicename.putIfAbsent(term.slug(), term);
      }
      case "post_tag" -> tag(term.slug(), term.name());
      default ->
          tx.report.skipped(
              "terms", "taxonomy \"" + term.taxonomy() + "\" has no Broadsheet equivalent");
    }
  }

  /** Categories become sections, parents first, once the export's term list is complete. */
  void writeCategories() {
    if (categoriesWritten) {
      return;
    }
    categoriesWritten = true;
    for (Wxr.Term term : categories) {
      section(term.slug(), term.name());
    }
  }

  /** The section a category of a post names, made on first sight. */
  long section(String nicename, String name) {
    return section(nicename, name, new HashSet<>());
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
    String shown =
        tx.fitted(
            orElse(plainText(name), plainText(decode(nicename))),
            Section.NAME_LIMIT,
            "a category's name");
    String slug = Slugs.of(decode(nicename.isBlank() ? shown : nicename));
    if (Slugs.isReserved(slug)) {
      String renamed = slug + "-section";
      tx.report.note(
          "category \"" + slug + "\" clashes with a Broadsheet address; renamed " + renamed);
      slug = renamed;
    }
    var sections = tx.repos.sections();
    var existing = sections.idBySlug(tx.h, slug);
    long id;
    if (existing.isPresent()) {
      id = existing.get();
      tx.report.unchanged("sections");
    } else {
      String description = term == null ? "" : plainText(term.description());
      id = sections.insert(tx.h, slug, shown, description, sections.nextPosition(tx.h), parent);
      tx.report.imported("sections");
    }
    sectionByNicename.put(nicename, id);
    String wpId = term == null ? null : term.id();
    tx.redirects(OldAddresses.ofCategory(categoryPath(nicename), nicename, wpId), "section", id);
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

  /** A name as text, or where it held only markup (nothing to show), the term's slug. */
  private static String orElse(String name, String slug) {
    return name.isBlank() ? slug : name;
  }

  /** The tag a term names, made on first sight. */
  long tag(String wpSlug, String name) {
    String shown =
        tx.fitted(
            orElse(plainText(name), plainText(decode(wpSlug))), Tag.NAME_LIMIT, "a tag's name");
    String slug = Slugs.of(decode(wpSlug.isBlank() ? shown : wpSlug));
    Long known = tagBySlug.get(slug);
    if (known != null) {
      return known;
    }
    var existing = tx.repos.tags().idBySlug(tx.h, slug);
    long id;
    if (existing.isPresent()) {
      id = existing.get();
      tx.report.unchanged("tags");
    } else {
      id = tx.repos.tags().ensure(tx.h, slug, shown.isBlank() ? slug : shown);
      tx.report.imported("tags");
    }
    tagBySlug.put(slug, id);
    tx.redirects(OldAddresses.ofTag(wpSlug), "tag", id);
    return id;
  }

  /** The section News, for posts without a category; made when first needed. */
  long defaultSection() {
    if (defaultSection == null) {
      var sections = tx.repos.sections();
      defaultSection =
          sections
              .idBySlug(tx.h, "news")
              .orElseGet(
                  () -> {
                    tx.report.imported("sections");
                    return sections.insert(
                        tx.h, "news", "News", "", sections.nextPosition(tx.h), null);
                  });
    }
    tx.report.note("posts without a category went to the section News");
    return defaultSection;
  }
}
