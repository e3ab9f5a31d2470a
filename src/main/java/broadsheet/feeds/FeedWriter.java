package broadsheet.feeds;

import broadsheet.content.Article;
import broadsheet.content.Author;
import broadsheet.content.SiteSettings;
import broadsheet.content.Tag;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a list of articles as RSS 2.0 or Atom 1.0, with full bodies and absolute links. */
final class FeedWriter {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newInstance();

  /** What a feed is about: its title, the page it mirrors and its own address. */
  record Channel(String title, String description, String pagePath, String selfPath) {}

  private FeedWriter() {}

  static byte[] rss(SiteSettings site, Channel channel, List<Article> articles) {
    return write(
        w -> {
          w.writeStartElement("rss");
          w.writeAttribute("version", "2.0");
          w.writeNamespace("atom", ATOM);
          w.writeNamespace("content", CONTENT);
          w.writeNamespace("dc", DC);
          w.writeStartElement("channel");
          text(w, "title", channel.title());
          text(w, "link", site.absolute(channel.pagePath()));
          text(w, "description", asHtml(channel.description()));
          text(w, "language", site.language());
          w.writeEmptyElement("atom", "link", ATOM);
          w.writeAttribute("href", site.absolute(channel.selfPath()));
          w.writeAttribute("rel", "self");
          w.writeAttribute("type", "application/rss+xml");
          if (!articles.isEmpty()) {
            text(w, "lastBuildDate", rfc822(newest(articles)));
          }
          for (Article a : articles) {
            String url = site.absolute(a.path());
            w.writeStartElement("item");
            text(w, "title", a.headline());
            text(w, "link", url);
            w.writeStartElement("guid");
            w.writeAttribute("isPermaLink", "true");
            w.writeCharacters(url);
            w.writeEndElement();
            text(w, "pubDate", rfc822(a.publishedAt()));
            for (Author author : a.authors()) {
              w.writeStartElement("dc", "creator", DC);
              w.writeCharacters(author.name());
              w.writeEndElement();
            }
            text(w, "category", a.section().name());
            for (Tag tag : a.tags()) {
              text(w, "category", tag.name());
            }
            text(w, "description", asHtml(a.standfirst()));
            w.writeStartElement("content", "encoded", CONTENT);
            w.writeCharacters(a.bodyHtml());
            w.writeEndElement();
            w.writeEndElement();
          }
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  static byte[] atom(SiteSettings site, Channel channel, List<Article> articles) {
    return write(
        w -> {
          w.writeStartElement("feed");
          w.writeDefaultNamespace(ATOM);
          w.writeAttribute("xml:lang", site.language());
          text(w, "title", channel.title());
          text(w, "subtitle", channel.description());
          text(w, "id", site.absolute(channel.selfPath()));
          link(w, site.absolute(channel.pagePath()), "alternate", "text/html");
          link(w, site.absolute(channel.selfPath()), "self", "application/atom+xml");
          text(w, "updated", iso(articles.isEmpty() ? Instant.EPOCH : newest(articles)));
          w.writeStartElement("author");
          text(w, "name", site.name());
          w.writeEndElement();
          for (Article a : articles) {
            String url = site.absolute(a.path());
            w.writeStartElement("entry");
            text(w, "title", a.headline());
            text(w, "id", url);
            link(w, url, "alternate", "text/html");
            text(w, "published", iso(a.publishedAt()));
            text(w, "updated", iso(a.modifiedAt()));
            for (Author author : a.authors()) {
              w.writeStartElement("author");
              text(w, "name", author.name());
              text(w, "uri", site.absolute(author.path()));
              w.writeEndElement();
            }
            category(w, a.section().name());
            for (Tag tag : a.tags()) {
              category(w, tag.name());
            }
            w.writeStartElement("summary");
            w.writeCharacters(a.standfirst());
            w.writeEndElement();
            w.writeStartElement("content");
            w.writeAttribute("type", "html");
            w.writeCharacters(a.bodyHtml());
            w.writeEndElement();
            w.writeEndElement();
          }
          w.writeEndElement();
        });
  }

  /**
   * Plain text as the HTML that readers take an RSS description for: a standfirst that reads
   * "&lt;b&gt;" shows those characters, and never becomes markup in a feed reader.
   */
  static String asHtml(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The body of a writer, run between the document's start and end. */
  interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
    try {
      XMLStreamWriter w = new XmlTextWriter(OUTPUT.createXMLStreamWriter(out, "UTF-8"));
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
    return out.toByteArray();
  }

  static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(value == null ? "" : value);
    w.writeEndElement();
  }

  private static void link(XMLStreamWriter w, String href, String rel, String type)
      throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("href", href);
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
  }

  private static void category(XMLStreamWriter w, String term) throws XMLStreamException {
    w.writeEmptyElement("category");
    w.writeAttribute("term", term);
  }

  private static Instant newest(List<Article> articles) {
    return articles.stream().map(Article::modifiedAt).max(Instant::compareTo).orElseThrow();
  }

  static String rfc822(Instant t) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
  }

  static String iso(Instant t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atOffset(ZoneOffset.UTC).withNano(0));
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
