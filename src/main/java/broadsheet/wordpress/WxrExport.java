package broadsheet.wordpress;

import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.Correction;
import broadsheet.content.Page;
import broadsheet.content.Section;
import broadsheet.content.SiteSettings;
import broadsheet.content.Status;
import broadsheet.content.Tag;
import broadsheet.newsroom.Account;
import broadsheet.store.Database;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * {@code export-wxr}: the whole site as WXR 1.2, as WordPress's own exporter writes it, so that
 * WordPress's importer (and ours) takes it back. Articles are streamed in batches; the file is
 * written beside its destination and moved there only when complete.
 */
public final class WxrExport {
  private static final DateTimeFormatter WP_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Database database;
  private final WxrImport.Repositories repos;
  private final SiteSettings site;
  private final WordPressRepository store = new WordPressRepository();

  public WxrExport(Database database, WxrImport.Repositories repos, SiteSettings site) {
    this.database = database;
    this.repos = repos;
    this.site = site;
  }

  /** What was written, by kind. */
  public record Summary(int articles, int pages, int sections, int tags, int authors, int media) {}

  public Summary write(Path file) throws IOException {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      Summary summary;
      try (Writer out =
          new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
        summary = write(out);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return summary;
    } catch (XMLStreamException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private Summary write(Writer out) throws XMLStreamException, IOException {
    WxrWriter wxr = new WxrWriter(out);
    wxr.begin("Broadsheet");
    wxr.text("", "title", site.name());
    wxr.text("", "link", site.baseUrl());
    wxr.text("", "description", site.tagline());
    wxr.text(
        "",
        "pubDate",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)));
    wxr.text("", "language", site.language());
    wxr.text("wp", "wxr_version", "1.2");
    wxr.text("wp", "base_site_url", site.baseUrl());
    wxr.text("wp", "base_blog_url", site.baseUrl());

    Map<Long, String> emails = new HashMap<>();
    for (Account account : repos.accounts().all()) {
      if (account.authorId() != null) {
        emails.putIfAbsent(account.authorId(), account.email());
      }
    }
    List<Author> authors = repos.authors().all();
    for (Author author : authors) {
      wxr.open("wp", "author");
      wxr.text("wp", "author_id", String.valueOf(author.id()));
      wxr.cdata("wp", "author_login", author.slug());
      wxr.cdata("wp", "author_email", emails.getOrDefault(author.id(), ""));
      wxr.cdata("wp", "author_display_name", author.name());
      wxr.cdata("wp", "author_first_name", "");
      wxr.cdata("wp", "author_last_name", "");
      wxr.close("wp", "author");
    }
    List<Section> sections = repos.sections().all();
    Map<Long, String> sectionSlugs = new HashMap<>();
    sections.forEach(s -> sectionSlugs.put(s.id(), s.slug()));
    for (Section section : sections) {
      wxr.open("wp", "category");
      wxr.text("wp", "term_id", String.valueOf(section.id()));
      wxr.cdata("wp", "category_nicename", section.slug());
      wxr.cdata(
          "wp",
          "category_parent",
          section.parentId() == null ? "" : sectionSlugs.getOrDefault(section.parentId(), ""));
      wxr.cdata("wp", "cat_name", section.name());
      wxr.cdata("wp", "category_description", section.description());
      wxr.close("wp", "category");
    }
    long termIds = sections.stream().mapToLong(Section::id).max().orElse(0);
    List<Tag> tags = repos.tags().all();
    for (Tag tag : tags) {
      wxr.open("wp", "tag");
      wxr.text("wp", "term_id", String.valueOf(termIds + tag.id()));
      wxr.cdata("wp", "tag_slug", tag.slug());
      wxr.cdata("wp", "tag_name", tag.name());
      wxr.close("wp", "tag");
    }

    // WordPress numbers posts, pages and attachments in one sequence; ours are three.
    List<Page> pages = repos.pages().all();
    long pageBase = repos.articles().maxId();
    long mediaBase = pageBase + pages.stream().mapToLong(Page::id).max().orElse(0);
    Images images = new Images(mediaBase);
    database
        .jdbi()
        .useHandle(
            h ->
                store
                    .allMedia(h)
                    .forEach(m -> images.idFor(absolute(m.url()), m.alt(), m.caption(), 0)));

    int[] articles = {0};
    IOException[] failure = {null};
    repos
        .articles()
        .eachArticle(
            200,
            batch -> {
              for (Article a : batch) {
                try {
                  article(wxr, a, images);
                  articles[0]++;
                } catch (XMLStreamException e) {
                  failure[0] = new IOException(e.getMessage(), e);
                  throw new IllegalStateException(e);
                }
              }
            });
    if (failure[0] != null) {
      throw failure[0];
    }
    for (Page page : pages) {
      page(wxr, page, pageBase + page.id());
    }
    int media = images.write(wxr);
    wxr.end();
    return new Summary(
        articles[0], pages.size(), sections.size(), tags.size(), authors.size(), media);
  }

