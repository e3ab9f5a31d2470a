package broadsheet.feeds;

import broadsheet.content.ArticleLink;
import broadsheet.content.SiteSettings;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Sitemaps (sitemaps.org 0.9), sitemap indexes and the Google News sitemap. */
final class SitemapWriter {
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  /** One URL of a sitemap; lastmod may be null. */
  record Entry(String path, Instant lastModified) {}

  private SitemapWriter() {}

  static byte[] urlset(SiteSettings site, List<Entry> entries) {
    return FeedWriter.write(
        w -> {
          w.writeStartElement("urlset");
          w.writeDefaultNamespace(SITEMAP);
          for (Entry e : entries) {
            w.writeStartElement("url");
            FeedWriter.text(w, "loc", site.absolute(e.path()));
            if (e.lastModified() != null) {
              FeedWriter.text(w, "lastmod", FeedWriter.iso(e.lastModified()));
            }
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  static byte[] index(SiteSettings site, int files) {
    return FeedWriter.write(
        w -> {
          w.writeStartElement("sitemapindex");
          w.writeDefaultNamespace(SITEMAP);
          for (int i = 1; i <= files; i++) {
            w.writeStartElement("sitemap");
            FeedWriter.text(w, "loc", site.absolute("/sitemap-" + i + ".xml"));
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  static byte[] news(SiteSettings site, List<ArticleLink> links) {
    String language = site.locale().getLanguage();
    return FeedWriter.write(
        w -> {
          w.writeStartElement("urlset");
          w.writeDefaultNamespace(SITEMAP);
          w.writeNamespace("news", NEWS);
          for (ArticleLink link : links) {
            w.writeStartElement("url");
            FeedWriter.text(w, "loc", site.absolute(link.path()));
            w.writeStartElement("news", "news", NEWS);
            w.writeStartElement("news", "publication", NEWS);
            news(w, "name", site.name());
            news(w, "language", language);
            w.writeEndElement();
            news(w, "publication_date", FeedWriter.iso(link.publishedAt()));
            news(w, "title", link.headline());
            w.writeEndElement();
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  private static void news(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement("news", name, NEWS);
    w.writeCharacters(value);
    w.writeEndElement();
  }
}
