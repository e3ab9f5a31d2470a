package broadsheet.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What markup from the corpus would have become, had it escaped its field: the elements, attributes
 * and addresses that run script or change the page, read from a page parsed as browsers parse it.
 * None of our own templates writes any of them, so every one found is an injection.
 */
final class Injections {
  /** Elements that run script, load a document or change how the page's addresses resolve. */
  private static final Set<String> ACTIVE =
      Set.of(
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "base",
          "svg",
          "math",
          "template",
          "style",
          "isindex",
          "xml",
          "portal",
          "noscript");

  /** Attributes that hold an address a browser may follow or load. */
  private static final Set<String> ADDRESS =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "data",
          "poster",
          "background",
          "lowsrc",
          "dynsrc",
          "cite",
          "ping",
          "srcset",
          "data-src",
          "data-href");

  private Injections() {}

  /** Every injection found in a whole page (our own scripts and forms excepted), described. */
  static List<String> inPage(Document doc) {
    List<String> found = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      if (tag.equals("script")) {
        boolean ours =
            e.attr("src").startsWith("/static/")
                || e.attr("type").equals("application/ld+json") && e.parent() == doc.head();
        if (!ours) {
          found.add("a script element: " + describe(e));
        }
      } else if (tag.equals("form")
          && !(e.attr("action").startsWith("/") && !e.attr("action").startsWith("//"))) {
        found.add("a form posting elsewhere: " + describe(e));
      } else if (tag.equals("meta")
          && e.hasAttr("http-equiv")
          && !e.attr("http-equiv").equalsIgnoreCase("content-type")) {
        found.add("a meta http-equiv: " + describe(e));
      } else if (tag.equals("link") && e.parent() != doc.head()) {
        found.add("a link element in the body: " + describe(e));
      }
      inElement(e, found);
    }
    return found;
  }

  /** The same for a fragment of HTML that a feed carries for its readers to render. */
  static List<String> inFragment(Document fragment) {
    List<String> found = new ArrayList<>();
    for (Element e : fragment.body().getAllElements()) {
      if (Set.of("script", "form", "meta", "link").contains(e.normalName())) {
        found.add("a " + e.normalName() + " element: " + describe(e));
      }
      inElement(e, found);
    }
    return found;
  }

  private static void inElement(Element e, List<String> found) {
    if (ACTIVE.contains(e.normalName())) {
      found.add("an active element: " + describe(e));
    }
    for (Attribute a : e.attributes()) {
      String name = a.getKey().toLowerCase(Locale.ROOT);
      String value = compact(a.getValue());
      if (name.startsWith("on")) {
        found.add("an event handler: " + describe(e));
      } else if (name.equals("srcdoc") || name.equals("formaction")) {
        found.add("a " + name + " attribute: " + describe(e));
      } else if (name.equals("style")) {
        found.add("a style attribute: " + describe(e));
      } else if (ADDRESS.contains(name) && scripted(value)) {
        found.add("a scripted address: " + describe(e));
      }
    }
  }

  /** An address that runs script or renders a document of its own where it is followed. */
  private static boolean scripted(String address) {
    return address.startsWith("javascript:")
        || address.startsWith("vbscript:")
        || address.startsWith("data:") && !address.startsWith("data:image/png")
        || address.startsWith("livescript:");
  }

  /** Lower case, without the whitespace and control characters browsers skip in an address. */
  private static String compact(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > ' ') {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static String describe(Element e) {
    String html = e.outerHtml();
    return html.length() > 160 ? html.substring(0, 160) + "…" : html;
  }
}
