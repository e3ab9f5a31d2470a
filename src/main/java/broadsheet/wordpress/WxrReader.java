package broadsheet.wordpress;

import broadsheet.content.CleanText;
import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordPress export, one author, term or item at a time, so memory stays flat whatever the
 * size of the file. The parser is locked down: a DTD is refused outright (WordPress never writes
 * one; DTDs carry external-entity and entity-expansion attacks), and text and nesting are capped.
 * WordPress elements are recognised by their namespace's address, whatever the prefix.
 */
final class WxrReader {
  /** The longest text one element may hold; a real post body is far below it. */
  static final int MAX_TEXT = 32 * 1024 * 1024;

  private static final Pattern WP = Pattern.compile("https?://wordpress\\.org/export/1\\.[0-9]+/?");
  private static final Pattern EXCERPT =
      Pattern.compile("https?://wordpress\\.org/export/1\\.[0-9]+/excerpt/?");
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final Pattern DECLARED_ENCODING =
      Pattern.compile("^<\\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']");

  private static final XMLInputFactory FACTORY = factory();

  private final AmpersandRepair source;
  private final XMLStreamReader xml;
  private final Map<String, Kind> kinds = new HashMap<>();
  private String version;

  private WxrReader(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
    this.source = new AmpersandRepair(new InputStreamReader(buffered, charsetOf(buffered)));
    try {
      this.xml = FACTORY.createXMLStreamReader(source);
    } catch (XMLStreamException e) {
      throw malformed(e);
    }
  }

  /** Reads the whole export, telling the handler each part in file order. */
  public static Summary read(InputStream in, Wxr.Handler handler) throws IOException {
    WxrReader reader = new WxrReader(in);
    try {
      reader.document(handler);
      return new Summary(reader.version, reader.source.repaired(), reader.source.firstRepairLine());
    } catch (XMLStreamException e) {
      throw malformed(e);
    } catch (RuntimeException e) {
      if (e instanceof WxrException) {
        throw e;
      }
      if (e.getCause() instanceof XMLStreamException cause) {
        // Woodstox defers some parse errors and reports them wrapped, unchecked.
        throw malformed(cause);
      }
      throw new WxrException("not a readable WordPress export: " + firstLine(e.getMessage()), e);
    } finally {
      try {
        reader.xml.close();
      } catch (XMLStreamException ignored) {
        // Closing a reader that failed has nothing left to report.
      }
    }
  }

  /** What the file was, beyond its content: its WXR version and stray ampersands repaired. */
  public record Summary(String version, long ampersandsRepaired, long firstRepairLine) {}

