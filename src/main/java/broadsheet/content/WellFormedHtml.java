package broadsheet.content;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Sanitised HTML as a browser's parser builds it, written back: the sanitiser keeps only safe
 * elements but balances them without HTML's content model (a {@code <div>} inside a {@code <p>}, an
 * {@code <audio>} left open), and can leave an image whose address it refused. Every body page must
 * pass the Nu checker, whatever a writer or an import typed.
 */
final class WellFormedHtml {
  /** Characters a URL may not hold as they are; the sanitiser leaves them in an address. */
  private static final String NOT_IN_URL = "\"<>`{}|\\^ ";

  private WellFormedHtml() {}

  /** The same string where a parser reads the HTML as written; rebuilt where not. */
  static String of(String html) {
    if (html.isEmpty()) {
      return html;
    }
    Parser parser = Parser.htmlParser().setTrackErrors(1);
    Document doc = Jsoup.parse(html, "", parser);
    boolean changed = !parser.getErrors().isEmpty();
    // An image or media source whose address was refused shows nothing and is not valid HTML.
    Elements empty = doc.body().select("img:not([src]), source:not([src])");
    Elements unnamed = doc.body().select("img:not([alt])");
    changed |= !empty.isEmpty() || !unnamed.isEmpty();
    empty.remove();
    unnamed.attr("alt", "");
    for (Element e : doc.body().select("[href], [src]")) {
      for (String name : new String[] {"href", "src"}) {
        String url = e.attr(name);
        if (e.hasAttr(name) && !encoded(url).equals(url)) {
          e.attr(name, encoded(url));
          changed = true;
        }
      }
    }
    if (!changed) {
      return html;
    }
    doc.outputSettings()
        .prettyPrint(false)
        .escapeMode(Entities.EscapeMode.base)
        .charset(StandardCharsets.UTF_8);
    return doc.body().html();
  }

  private static String encoded(String url) {
    StringBuilder out = null;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean bad = NOT_IN_URL.indexOf(c) >= 0;
      if (bad && out == null) {
        out = new StringBuilder(url.length() + 8).append(url, 0, i);
      }
      if (out != null) {
        out.append(bad ? String.format("%%%02X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? url : out.toString();
  }
}
