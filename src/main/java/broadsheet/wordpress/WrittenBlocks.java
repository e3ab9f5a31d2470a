package broadsheet.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The top-level blocks of the sanitiser's output, read off the text without building a tree. An
 * HTML parser builds exactly the tree the tags spell out only when no tag makes it close, reopen or
 * move an element on its own; this accepts a subset of HTML for which that is known (below) and
 * gives up on anything else, leaving it to the parser. Most posts are paragraphs, headings, lists,
 * quotes and figures, so most bodies are cut here. {@code FastPathsDifferentialTest} holds it to
 * the full way's HTML over generated bodies (bench/differential/run: at scale, and what it saves).
 *
 * <p>What is accepted, by the rules of HTML's tree construction: every element closed by its own
 * end tag in order; text-level elements holding only text-level content, so that no block start tag
 * ever meets an open paragraph (which it would close) and no formatting element is left open across
 * a block; no link inside a link (the parser closes the outer one); list items only directly inside
 * a list (an item start tag closes an open item further up) and nothing else there, not even
 * spaces; headings holding only text-level content (a heading start tag closes an open heading);
 * sources only inside a player. Tables, definition lists and {@code <pre>} (whose first newline the
 * parser drops) are not accepted.
 */
final class WrittenBlocks {
  private static final Set<String> TOP_LEVEL =
      Set.of(
          "p",
          "div",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "figure",
          "figcaption",
          "address");

  /** Blocks that hold blocks, text and text-level elements alike. */
  private static final Set<String> CONTAINERS =
      Set.of("div", "blockquote", "li", "figure", "figcaption", "address");

  /** Blocks that hold only text and text-level elements. */
  private static final Set<String> TEXT_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");

  private static final Set<String> LISTS = Set.of("ul", "ol");
  private static final Set<String> TEXT_LEVEL =
      Set.of(
          "a", "abbr", "b", "cite", "code", "del", "em", "i", "ins", "mark", "q", "s", "small",
          "span", "strong", "sub", "sup", "u", "audio", "video");
  private static final Set<String> PLAYERS = Set.of("audio", "video");
  private static final Set<String> VOID = Set.of("br", "img", "hr", "source");

  /** Far below where a parser starts to flatten deep nesting. */
  private static final int MAX_DEPTH = 48;

  private final String html;
  private final String[] open = new String[MAX_DEPTH];
  private int depth;
  private int pos;

  private WrittenBlocks(String html) {
    this.html = html;
  }

  /**
   * The top-level blocks as written, empty paragraphs left out; null when the text is outside what
   * this reads with certainty.
   */
  static List<String> of(String html) {
    return new WrittenBlocks(html).blocks();
  }