  private void document(Wxr.Handler handler) throws XMLStreamException {
    int event = nextTag();
    if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("rss")) {
      String found =
          event == XMLStreamConstants.START_ELEMENT ? "<" + xml.getLocalName() + ">" : "";
      throw new WxrException(
          "not a WordPress export: the document's root element is "
              + (found.isEmpty() ? "missing" : found)
              + ", not <rss>");
    }
    boolean sawChannel = false;
    while (nextChild()) {
      if (xml.getLocalName().equals("channel") && xml.getNamespaceURI() == null
          || xml.getLocalName().equals("channel") && xml.getNamespaceURI().isEmpty()) {
        channel(handler);
        sawChannel = true;
      } else {
        skip();
      }
    }
    if (!sawChannel) {
      throw new WxrException("not a WordPress export: <rss> holds no <channel>");
    }
    while (xml.hasNext()) {
      xml.next();
    }
  }

  private void channel(Wxr.Handler handler) throws XMLStreamException {
    String title = "";
    String link = "";
    String base = "";
    String description = "";
    boolean told = false;
    while (nextChild()) {
      String ns = namespace();
      String name = xml.getLocalName();
      if (ns.isEmpty() && name.equals("title")) {
        title = text();
      } else if (ns.isEmpty() && name.equals("link")) {
        link = text();
      } else if (ns.isEmpty() && name.equals("description")) {
        description = text();
      } else if (isWp(ns) && name.equals("wxr_version")) {
        version = text().strip();
        if (!version.matches("1\\.[0-9]+")) {
          throw new WxrException(
              "unsupported WXR version \"" + version + "\": Broadsheet reads WXR 1.0 to 1.2");
        }
      } else if (isWp(ns) && name.equals("base_site_url")) {
        base = text();
      } else if (isWp(ns) && isPart(name)) {
        told =
            tell(
                handler,
                told,
                new Wxr.Channel(title.strip(), link.strip(), base, version, description));
        switch (name) {
          case "author" -> handler.author(author());
          case "category" -> handler.term(category());
          case "tag" -> handler.term(tag());
          default -> handler.term(term());
        }
      } else if (ns.isEmpty() && name.equals("item")) {
        told =
            tell(
                handler,
                told,
                new Wxr.Channel(title.strip(), link.strip(), base, version, description));
        handler.item(item());
      } else {
        skip();
      }
    }
    tell(handler, told, new Wxr.Channel(title.strip(), link.strip(), base, version, description));
  }

  /** The channel is told once, before the first part after it (or at its end if it has none). */
  private static boolean tell(Wxr.Handler handler, boolean told, Wxr.Channel channel) {
    if (!told) {
      handler.channel(channel);
    }
    return true;
  }

  private static boolean isPart(String name) {
    return name.equals("author")
        || name.equals("category")
        || name.equals("tag")
        || name.equals("term");
  }

  private Wxr.Author author() throws XMLStreamException {
    Fields f = fields();
    return new Wxr.Author(
        f.wp("author_id").strip(),
        f.wp("author_login").strip(),
        f.wp("author_email").strip(),
        f.wp("author_display_name").strip(),
        f.wp("author_first_name").strip(),
        f.wp("author_last_name").strip());
  }

  private Wxr.Term category() throws XMLStreamException {
    Fields f = fields();
    return new Wxr.Term(
        "category",
        f.wp("term_id").strip(),
        f.wp("category_nicename").strip(),
        f.wp("category_parent").strip(),
        f.wp("cat_name").strip(),
        f.wp("category_description"));
  }

  private Wxr.Term tag() throws XMLStreamException {
    Fields f = fields();
    return new Wxr.Term(
        "post_tag",
        f.wp("term_id").strip(),
        f.wp("tag_slug").strip(),
        "",
        f.wp("tag_name").strip(),
        f.wp("tag_description"));
  }

  private Wxr.Term term() throws XMLStreamException {
    Fields f = fields();
    return new Wxr.Term(
        f.wp("term_taxonomy").strip(),
        f.wp("term_id").strip(),
        f.wp("term_slug").strip(),
        f.wp("term_parent").strip(),
        f.wp("term_name").strip(),
        f.wp("term_description"));
  }

  private Wxr.Item item() throws XMLStreamException {
    Fields f = new Fields();
    List<Wxr.ItemTerm> terms = new ArrayList<>();
    List<Wxr.Meta> meta = new ArrayList<>();
    int comments = 0;
    while (nextChild()) {
      String ns = namespace();
      String name = xml.getLocalName();
      if (ns.isEmpty() && name.equals("category")) {
        String domain = attribute("domain");
        String slug = attribute("nicename");
        terms.add(new Wxr.ItemTerm(domain, slug, text().strip()));
      } else if (isWp(ns) && name.equals("postmeta")) {
        Fields m = fields();
        meta.add(new Wxr.Meta(m.wp("meta_key"), m.wp("meta_value")));
      } else if (isWp(ns) && name.equals("comment")) {
        comments++;
        skip();
      } else {
        f.put(ns, name, text());
      }
    }
    return new Wxr.Item(
        f.plain("title"),
        f.plain("link").strip(),
        f.plain("pubDate").strip(),
        (f.get(DC, "creator").isBlank() ? f.wp("author") : f.get(DC, "creator")).strip(),
        f.plain("guid").strip(),
        f.get(CONTENT, "encoded"),
        f.excerpt(),
        f.wp("post_id").strip(),
        f.wp("post_date").strip(),
        f.wp("post_date_gmt").strip(),
        f.wp("post_name").strip(),
        f.wp("status").strip(),
        f.wp("post_parent").strip(),
        f.wp("post_type").strip(),
        f.wp("post_password"),
        !f.wp("is_sticky").strip().isEmpty() && !f.wp("is_sticky").strip().equals("0"),
        f.wp("attachment_url").strip(),
        terms,
        meta,
        comments);
  }

  /** The text of an element's children, by namespace kind and name; the first one wins. */
  private final class Fields {
    private final Map<String, String> values = new HashMap<>();

    void put(String ns, String name, String value) {
      String kind =
          switch (kind(ns)) {
            case WP -> "wp";
            case EXCERPT -> "excerpt";
            case OTHER -> ns;
          };
      values.putIfAbsent(kind + " " + name, value);
    }

    String wp(String name) {
      return values.getOrDefault("wp " + name, "");
    }

    String plain(String name) {
      return values.getOrDefault(" " + name, "");
    }

    String excerpt() {
      return values.getOrDefault("excerpt encoded", "");
    }

    String get(String ns, String name) {
      return values.getOrDefault(ns + " " + name, "");
    }
  }

  private Fields fields() throws XMLStreamException {
    Fields f = new Fields();
    while (nextChild()) {
      f.put(namespace(), xml.getLocalName(), text());
    }
    return f;
  }

  private String attribute(String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : CleanText.text(value).strip();
  }

  /**
   * All text inside the current element (adjacent CDATA sections joined), ending after it, without
   * control characters (an XML 1.1 export may hold them) or unpaired surrogates.
   */
  private String text() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      switch (next()) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.length() + xml.getTextLength() > MAX_TEXT) {
            throw new WxrException(
                "an element at line "
                    + xml.getLocation().getLineNumber()
                    + " holds more than "
                    + MAX_TEXT / (1024 * 1024)
                    + " MB of text; no WordPress post is that long");
          }
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
        case XMLStreamConstants.START_ELEMENT -> depth++;
        case XMLStreamConstants.END_ELEMENT -> depth--;
        default -> {}
      }
    }
    return CleanText.text(text.toString());
  }

  private void skip() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Moves to the next child element of the current one; false at the current one's end. */
  private boolean nextChild() throws XMLStreamException {
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
  }

  private int nextTag() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return event;
      }
    }
    return XMLStreamConstants.END_DOCUMENT;
  }

  private int next() throws XMLStreamException {
    if (!xml.hasNext()) {
      throw new WxrException("the file ends in the middle of the export (truncated?)");
    }
    int event = xml.next();
    if (event == XMLStreamConstants.DTD) {
      throw new WxrException(
          "the file declares a DTD (line "
              + xml.getLocation().getLineNumber()
              + "); WordPress exports never do, and Broadsheet refuses them for safety");
    }
    if (event == XMLStreamConstants.END_DOCUMENT) {
      throw new WxrException("the file ends in the middle of the export (truncated?)");
    }
    return event;
  }

  private String namespace() {
    String ns = xml.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  private boolean isWp(String ns) {
    return kind(ns) == Kind.WP;
  }

  /** WordPress's namespaces, by any of their versions' addresses, and all others. */
  private enum Kind {
    WP,
    EXCERPT,
    OTHER
  }

  /**
   * What a namespace is, worked out once per address: every element of the file asks. A file with
   * more addresses than any export has is answered without remembering them.
   */
  private Kind kind(String ns) {
    Kind kind = kinds.get(ns);
    if (kind == null) {
      kind =
          WP.matcher(ns).matches()
              ? Kind.WP
              : EXCERPT.matcher(ns).matches() ? Kind.EXCERPT : Kind.OTHER;
      if (kinds.size() < 64) {
        kinds.put(ns, kind);
      }
    }
    return kind;
  }

  private static WxrException malformed(XMLStreamException e) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
    if (String.valueOf(e.getMessage()).contains("size limit")) {
      return new WxrException(
          "an element"
              + where
              + " holds more than "
              + MAX_TEXT / (1024 * 1024)
              + " MB of text; no WordPress post is that long",
          e);
    }
    if (e instanceof com.ctc.wstx.exc.WstxEOFException) {
      return new WxrException("the file ends in the middle of the export (truncated?)" + where, e);
    }
    String message = firstLine(e.getMessage()).replaceFirst("^ParseError at \\[[^]]*\\]:\\s*", "");
    return new WxrException("not well-formed XML" + where + ": " + message, e);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse("unreadable");
    return line.replaceFirst("^Message:\\s*", "");
  }

  /** The charset the XML declaration names (UTF-8 when none); a byte-order mark is skipped. */
  private static Charset charsetOf(BufferedInputStream in) throws IOException {
    in.mark(512);
    byte[] head = in.readNBytes(512);
    in.reset();
    int skip = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb ? 3 : 0;
    if (skip > 0) {
      in.skipNBytes(3);
    }
    String start = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_ENCODING.matcher(start);
    if (m.find()) {
      try {
        return Charset.forName(m.group(1));
      } catch (IllegalArgumentException e) {
        throw new WxrException("the file declares an unknown encoding \"" + m.group(1) + "\"");
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 64);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 64 * 1024);
    f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
    f.setProperty(WstxInputProperties.P_MAX_ELEMENT_COUNT, Long.MAX_VALUE);
    return f;
  }
}
