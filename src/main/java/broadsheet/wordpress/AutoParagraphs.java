package broadsheet.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress's automatic paragraphs ({@code wpautop}), which a classic post needs because WordPress
 * stores it without them: blank lines separate paragraphs, a single line break inside one is a
 * {@code <br>}, block elements stand alone, and {@code <pre>} is left as written. The text is read
 * by a scanner rather than patterns; {@code FastPathsDifferentialTest} holds the patterns it must
 * agree with.
 */
final class AutoParagraphs {
  /** The elements that stand alone, as alternatives of a pattern. */
  static final String BLOCKS =
      "address|article|aside|audio|blockquote|details|div|dl|dd|dt|fieldset|figcaption|figure"
          + "|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|table|tbody|thead"
          + "|tfoot|tr|td|th|caption|ul|video|object|embed|style|script|math|select|option";

  private static final Set<String> BLOCK_NAMES = names(BLOCKS);
  private static final Pattern STARTS_BLOCK =
      Pattern.compile("^</?(?:" + BLOCKS + ")[\\s/>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern PRE = Pattern.compile("<pre[\\s>].*?</pre>", Pattern.DOTALL);

  private AutoParagraphs() {}

  /** Element names written as alternatives, as the patterns have them. */
  static Set<String> names(String alternatives) {
    return Set.of(alternatives.replace("h[1-6]", "h1|h2|h3|h4|h5|h6").split("\\|"));
  }

  static String autop(String text) {
    List<String> kept = new ArrayList<>();
    String protectedText = text;
    if (text.contains("<pre")) {
      Matcher pre = PRE.matcher(text);
      StringBuilder withoutPre = new StringBuilder();
      while (pre.find()) {
        kept.add(pre.group());
        pre.appendReplacement(
            withoutPre, "\n\n<pre>\u0000" + (kept.size() - 1) + "\u0000</pre>\n\n");
      }
      pre.appendTail(withoutPre);
      protectedText = withoutPre.toString();
    }
    StringBuilder out = new StringBuilder(text.length() + text.length() / 8);
    for (String chunk : chunks(spaceBlocks(protectedText))) {
      if (STARTS_BLOCK.matcher(chunk).find()) {
        out.append(chunk).append("\n\n");
      } else {
        out.append("<p>").append(chunk.replace("\n", "<br>\n")).append("</p>\n\n");
      }
    }
    String result = out.toString();
    for (int i = 0; i < kept.size(); i++) {
      result = result.replace("<pre>\u0000" + i + "\u0000</pre>", kept.get(i));
    }
    return result;
  }

  /**
   * A blank line before each block element's opening tag and after its closing tag. The text
   * between tags is copied a run at a time: it is most of a body.
   */
  private static String spaceBlocks(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / 16);
    int i = 0;
    int n = text.length();
    while (i < n) {
      int tag = text.indexOf('<', i);
      if (tag < 0) {
        out.append(text, i, n);
        break;
      }
      out.append(text, i, tag);
      i = tag;
      int end = text.indexOf('>', i);
      if (end < 0) {
        out.append(text, i, n);
        break;
      }
      boolean closing = i + 1 < n && text.charAt(i + 1) == '/';
      int nameStart = closing ? i + 2 : i + 1;
      int nameEnd = nameStart;
      while (nameEnd < end && Character.isLetterOrDigit(text.charAt(nameEnd))) {
        nameEnd++;
      }
      String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
      boolean block = nameEnd > nameStart && BLOCK_NAMES.contains(name);
      if (block && !closing) {
        out.append("\n\n");
      }
      out.append(text, i, end + 1);
      if (block && closing) {
        out.append("\n\n");
      }
      i = end + 1;
    }
    return out.toString();
  }

  /** The text split at blank lines, each part stripped, empty parts left out. */
  private static List<String> chunks(String text) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = text.indexOf('\n'); i >= 0; ) {
      int j = i + 1;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j < n && text.charAt(j) == '\n') {
        addChunk(parts, text.substring(start, i));
        start = j + 1;
        i = text.indexOf('\n', j + 1);
      } else {
        i = text.indexOf('\n', i + 1);
      }
    }
    addChunk(parts, text.substring(start));
    return parts;
  }

  private static void addChunk(List<String> parts, String chunk) {
    String stripped = chunk.strip();
    if (!stripped.isEmpty()) {
      parts.add(stripped);
    }
  }
}
