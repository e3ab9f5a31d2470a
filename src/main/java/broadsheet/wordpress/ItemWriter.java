package broadsheet.wordpress;

import broadsheet.checks.FindingsStore;
import broadsheet.content.ArticleDraft;
import broadsheet.content.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Converted posts, pages and attachments written as articles, pages and media records: new ones
 * inserted, those an earlier import made updated in place, each remembered for the next import;
 * what the editorial checks found in an article is recorded for the newsroom's list.
 */
final class ItemWriter {
  private final ImportTransaction tx;
  private final ImportedAuthors authors;
  private final ImportedTerms terms;
  private Set<String> takenSlugs;

  ItemWriter(ImportTransaction tx, ImportedAuthors authors, ImportedTerms terms) {
    this.tx = tx;
    this.authors = authors;
    this.terms = terms;
  }

  /** A post as an article; {@code earlier} is the article an earlier import made of it, if any. */
  void article(Conversions.Converted converted, OptionalLong earlier) {
    Wxr.Item item = converted.item();
    Status status = ItemFields.status(item);
    String slug = uniqueArticleSlug(converted.slug(), earlier);

    Long section = null;
    List<Long> tagIds = new ArrayList<>();
    for (Wxr.ItemTerm term : item.terms()) {
      switch (term.domain()) {
        case "category" -> {
          long id = terms.section(term.slug(), term.name());
          if (section == null) {
            section = id;
          } else {
            tagIds.add(terms.tag(term.slug(), term.name()));
            tx.report.note(
                "a post in several categories keeps the first as its section, the rest as tags");
          }
        }
        case "post_tag" -> tagIds.add(terms.tag(term.slug(), term.name()));
        default -> {}
      }
    }
    List<Long> authorIds = new ArrayList<>();
    if (!item.creator().isBlank()) {
      authorIds.add(authors.id(item.creator(), "", "", null));
    }
    for (Wxr.ItemTerm term : item.terms()) {
      if (term.domain().equals("author")) {
        // Co-Authors Plus names each byline as a term "cap-<login>".
        String login = term.slug().replaceFirst("^cap-", "");
        authorIds.add(authors.id(login.isBlank() ? term.name() : login, term.name(), "", null));
      }
    }
    if (item.password() != null && !item.password().isBlank() && status == Status.PUBLISHED) {
      status = Status.UNPUBLISHED;
      tx.report.note(
          "password-protected posts were imported unpublished (Broadsheet has no post passwords)");
    }
    if (item.sticky()) {
      tx.report.note("a sticky post: Broadsheet's home leads with the newest story instead");
    }
    ItemFields.Dates dates = converted.dates();
    boolean dated = status != Status.DRAFT && status != Status.REVIEW;
    WordPressContent.Body body = converted.body();
    ArticleDraft draft =
        new ArticleDraft(
            slug,
            section == null ? terms.defaultSection() : section,
            converted.headline(),
            converted.standfirst(),
            body.markdown(),
            body.html(),
            status,
            dates.zone(),
            dated ? dates.when() : null,
            null,
            converted.image(),
            ItemFields.httpUrl(item.meta("_yoast_wpseo_canonical")),
            seo(item.meta("_yoast_wpseo_title")),
            seo(item.meta("_yoast_wpseo_metadesc")),
            authorIds,
            tagIds);
    long id;
    if (earlier.isPresent()) {
      id = earlier.getAsLong();
      tx.repos.articleWrites().update(tx.h, id, draft);
    } else {
      id = tx.inserts.insert(draft);
    }
    if (!converted.corrections().isEmpty()) {
      tx.repos.articleWrites().replaceCorrections(tx.h, id, converted.corrections());
    }
    FindingsStore.replace(tx.h, id, converted.findings());
    done(converted, earlier, id);
  }

  /** A page; {@code earlier} is the page an earlier import made of it, if any. */
  void page(Conversions.Converted converted, OptionalLong earlier) {
    Wxr.Item item = converted.item();
    Status status = ItemFields.status(item);
    // The pages' repository takes id 0 for a page it is to create.
    long self = earlier.orElse(0);
    String slug = converted.slug();
    for (int n = 2; tx.repos.pages().slugTaken(tx.h, slug, self); n++) {
      slug = converted.slug() + "-" + n;
    }
    boolean live =
        status == Status.PUBLISHED && (item.password() == null || item.password().isBlank());
    if (!live) {
      tx.report.note("pages not published in WordPress were imported as drafts");
    }
    WordPressContent.Body body = converted.body();
    long id =
        tx.repos
            .pages()
            .write(
                tx.h,
                self,
                slug,
                converted.headline(),
                body.markdown(),
                body.html(),
                converted.dates().when(),
                live);
    done(converted, earlier, id);
  }

  /** An attachment as a media record, which keeps its WordPress address. */
  void media(
      Wxr.Item item, WordPressContent.Attachment a, String fingerprint, OptionalLong earlier) {
    String mimeType = ItemFields.mimeType(a.url());
    long id;
    if (earlier.isPresent()) {
      id = earlier.getAsLong();
      tx.store.updateMedia(tx.h, id, a, mimeType);
    } else {
      id = tx.writes.insertMedia(a, mimeType);
    }
    done(item, ItemKind.MEDIA, earlier, id, fingerprint);
    tx.report.note("media records keep their WordPress addresses; files were not copied");
  }

  private void done(Conversions.Converted converted, OptionalLong earlier, long id) {
    done(converted.item(), converted.kind(), earlier, id, converted.fingerprint());
    tx.redirects(converted.oldPaths(), converted.kind().key, id);
  }

  /** Counts a written item and remembers what it became, for the next import of the site. */
  private void done(
      Wxr.Item item, ItemKind kind, OptionalLong earlier, long id, String fingerprint) {
    if (earlier.isPresent()) {
      tx.report.updated(kind.label);
    } else {
      tx.report.imported(kind.label);
    }
    tx.remember(kind, item.postId(), item.guid(), id, fingerprint);
    for (Wxr.Meta meta : item.meta()) {
      if (!ItemFields.MAPPED_META.contains(meta.key())) {
        tx.report.unmappedMeta(meta.key());
      }
    }
  }

  /**
   * A slug no other article has. New articles are checked against every slug in the store, read
   * once per import; an article being updated may keep its own.
   */
  private String uniqueArticleSlug(String base, OptionalLong earlier) {
    String slug = base;
    if (earlier.isPresent()) {
      for (int n = 2; tx.repos.articleWrites().slugTaken(tx.h, slug, earlier.getAsLong()); n++) {
        slug = base + "-" + n;
      }
    } else {
      for (int n = 2; takenSlugs().contains(slug); n++) {
        slug = base + "-" + n;
      }
    }
    takenSlugs().add(slug);
    return slug;
  }

  private Set<String> takenSlugs() {
    if (takenSlugs == null) {
      takenSlugs = new HashSet<>(tx.repos.articleWrites().slugs(tx.h));
    }
    return takenSlugs;
  }

  /**
   * Yoast's fields, unless they are its templates ("%%title%% %%sep%%"), which mean nothing here.
   */
  private String seo(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.contains("%%")) {
      tx.report.note("Yoast SEO templates (%%…%%) were left out");
      return null;
    }
    return value.strip();
  }
}
