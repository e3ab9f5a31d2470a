package broadsheet.wordpress;

import java.util.List;
import java.util.Random;

/**
 * WordPress-like bodies for the differential tests of the conversion's fast paths: classic text,
 * HTML soups and well-formed block sequences, and the insides of [caption] shortcodes. A seed
 * decides every body ({@link Random}'s algorithm is specified), so a failure found by a long run is
 * found again from its seed and number.
 */
final class GeneratedBodies {
  private static final List<String> WORDS =
      List.of(
          "harbour",
          "the",
          "quay",
          "ferry",
          "council",
          "a",
          "of",
          "Caf\u00e9",
          "na\u00efve",
          "\u201cquoted\u201d",
          "it's",
          "5",
          "2025",
          "\u2026",
          "\u00a0",
          "&amp;",
          "&",
          "&nbsp;",
          "&#160;",
          "&lt;",
          "&quot;",
          "\"",
          "'",
          "=",
          "<",
          ">",
          "x<y",
          "[",
          "]",
          "*",
          "_",
          "#",
          "`",
          "-",
          "+",
          "1.",
          "|",
          "\\",
          "http://a.example/x",
          "https://b.example/?q=1&r=2",
          "\u0434\u043e\u043c",
          "\u6e2f",
          "\ud83d\udea2");

  private static final List<String> SPACES =
      List.of(" ", " ", " ", "\n", "\n\n", "\t", "  ", "\n \n", "\n\t\n", "\r\n", "");

  /** Elements a body holds, block and inline, in the cases WordPress writers use. */
  private static final List<String> ELEMENTS =
      List.of(
          "p",
          "p",
          "p",
          "div",
          "span",
          "em",
          "strong",
          "b",
          "i",
          "a",
          "a",
          "ul",
          "ol",
          "li",
          "li",
          "h2",
          "h3",
          "h4",
          "blockquote",
          "figure",
          "figcaption",
          "img",
          "br",
          "hr",
          "pre",
          "code",
          "table",
          "tr",
          "td",
          "dl",
          "dt",
          "dd",
          "iframe",
          "audio",
          "video",
          "source",
          "sup",
          "sub",
          "s",
          "u",
          "del",
          "ins",
          "small",
          "section",
          "article",
          "header",
          "P",
          "DIV",
          "Em",
          "center",
          "font",
          "script",
          "style",
          "form",
          "input",
          "caption",
          "main",
          "nav",
          "abbr");

  private static final List<String> INLINE =
      List.of("em", "strong", "b", "i", "a", "code", "span", "sup", "sub", "s", "small", "abbr");

  /** Attribute names of HTML (as the spec lists them), including every boolean one. */
  static final List<String> ATTRIBUTE_NAMES =
      List.of(
          "abbr",
          "accept",
          "accept-charset",
          "accesskey",
          "action",
          "allow",
          "allowfullscreen",
          "alpha",
          "alt",
          "as",
          "async",
          "autocapitalize",
          "autocomplete",
          "autocorrect",
          "autofocus",
          "autoplay",
          "blocking",
          "charset",
          "checked",
          "cite",
          "class",
          "closedby",
          "color",
          "colorspace",
          "cols",
          "colspan",
          "command",
          "commandfor",
          "compact",
          "content",
          "contenteditable",
          "controls",
          "coords",
          "crossorigin",
          "data",
          "datetime",
          "declare",
          "decoding",
          "default",
          "defer",
          "dir",
          "dirname",
          "disabled",
          "download",
          "draggable",
          "enctype",
          "enterkeyhint",
          "fetchpriority",
          "for",
          "form",
          "formaction",
          "formenctype",
          "formmethod",
          "formnovalidate",
          "formtarget",
          "headers",
          "height",
          "hidden",
          "high",
          "href",
          "hreflang",
          "http-equiv",
          "id",
          "imagesizes",
          "imagesrcset",
          "inert",
          "inputmode",
          "integrity",
          "is",
          "ismap",
          "itemid",
          "itemprop",
          "itemref",
          "itemscope",
          "itemtype",
          "kind",
          "label",
          "lang",
          "list",
          "loading",
          "loop",
          "low",
          "max",
          "maxlength",
          "media",
          "method",
          "min",
          "minlength",
          "multiple",
          "muted",
          "name",
          "nohref",
          "nomodule",
          "nonce",
          "noresize",
          "noshade",
          "novalidate",
          "nowrap",
          "open",
          "optimum",
          "pattern",
          "ping",
          "placeholder",
          "playsinline",
          "popover",
          "popovertarget",
          "popovertargetaction",
          "poster",
          "preload",
          "readonly",
          "referrerpolicy",
          "rel",
          "required",
          "reversed",
          "rows",
          "rowspan",
          "sandbox",
          "scope",
          "seamless",
          "selected",
          "shadowrootclonable",
          "shadowrootcustomelementregistry",
          "shadowrootdelegatesfocus",
          "shadowrootmode",
          "shadowrootserializable",
          "shape",
          "size",
          "sizes",
          "slot",
          "sortable",
          "span",
          "spellcheck",
          "src",
          "srcdoc",
          "srclang",
          "srcset",
          "start",
          "step",
          "style",
          "tabindex",
          "target",
          "title",
          "translate",
          "truespeed",
          "type",
          "typemustmatch",
          "usemap",
          "value",
          "width",
          "wrap",
          "writingsuggestions",
          "onclick",
          "onerror",
          "data-id",
          "aria-label",
          "role",
          "align",
          "border",
          "valign");

