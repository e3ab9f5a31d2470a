package broadsheet.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import broadsheet.App;
import broadsheet.Fixtures;
import broadsheet.RunningSite;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Feeds parse with ROME; sitemaps follow the protocol's rules. */
class FeedsTest {
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  // A sitemap limit of 10 URLs per file, so the small paper needs an index.
  @RegisterExtension
  static final RunningSite site = RunningSite.with(Fixtures::smallPaper).limits(new App.Limits(10));

  private static SyndFeed feed(String path) throws Exception {
    var response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .contains(path.endsWith("atom.xml") ? "atom+xml" : "rss+xml");
    return new SyndFeedInput().build(new StringReader(response.body()));
  }

  @Test
  void rssAndAtomForThePaperSectionsTagsAndAuthorsParseWithRome() throws Exception {
    for (String kind : List.of("feed", "atom")) {
      SyndFeed paper = feed("/" + kind + ".xml");
      assertThat(paper.getTitle()).isEqualTo("The Test Courier");
      List<SyndEntry> entries = paper.getEntries();
      assertThat(entries).hasSize(FeedRoutes.ITEMS);
      assertThat(entries.get(0).getLink()).isEqualTo(site.url("/city/tram-line-opens"));
      assertThat(entries.get(0).getPublishedDate()).isAfter(entries.get(1).getPublishedDate());
      assertThat(entries)
          .allSatisfy(e -> assertThat(URI.create(e.getLink()).isAbsolute()).isTrue());
      assertThat(entries.get(0).getContents().get(0).getValue()).contains("every six minutes");
      assertThat(links(paper))
          .doesNotContain(site.url("/city/secret-draft"), site.url("/city/withdrawn-story"));

      assertThat(links(feed("/city/" + kind + ".xml")))
          .containsExactly(site.url("/city/tram-line-opens"), site.url("/harbour/ferry-timetable"));
      assertThat(links(feed("/tag/trams/" + kind + ".xml")))
          .containsExactly(site.url("/city/tram-line-opens"), site.url("/harbour/ferry-timetable"));
      assertThat(links(feed("/author/ben-ink/" + kind + ".xml")))
          .allMatch(l -> l.contains("world-story-") || l.contains("ferry"));
    }
  }

  @Test
  void unknownFeedsAre404() {
    assertThat(site.get("/nowhere/feed.xml").statusCode()).isEqualTo(404);
    assertThat(site.get("/tag/nothing/atom.xml").statusCode()).isEqualTo(404);
    assertThat(site.get("/author/nobody/feed.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void overTheLimitTheSitemapIsAnIndexWhosePartsListEveryUrlOnce() throws Exception {
    Document index = xml(site.get("/sitemap.xml").body());
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
    NodeList parts = index.getElementsByTagNameNS(SITEMAP, "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < parts.getLength(); i++) {
      String part = URI.create(parts.item(i).getTextContent()).getPath();
      Document urlset = xml(site.get(part).body());
      assertThat(urlset.getDocumentElement().getLocalName()).isEqualTo("urlset");
      NodeList entries = urlset.getElementsByTagNameNS(SITEMAP, "url");
      assertThat(entries.getLength()).isBetween(1, 10);
      for (int j = 0; j < entries.getLength(); j++) {
        Element url = (Element) entries.item(j);
        String loc = url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent();
        assertThat(loc).startsWith(site.url("/"));
        NodeList lastmod = url.getElementsByTagNameNS(SITEMAP, "lastmod");
        if (lastmod.getLength() > 0) {
          assertThat(OffsetDateTime.parse(lastmod.item(0).getTextContent())).isNotNull();
        }
        urls.add(loc);
      }
    }
    Set<String> unique = new HashSet<>(urls);
    assertThat(unique).hasSameSizeAs(urls);
    assertThat(unique)
        .contains(
            site.url("/"),
            site.url("/world"),
            site.url("/harbour"),
            site.url("/tag/trams"),
            site.url("/author/ada-quill"),
            site.url("/page/about"),
            site.url("/world/world-story-25"))
        .doesNotContain(site.url("/city/secret-draft"), site.url("/city/withdrawn-story"));
    assertThat(
            urls.stream()
                .filter(
                    u -> u.contains("story-") || u.contains("tram-line") || u.contains("ferry")))
        .hasSize(27);
    assertThat(site.get("/sitemap-" + (parts.getLength() + 1) + ".xml").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theNewsSitemapHasTheLastTwoDaysWithPublicationNameLanguageDateAndTitle() throws Exception {
    Document news = xml(site.get("/news-sitemap.xml").body());
    NodeList urls = news.getElementsByTagNameNS(SITEMAP, "url");
    // Stories 1..25 were published 3..27 hours ago, the tram and ferry stories 1 and 2 hours ago.
    assertThat(urls.getLength()).isEqualTo(27);
    Element first = (Element) urls.item(0);
    assertThat(first.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent())
        .isEqualTo(site.url("/city/tram-line-opens"));
    assertThat(first.getElementsByTagNameNS(NEWS, "name").item(0).getTextContent())
        .isEqualTo("The Test Courier");
    assertThat(first.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent())
        .isEqualTo("en");
    assertThat(
            OffsetDateTime.parse(
                first.getElementsByTagNameNS(NEWS, "publication_date").item(0).getTextContent()))
        .isNotNull();
    assertThat(first.getElementsByTagNameNS(NEWS, "title").item(0).getTextContent())
        .isEqualTo("Tram line opens to the harbour");
  }

  @Test
  void robotsTxtNamesBothSitemaps() {
    String robots = site.get("/robots.txt").body();
    assertThat(robots)
        .contains("Sitemap: " + site.url("/sitemap.xml"))
        .contains("Sitemap: " + site.url("/news-sitemap.xml"))
        .contains("Disallow: /admin");
  }

  private static List<String> links(SyndFeed feed) {
    return feed.getEntries().stream().map(SyndEntry::getLink).toList();
  }

  /** A namespace-aware parser with DTDs and external entities off. */
  private static Document xml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }
}
