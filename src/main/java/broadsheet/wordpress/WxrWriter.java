package broadsheet.wordpress;

import broadsheet.content.CleanText;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes WXR 1.2 elements: names with the prefixes WordPress's importer expects, text as CDATA. */
final class WxrWriter implements AutoCloseable {
  static final String WP = "http://wordpress.org/export/1.2/";
  static final String EXCERPT = "http://wordpress.org/export/1.2/excerpt/";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String WFW = "http://wellformedweb.org/CommentAPI/";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private final XMLStreamWriter xml;

  WxrWriter(Writer out) throws XMLStreamException {
    this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
  }

  void begin(String generator) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeComment(" This is a WordPress eXtended RSS file written by " + generator + ". ");
    xml.writeCharacters("\n");
    xml.writeStartElement("rss");
    xml.writeAttribute("version", "2.0");
    xml.writeNamespace("excerpt", EXCERPT);
    xml.writeNamespace("content", CONTENT);
    xml.writeNamespace("wfw", WFW);
    xml.writeNamespace("dc", DC);
    xml.writeNamespace("wp", WP);
    xml.writeCharacters("\n");
    xml.writeStartElement("channel");
    xml.writeCharacters("\n");
  }

  void end() throws XMLStreamException {
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  void open(String prefix, String name) throws XMLStreamException {
    start(prefix, name);
    xml.writeCharacters("\n");
  }

  void close(String prefix, String name) throws XMLStreamException {
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** A leaf element with plain text. */
  void text(String prefix, String name, String value) throws XMLStreamException {
    start(prefix, name);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** A leaf element with its text in CDATA, split where the text itself holds "]]>". */
  void cdata(String prefix, String name, String value) throws XMLStreamException {
    start(prefix, name);
    String text = clean(value);
    int from = 0;
    int at;
    while ((at = text.indexOf("]]>", from)) >= 0) {
      xml.writeCData(text.substring(from, at + 2));
      from = at + 2;
    }
    xml.writeCData(text.substring(from));
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  /** An item's {@code <category domain nicename>} term. */
  void term(String domain, String slug, String name) throws XMLStreamException {
    xml.writeStartElement("category");
    xml.writeAttribute("domain", domain);
    xml.writeAttribute("nicename", slug);
    xml.writeCData(clean(name));
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  void guid(String value) throws XMLStreamException {
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "false");
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  void meta(String key, String value) throws XMLStreamException {
    open("wp", "postmeta");
    cdata("wp", "meta_key", key);
    cdata("wp", "meta_value", value);
    close("wp", "postmeta");
  }

  private void start(String prefix, String name) throws XMLStreamException {
    switch (prefix) {
      case "" -> xml.writeStartElement(name);
      case "wp" -> xml.writeStartElement("wp", name, WP);
      case "excerpt" -> xml.writeStartElement("excerpt", name, EXCERPT);
      case "content" -> xml.writeStartElement("content", name, CONTENT);
      case "dc" -> xml.writeStartElement("dc", name, DC);
      default -> throw new IllegalArgumentException(prefix);
    }
  }

  /** Characters XML 1.0 cannot hold at all (control characters) are left out. */
  private static String clean(String value) {
    return value == null ? "" : CleanText.output(value);
  }

  @Override
  public void close() throws XMLStreamException {
    xml.close();
  }
}