  private final Random random;

  GeneratedBodies(long seed) {
    this.random = new Random(seed);
  }

  private String pick(List<String> items) {
    return items.get(random.nextInt(items.size()));
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private String words(int most) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(most);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(chance(90) ? " " : pick(SPACES));
      }
      text.append(pick(WORDS));
    }
    return text.toString();
  }

  /**
   * Plain words a sanitiser keeps as they are: no markup, no entities, and no backtick, after which
   * the sanitiser adds a space in an attribute's value each time it passes (so the full way, which
   * sanitises twice, adds two where the fast way adds one).
   */
  private String plainWords(int most) {
    StringBuilder text = new StringBuilder();
    int n = 1 + random.nextInt(most);
    for (int i = 0; i < n; i++) {
      String word = pick(WORDS);
      if (word.indexOf('<') >= 0
          || word.indexOf('&') >= 0
          || word.indexOf('>') >= 0
          || word.indexOf('`') >= 0) {
        word = "quay";
      }
      text.append(i > 0 ? " " : "").append(word);
    }
    return text.toString();
  }

  private String attributeValue(String name) {
    return switch (random.nextInt(10)) {
      case 0 -> "";
      case 1 -> name;
      case 2 -> name.toUpperCase(java.util.Locale.ROOT);
      case 3 -> "https://a.example/" + random.nextInt(100) + ".jpg";
      case 4 -> "x y";
      case 5 -> "a&amp;b";
      case 6 -> "javascript:alert(1)";
      case 7 -> "wp-image-" + random.nextInt(50) + " size-full";
      default -> String.valueOf(random.nextInt(1000));
    };
  }

  /** A few attributes, quoted as writers quote them: double, single, none, or only a name. */
  private String attributes() {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      String name = pick(ATTRIBUTE_NAMES);
      String value = attributeValue(name);
      out.append(chance(85) ? " " : pick(SPACES).isEmpty() ? " " : "\n").append(name);
      switch (random.nextInt(8)) {
        case 0 -> out.append("='").append(value).append('\'');
        case 1 -> out.append('=').append(value.isEmpty() || value.contains(" ") ? "v" : value);
        case 2 -> {}
        default -> out.append("=\"").append(value).append('"');
      }
    }
    return out.toString();
  }

  /** A classic post's text: paragraphs by blank lines, some markup, some blocks, some strays. */
  String classic() {
    StringBuilder body = new StringBuilder();
    int parts = 1 + random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(12)) {
        case 0 -> body.append("<blockquote>").append(words(20)).append("</blockquote>");
        case 1 ->
            body.append("<pre>").append(words(8)).append("\n\n").append(words(5)).append("</pre>");
        case 2 -> body.append("<ul>\n<li>").append(words(6)).append("</li>\n</ul>");
        case 3 -> body.append("<h2>").append(words(5)).append("</h2>");
        case 4 -> body.append(soupToken());
        case 5 ->
            body.append("<img src=\"https://a.example/a.jpg\"")
                .append(attributes())
                .append(chance(50) ? " />" : ">");
        default -> body.append(inlineRun(3));
      }
      body.append(pick(SPACES));
      if (chance(60)) {
        body.append("\n\n");
      }
    }
    return body.toString();
  }

  private String inlineRun(int depth) {
    StringBuilder out = new StringBuilder(words(15));
    if (depth > 0 && chance(50)) {
      String tag = pick(INLINE);
      out.append(' ')
          .append('<')
          .append(tag)
          .append(tag.equals("a") ? " href=\"https://a.example/" + random.nextInt(9) + "\"" : "")
          .append(attributes())
          .append('>')
          .append(inlineRun(depth - 1))
          .append("</")
          .append(tag)
          .append('>');
    }
    if (chance(20)) {
      out.append(chance(50) ? "<br>" : "<br />").append(pick(SPACES)).append(words(5));
    }
    return out.toString();
  }

  private String soupToken() {
    return switch (random.nextInt(10)) {
      case 0, 1, 2 -> words(8);
      case 3 -> pick(SPACES);
      case 4 -> "</" + pick(ELEMENTS) + ">";
      case 5 -> "<!-- " + words(3) + " -->";
      case 6 -> pick(List.of("<", ">", "&", "</", "<p", "<a href=", "<br/>", "<p/>", "</p >"));
      default -> "<" + pick(ELEMENTS) + attributes() + (chance(10) ? " /" : "") + ">";
    };
  }

  /** Fragments of HTML in any order: unclosed, misnested, stray. */
  String soup() {
    StringBuilder body = new StringBuilder();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      body.append(soupToken());
    }
    return body.toString();
  }

  /** One well-formed Markdown block after another, as most converted bodies are. */
  String blocks() {
    StringBuilder body = new StringBuilder();
    int n = 1 + random.nextInt(10);
    for (int i = 0; i < n; i++) {
      body.append(block(2));
      body.append(pick(List.of("", "\n", "\n\n", " ", "\n  \n")));
    }
    return body.toString();
  }

  private String block(int depth) {
    return switch (random.nextInt(depth > 0 ? 11 : 6)) {
      case 0, 1, 2 -> "<p" + attributes() + ">" + inlineRun(3) + "</p>";
      case 3 -> {
        int level = 2 + random.nextInt(3);
        yield "<h" + level + ">" + plainWords(6) + "</h" + level + ">";
      }
      case 4 -> pick(List.of("<p> </p>", "<p>&nbsp;</p>", "<p><br></p>", "<p></p>", "<hr>"));
      case 5 ->
          "<figure><img src=\"https://a.example/f.jpg\" alt=\""
              + plainWords(3)
              + "\"><figcaption>"
              + inlineRun(1)
              + "</figcaption></figure>";
      case 6, 7 -> {
        String list = chance(50) ? "ul" : "ol";
        StringBuilder out = new StringBuilder("<" + list + ">");
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
          out.append("<li>")
              .append(chance(70) ? inlineRun(2) : block(depth - 1))
              .append("</li>")
              .append(chance(10) ? "\n" : "");
        }
        yield out.append("</").append(list).append(">").toString();
      }
      case 8 -> "<blockquote>" + block(depth - 1) + block(depth - 1) + "</blockquote>";
      case 9 -> "<div" + attributes() + ">" + block(depth - 1) + "</div>";
      default ->
          "<p><audio controls src=\"https://a.example/a.mp3\"><a href=\"https://a.example/a.mp3\">"
              + plainWords(2)
              + "</a></audio></p>";
    };
  }

  /** What a [caption] holds: mostly a picture, perhaps linked, then its caption. */
  String captionInner() {
    StringBuilder inner = new StringBuilder();
    if (chance(30)) {
      inner.append(pick(List.of(" ", "\n", "\t", "  ", "\r\n")));
    }
    boolean linked = chance(40);
    if (linked) {
      inner.append("<a href=\"https://a.example/big.jpg\"").append(captionAttributes()).append('>');
      if (chance(5)) {
        inner.append(' ');
      }
    }
    inner.append(chance(97) ? "<img" : "<IMG").append(captionAttributes());
    inner.append(pick(List.of(">", " />", "/>", " >", "\n/>")));
    if (linked && chance(95)) {
      inner.append("</a>");
    }
    inner.append(chance(80) ? " " + words(8) : pick(List.of("", " <em>" + words(2) + "</em>")));
    if (chance(10)) {
      inner.append(pick(SPACES));
    }
    return inner.toString();
  }

  /** Attributes as a caption's picture has them: any name of HTML, any value. */
  private String captionAttributes() {
    StringBuilder out = new StringBuilder();
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      String name =
          chance(50)
              ? pick(List.of("src", "alt", "class", "width", "height", "title"))
              : pick(ATTRIBUTE_NAMES);
      out.append(chance(95) ? " " : "\n").append(name);
      if (chance(95)) {
        String value = attributeValue(name);
        out.append(chance(95) ? "=\"" + value + "\"" : "='" + value + "'");
      }
    }
    return out.toString();
  }
}