  private List<String> blocks() {
    List<String> blocks = new ArrayList<>();
    int n = html.length();
    while (pos < n) {
      int lt = html.indexOf('<', pos);
      if (lt < 0) {
        lt = n;
      }
      if (!isBlank(pos, lt)) {
        return null; // text outside any block
      }
      if (lt == n) {
        break;
      }
      pos = lt;
      int start = pos;
      String name = startTag();
      if (name == null || !TOP_LEVEL.contains(name)) {
        return null;
      }
      Paragraph paragraph = name.equals("p") ? new Paragraph() : null;
      push(name);
      if (!content(paragraph)) {
        return null;
      }
      String block = html.substring(start, pos);
      if (paragraph != null && paragraph.uncertain()) {
        return null;
      }
      if (paragraph == null || !paragraph.empty()) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  /** Reads the open element's content and its end tag; false when outside the accepted subset. */
  private boolean content(Paragraph paragraph) {
    int n = html.length();
    while (depth > 0) {
      int lt = html.indexOf('<', pos);
      if (lt < 0) {
        return false; // never closed
      }
      if (lt > pos) {
        if (LISTS.contains(open[depth - 1])) {
          // The sanitiser writes none between list items; where some is left (around an item it
          // had to close itself), it would drop it when sanitising the rendered source.
          return false;
        }
        if (paragraph != null) {
          paragraph.text(html, pos, lt);
        }
        pos = lt;
      }
      if (lt + 1 < n && html.charAt(lt + 1) == '/') {
        if (!endTag()) {
          return false;
        }
        continue;
      }
      String name = startTag();
      if (name == null || !allowed(open[depth - 1], name)) {
        return false;
      }
      if (paragraph != null && (name.equals("img") || PLAYERS.contains(name))) {
        paragraph.media = true;
      }
      if (!VOID.contains(name)) {
        if (depth == MAX_DEPTH) {
          return false;
        }
        push(name);
      }
    }
    return true;
  }

  private boolean allowed(String parent, String child) {
    if (child.equals("a") && isOpen("a")) {
      return false;
    }
    if (child.equals("li")) {
      return LISTS.contains(parent);
    }
    if (child.equals("source")) {
      return PLAYERS.contains(parent);
    }
    boolean textLevel = TEXT_LEVEL.contains(child) || child.equals("br") || child.equals("img");
    if (LISTS.contains(parent)) {
      return false;
    }
    if (CONTAINERS.contains(parent)) {
      return textLevel
          || CONTAINERS.contains(child)
          || TEXT_BLOCKS.contains(child)
          || LISTS.contains(child)
          || child.equals("hr");
    }
    // A paragraph, a heading or a text-level element (a player among them).
    return textLevel;
  }

  private boolean isOpen(String name) {
    for (int i = 0; i < depth; i++) {
      if (open[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void push(String name) {
    open[depth++] = name;
  }

  /**
   * Reads a start tag at {@code pos} as the sanitiser writes one ({@code <name a="v" b="w">}, a
   * void element ending in {@code />}) and returns its name; null for anything else.
   */
  private String startTag() {
    int n = html.length();
    int i = pos + 1;
    int nameStart = i;
    while (i < n && isNameChar(html.charAt(i))) {
      i++;
    }
    if (i == nameStart || !isLetter(html.charAt(nameStart))) {
      return null;
    }
    String name = html.substring(nameStart, i);
    while (i < n && html.charAt(i) == ' ') {
      i++;
      int attribute = i;
      while (i < n && (isNameChar(html.charAt(i)) || html.charAt(i) == '-')) {
        i++;
      }
      if (i == attribute) {
        break; // the space before "/>"
      }
      if (i + 1 >= n || html.charAt(i) != '=' || html.charAt(i + 1) != '"') {
        return null;
      }
      int close = html.indexOf('"', i + 2);
      if (close < 0) {
        return null;
      }
      i = close + 1;
    }
    boolean selfClosing = i < n && html.charAt(i) == '/';
    if (selfClosing) {
      i++;
    }
    if (i >= n || html.charAt(i) != '>' || (selfClosing && !VOID.contains(name))) {
      return null;
    }
    pos = i + 1;
    return name;
  }

  /** Reads {@code </name>} for the open element at {@code pos}; false for anything else. */
  private boolean endTag() {
    String name = open[depth - 1];
    int end = pos + 2 + name.length();
    if (end >= html.length() || !html.startsWith(name, pos + 2) || html.charAt(end) != '>') {
      return false;
    }
    pos = end + 1;
    depth--;
    return true;
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = html.charAt(i);
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isNameChar(char c) {
    return isLetter(c) || (c >= '0' && c <= '9');
  }

  /**
   * What a top-level paragraph shows: one with neither text nor a picture or player is left out, as
   * WordPress leaves such paragraphs behind (the full way judges the same on the parsed tree). Text
   * whose only characters are references or spaces other than ASCII ones is left to that way.
   */
  private static final class Paragraph {
    boolean media;
    boolean visible;
    boolean unsure;

    void text(String html, int from, int to) {
      for (int i = from; i < to && !visible; i++) {
        char c = html.charAt(i);
        if (c == '&') {
          int semicolon = html.indexOf(';', i);
          unsure = true;
          i = semicolon < 0 || semicolon > to ? to : semicolon;
        } else if (Character.isLetterOrDigit(c)) {
          visible = true;
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') {
          unsure = true;
        }
      }
    }

    boolean empty() {
      return !media && !visible;
    }

    boolean uncertain() {
      return empty() && unsure;
    }
  }
}