  private void article(WxrWriter wxr, Article a, Images images) throws XMLStreamException {
    Instant when = a.publishedAt() != null ? a.publishedAt() : a.createdAt();
    wxr.open("", "item");
    wxr.cdata("", "title", a.headline());
    wxr.text("", "link", site.absolute(a.path()));
    wxr.text(
        "", "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(when.atOffset(ZoneOffset.UTC)));
    wxr.cdata("dc", "creator", a.authors().isEmpty() ? "" : a.authors().getFirst().slug());
    wxr.guid(site.baseUrl() + "/?p=" + a.id());
    wxr.text("", "description", "");
    wxr.cdata("content", "encoded", blocks(a.bodyHtml()));
    wxr.cdata("excerpt", "encoded", a.standfirst());
    wxr.text("wp", "post_id", String.valueOf(a.id()));
    dates(wxr, when, a.updatedAt() != null ? a.updatedAt() : when, a.timeZone());
    wxr.cdata("wp", "comment_status", "closed");
    wxr.cdata("wp", "ping_status", "closed");
    wxr.cdata("wp", "post_name", a.slug());
    wxr.cdata("wp", "status", status(a.status()));
    wxr.text("wp", "post_parent", "0");
    wxr.text("wp", "menu_order", "0");
    wxr.cdata("wp", "post_type", "post");
    wxr.cdata("wp", "post_password", "");
    wxr.text("wp", "is_sticky", "0");
    wxr.term("category", a.section().slug(), a.section().name());
    for (Tag tag : a.tags()) {
      wxr.term("post_tag", tag.slug(), tag.name());
    }
    if (a.authors().size() > 1) {
      // Co-Authors Plus, the WordPress plugin for several bylines, keeps them as these terms.
      for (Author author : a.authors()) {
        wxr.term("author", "cap-" + author.slug(), author.name());
      }
    }
    if (a.image() != null && a.image().url() != null) {
      String url = absolute(a.image().url());
      long id = images.idFor(url, a.image().alt(), a.image().caption(), a.id());
      wxr.meta("_thumbnail_id", String.valueOf(id));
      if (a.image().credit() != null && !a.image().credit().isBlank()) {
        wxr.meta("_broadsheet_image_credit", a.image().credit());
      }
    }
    if (a.seoTitle() != null) {
      wxr.meta("_yoast_wpseo_title", a.seoTitle());
    }
    if (a.seoDescription() != null) {
      wxr.meta("_yoast_wpseo_metadesc", a.seoDescription());
    }
    if (a.canonicalUrl() != null) {
      wxr.meta("_yoast_wpseo_canonical", a.canonicalUrl());
    }
    for (Correction c : a.corrections()) {
      wxr.meta(
          "_broadsheet_" + c.kind().name().toLowerCase(java.util.Locale.ROOT),
          c.createdAt() + " " + c.body());
    }
    wxr.close("", "item");
  }

  private void page(WxrWriter wxr, Page page, long id) throws XMLStreamException {
    wxr.open("", "item");
    wxr.cdata("", "title", page.title());
    wxr.text("", "link", site.absolute(page.path()));
    wxr.text(
        "",
        "pubDate",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(page.updatedAt().atOffset(ZoneOffset.UTC)));
    wxr.cdata("dc", "creator", "");
    wxr.guid(site.baseUrl() + "/?page_id=" + id);
    wxr.text("", "description", "");
    wxr.cdata("content", "encoded", blocks(page.bodyHtml()));
    wxr.cdata("excerpt", "encoded", "");
    wxr.text("wp", "post_id", String.valueOf(id));
    dates(wxr, page.updatedAt(), page.updatedAt(), site.timeZone());
    wxr.cdata("wp", "comment_status", "closed");
    wxr.cdata("wp", "ping_status", "closed");
    wxr.cdata("wp", "post_name", page.slug());
    wxr.cdata("wp", "status", page.published() ? "publish" : "draft");
    wxr.text("wp", "post_parent", "0");
    wxr.text("wp", "menu_order", "0");
    wxr.cdata("wp", "post_type", "page");
    wxr.cdata("wp", "post_password", "");
    wxr.text("wp", "is_sticky", "0");
    wxr.close("", "item");
  }

  /** Images of our own are named by path; WordPress needs their full address. */
  private String absolute(String url) {
    return url.startsWith("/") ? site.absolute(url) : url;
  }

  private static void dates(WxrWriter wxr, Instant when, Instant modified, ZoneId zone)
      throws XMLStreamException {
    wxr.cdata("wp", "post_date", WP_DATE.format(when.atZone(zone)));
    wxr.cdata("wp", "post_date_gmt", WP_DATE.format(when.atOffset(ZoneOffset.UTC)));
    wxr.cdata("wp", "post_modified", WP_DATE.format(modified.atZone(zone)));
    wxr.cdata("wp", "post_modified_gmt", WP_DATE.format(modified.atOffset(ZoneOffset.UTC)));
  }

  private static String status(Status status) {
    return switch (status) {
      case PUBLISHED -> "publish";
      case SCHEDULED -> "future";
      case DRAFT -> "draft";
      case REVIEW -> "pending";
      case UNPUBLISHED -> "private";
    };
  }

  /**
   * The body as block-editor content: each paragraph a paragraph block, anything else a custom HTML
   * block. WordPress then shows it as written instead of adding paragraphs of its own.
   */
  static String blocks(String html) {
    StringBuilder out = new StringBuilder();
    var document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    for (Node node : document.body().childNodes()) {
      String markup = node.outerHtml().strip();
      if (markup.isEmpty()) {
        continue;
      }
      boolean paragraph = node instanceof Element e && e.nameIs("p");
      String block = paragraph ? "paragraph" : "html";
      out.append("<!-- wp:")
          .append(block)
          .append(" -->\n")
          .append(markup)
          .append("\n<!-- /wp:")
          .append(block)
          .append(" -->\n\n");
    }
    return out.toString().strip();
  }

  /** Featured images as attachments, numbered after posts and pages, written last. */
  private static final class Images {
    private record Image(long id, String url, String alt, String caption, long parent) {}

    private final Map<String, Image> byUrl = new LinkedHashMap<>();
    private long next;

    Images(long after) {
      this.next = after;
    }

    /** One attachment per picture and wording: an article's alt text and caption are its own. */
    long idFor(String url, String alt, String caption, long parent) {
      String key = url + "\u0000" + alt + "\u0000" + caption;
      return byUrl.computeIfAbsent(key, k -> new Image(++next, url, alt, caption, parent)).id();
    }

    int write(WxrWriter wxr) throws XMLStreamException {
      for (Image image : byUrl.values()) {
        wxr.open("", "item");
        String name = image.url().replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
        wxr.cdata("", "title", name);
        wxr.text("", "link", image.url());
        wxr.guid(image.url());
        wxr.cdata("content", "encoded", "");
        wxr.cdata("excerpt", "encoded", image.caption() == null ? "" : image.caption());
        wxr.text("wp", "post_id", String.valueOf(image.id()));
        wxr.cdata("wp", "post_name", broadsheet.content.Slugs.of(name));
        wxr.cdata("wp", "status", "inherit");
        wxr.text("wp", "post_parent", String.valueOf(image.parent()));
        wxr.cdata("wp", "post_type", "attachment");
        wxr.cdata("wp", "attachment_url", image.url());
        if (image.alt() != null && !image.alt().isBlank()) {
          wxr.meta("_wp_attachment_image_alt", image.alt());
        }
        wxr.close("", "item");
      }
      return byUrl.size();
    }
  }
}
