package broadsheet.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A rendered body as the rules need it, from one walk of its parsed HTML: the text a reader sees,
 * block by block (code and preformatted text left out: what is there is meant literally), its
 * pictures and the addresses it links to.
 */
record RenderedBody(List<String> blocks, List<Picture> pictures, List<String> addresses) {
  /** A picture in the body: its address, and its alt text (null when it has none). */
  record Picture(String src, String alt) {}

  private static final Set<String> LITERAL =
      Set.of("pre", "code", "script", "style", "kbd", "samp");

  static RenderedBody of(String html) {
    if (html.isBlank()) {
      return new RenderedBody(List.of(), List.of(), List.of());
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    Walk walk = new Walk();
    NodeTraversor.traverse(walk, body);
    walk.flush();
    return new RenderedBody(walk.blocks, walk.pictures, walk.addresses);
  }

  private static final class Walk implements NodeVisitor {
    final List<String> blocks = new ArrayList<>();
    final List<Picture> pictures = new ArrayList<>();
    final List<String> addresses = new ArrayList<>();
    final StringBuilder block = new StringBuilder();
    int literal;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (literal == 0) {
          block.append(t.getWholeText());
        }
      } else if (node instanceof Element e) {
        String name = e.normalName();
        if (LITERAL.contains(name)) {
          literal++;
        }
        if (e.isBlock()) {
          flush();
        }
        switch (name) {
          case "br" -> block.append('\n');
          case "img" -> {
            pictures.add(new Picture(e.attr("src"), e.hasAttr("alt") ? e.attr("alt") : null));
            addresses.add(e.attr("src"));
          }
          case "a" -> addresses.add(e.attr("href"));
          case "source", "video", "audio", "iframe" -> addresses.add(e.attr("src"));
          default -> {}
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (LITERAL.contains(e.normalName())) {
          literal--;
        }
        if (e.isBlock()) {
          flush();
        }
      }
    }

    void flush() {
      if (!block.isEmpty()) {
        String text = block.toString();
        if (!text.isBlank()) {
          blocks.add(text);
        }
        block.setLength(0);
      }
    }
  }
}
