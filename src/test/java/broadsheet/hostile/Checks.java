package broadsheet.hostile;

import broadsheet.HtmlChecker;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What every answer to the corpus must be: never a 500; an HTML page valid to the Nu checker, its
 * JSON-LD well-formed, with nothing injected; a feed or sitemap well-formed XML whose HTML for feed
 * readers holds nothing injected either. Failures are collected, so one run names them all.
 */
final class Checks {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<String> failures = new ArrayList<>();
  private int pages;
  private int documents;

  int pages() {
    return pages;
  }

  int documents() {
    return documents;
  }

  List<String> failures() {
    return failures;
  }

  void fail(String what, String why) {
    failures.add(what + ": " + why);
  }

  /** An answer of any kind: never a server error; its page or document checked for what it is. */
  void answer(String what, HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    String answered = what + " (" + response.statusCode() + ")";
    if (response.statusCode() >= 500) {
      fail(answered, "answered " + response.statusCode());
    } else if (response.statusCode() >= 300 && response.statusCode() < 400) {
      return; // A redirect's body is no page.
    } else if (type.startsWith("text/html")) {
      html(answered, response.body());
    } else if (type.contains("xml")) {
      xml(answered, response.body());
    }
  }

  /** A page: Nu-valid, its JSON-LD parses, and nothing from the corpus became markup. */
  Document html(String what, String html) {
    pages++;
    List<String> errors = HtmlChecker.errors(html);
    if (!errors.isEmpty()) {
      String[] lines = html.split("\n", -1);
      for (String error : errors) {
        int line = Integer.parseInt(error.replaceAll("(?s)^line (-?[0-9]+):.*$", "$1"));
        String at = line > 0 && line <= lines.length ? lines[line - 1].strip() : "";
        fail(what, "Nu: " + error + " at: " + (at.length() > 160 ? at.substring(0, 160) : at));
      }
    }
    Document doc = Jsoup.parse(html);
    for (String injection : Injections.inPage(doc)) {
      fail(what, injection);
    }
    for (var ld : doc.select("script[type=application/ld+json]")) {
      try {
        JSON.readTree(ld.data());
      } catch (Exception e) {
        fail(what, "JSON-LD does not parse: " + e.getMessage());
      }
    }
    return doc;
  }

  /** A feed or sitemap: well-formed, and the HTML it carries for readers holds no injection. */
  org.w3c.dom.Document xml(String what, String xml) {
    documents++;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document doc =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      for (String name : List.of("description", "encoded", "content", "summary")) {
        NodeList nodes = doc.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
          Element e = (Element) nodes.item(i);
          boolean atom = "http://www.w3.org/2005/Atom".equals(e.getNamespaceURI());
          if (atom && !e.getAttribute("type").equals("html")) {
            continue; // Atom text is text: readers never render it as markup.
          }
          for (String injection :
              Injections.inFragment(Jsoup.parseBodyFragment(e.getTextContent()))) {
            fail(what, "in <" + name + ">: " + injection);
          }
        }
      }
      return doc;
    } catch (Exception e) {
      fail(what, "not well-formed XML: " + e.getMessage());
      return null;
    }
  }
}
