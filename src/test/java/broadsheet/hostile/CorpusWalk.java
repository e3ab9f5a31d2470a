package broadsheet.hostile;

import broadsheet.RunningSite;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.w3c.dom.NodeList;

/**
 * Walks what shows the corpus: the public site from its home page, feeds and sitemaps (every link,
 * feed and sitemap entry followed), and the newsroom's pages; each answer goes through {@link
 * Checks}. Remembers the pages for the browser and the kinds of page it saw.
 */
final class CorpusWalk {
  private static final int MOST_PAGES = 2_000;
  private static final int BROWSER_TAGS = 20;

  private final RunningSite site;
  private final Desk desk;
  private final Checks checks;
  private final Set<String> publicPages = new LinkedHashSet<>();
  private final Set<String> newsroomPages = new LinkedHashSet<>();
  private final Set<String> surfaces = new TreeSet<>();

  CorpusWalk(RunningSite site, Desk desk, Checks checks) {
    this.site = site;
    this.desk = desk;
    this.checks = checks;
  }

  Set<String> publicPages() {
    return publicPages;
  }

  Set<String> surfaces() {
    return surfaces;
  }

  /**
   * The HTML pages a reader and the newsroom see the corpus on, for the browser: every one but the
   * tag pages past the first {@value #BROWSER_TAGS} (each shows one tag's name, as the articles'
   * pages show them all).
   */
  List<String> browserPages() {
    List<String> pages = new ArrayList<>();
    int tags = 0;
    for (String page : publicPages) {
      if (!kind(page).equals("tag") || tags++ < BROWSER_TAGS) {
        pages.add(page);
      }
    }
    // The newsroom's lists and article editors: a history, a later page of the list or a static
    // page's editor shows what these do, checked above as every page is.
    newsroomPages.stream()
        .filter(p -> !p.contains("/history") && !p.contains("/compare") && !p.contains("page="))
        .filter(p -> !p.startsWith("/admin/pages/"))
        .forEach(pages::add);
    return pages;
  }

  void publicSite() {
    waitForSearch();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> next = new ArrayDeque<>();
    for (String start :
        List.of(
            "/",
            "/search?q=corpus",
            "/search?q=hostile",
            "/feed.xml",
            "/atom.xml",
            "/sitemap.xml",
            "/news-sitemap.xml")) {
      next.add(start);
    }
    while (!next.isEmpty() && seen.size() < MOST_PAGES) {
      String path = next.poll();
      if (!seen.add(path)) {
        continue;
      }
      HttpResponse<String> r = site.get(path);
      String type = r.headers().firstValue("Content-Type").orElse("");
      if (r.statusCode() != 200) {
        checks.answer(path, r);
        checks.fail(path, "a page the site links to answered " + r.statusCode());
      } else if (type.startsWith("text/html")) {
        publicPages.add(path);
        surfaces.add(kind(path));
        Document doc = checks.html(path, r.body());
        if (!doc.select("script[type=application/ld+json]").isEmpty()) {
          surfaces.add("JSON-LD");
        }
        doc.select("a[href], link[rel=alternate][href], link[rel=next][href]")
            .forEach(a -> follow(a.attr("href"), next));
      } else if (type.contains("xml")) {
        surfaces.add(kind(path));
        org.w3c.dom.Document xml = checks.xml(path, r.body());
        if (xml != null) {
          for (String name : List.of("loc", "link", "id")) {
            NodeList nodes = xml.getElementsByTagNameNS("*", name);
            for (int i = 0; i < nodes.getLength(); i++) {
              var node = (org.w3c.dom.Element) nodes.item(i);
              String href =
                  node.hasAttribute("href") ? node.getAttribute("href") : node.getTextContent();
              follow(href.strip(), next);
            }
          }
        }
      }
    }
  }

  void newsroom() {
    Set<String> next = new LinkedHashSet<>();
    for (String path :
        List.of(
            "/admin/articles",
            "/admin/sections",
            "/admin/tags",
            "/admin/pages",
            "/admin/accounts",
            "/admin/media",
            "/admin/import")) {
      next.add(path);
    }
    Document list = checks.html("/admin/articles", desk.get("/admin/articles").body());
    for (int page = 2; page <= 20; page++) {
      next.add("/admin/articles?page=" + page);
    }
    list.select("a[href^=/admin/articles/]").forEach(a -> next.add(a.attr("href")));
    Document pages = org.jsoup.Jsoup.parse(desk.get("/admin/pages").body());
    pages.select("a[href^=/admin/pages/]").forEach(a -> next.add(a.attr("href")));
    Set<String> more = new LinkedHashSet<>();
    for (String path : next) {
      HttpResponse<String> r = desk.get(path);
      checks.answer(path, r);
      if (r.statusCode() == 200) {
        newsroomPages.add(path);
        surfaces.add("newsroom " + path.replaceAll("[0-9]+", "N").replaceAll("\\?.*", ""));
        org.jsoup.Jsoup.parse(r.body())
            .select("a[href^=/admin/articles/]")
            .forEach(a -> more.add(a.attr("href")));
      }
    }
    more.removeAll(next);
    for (String path : more) {
      HttpResponse<String> r = desk.get(path);
      checks.answer(path, r);
      if (r.statusCode() == 200) {
        newsroomPages.add(path);
        surfaces.add("newsroom " + path.replaceAll("[0-9]+", "N").replaceAll("\\?.*", ""));
      }
    }
  }

  /** Search follows the store through the change feed: wait until it finds the corpus. */
  private void waitForSearch() {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      if (site.get("/search?q=corpus").body().contains("Corpus article")) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
    checks.fail("/search?q=corpus", "search never found the corpus's articles");
  }

  private void follow(String href, Deque<String> next) {
    String base = site.url("");
    String path = href.startsWith(base) ? href.substring(base.length()) : href;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      path = path.substring(0, hash);
    }
    if (path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/admin")
        && !path.startsWith("/static/")
        && !path.startsWith("/media/")
        && !path.startsWith("/consent")
        // Searches are the walk's own: the facets of every result page would be thousands.
        && !path.startsWith("/search")) {
      next.add(path);
    }
  }

  private static String kind(String path) {
    String p = path.replaceAll("\\?.*", "");
    if (p.equals("/")) {
      return "home";
    } else if (p.equals("/search")) {
      return "search";
    } else if (p.endsWith("feed.xml")) {
      return p.startsWith("/tag/")
          ? "tag RSS"
          : p.startsWith("/author/") ? "author RSS" : p.equals("/feed.xml") ? "RSS" : "section RSS";
    } else if (p.endsWith("atom.xml")) {
      return p.startsWith("/tag/")
          ? "tag Atom"
          : p.startsWith("/author/")
              ? "author Atom"
              : p.equals("/atom.xml") ? "Atom" : "section Atom";
    } else if (p.equals("/news-sitemap.xml")) {
      return "news sitemap";
    } else if (p.startsWith("/sitemap")) {
      return "sitemap";
    } else if (p.startsWith("/tag/")) {
      return "tag";
    } else if (p.startsWith("/author/")) {
      return "author";
    } else if (p.startsWith("/page/")) {
      return "page";
    } else if (p.chars().filter(c -> c == '/').count() == 1) {
      return "section";
    }
    return "article";
  }
}
