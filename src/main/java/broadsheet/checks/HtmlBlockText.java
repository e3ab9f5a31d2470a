package broadsheet.checks;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Rewrites the text of a body's HTML blocks, the only text Markdown leaves as it is: a block (lines
 * between blank lines) that starts with a tag is passed through by CommonMark unchanged, so
 * Markdown written inside it shows as raw characters. Tags, and the text of code, pre, script and
 * style elements, are kept exactly; Markdown blocks are never touched. One pass over the body.
 */
final class HtmlBlockText {
  private HtmlBlockText() {}

  /** The body with {@code change} applied to each run of text in its HTML blocks. */
  static String rewrite(String body, UnaryOperator<String> change) {
    StringBuilder out = null;
    int at = 0;
    int n = body.length();
    int blockStart = 0;
    while (blockStart < n) {
      int blockEnd = blockEnd(body, blockStart);
      if (startsHtml(body, blockStart, blockEnd)) {
        String block = body.substring(blockStart, blockEnd);
        String changed = rewriteBlock(block, change);
        if (!changed.equals(block)) {
          if (out == null) {
            out = new StringBuilder(n + 64);
          }
          out.append(body, at, blockStart).append(changed);
          at = blockEnd;
        }
      }
      blockStart = blockEnd;
    }
    return out == null ? body : out.append(body, at, n).toString();
  }

  /** Where the block from {@code start} ends: after the next blank line, or at the end. */
  private static int blockEnd(String body, int start) {
    int i = body.indexOf('\n', start);
    while (i >= 0) {
      int j = i + 1;
      while (j < body.length() && (body.charAt(j) == ' ' || body.charAt(j) == '\t')) {
        j++;
      }
      if (j >= body.length()) {
        return body.length();
      }
      if (body.charAt(j) == '\n') {
        return j + 1;
      }
      i = body.indexOf('\n', j);
    }
    return body.length();
  }

  private static boolean startsHtml(String body, int start, int end) {
    int i = start;
    while (i < end && Character.isWhitespace(body.charAt(i))) {
      i++;
    }
    if (i + 1 >= end || i - lineStart(body, i) > 3 || body.charAt(i) != '<') {
      return false;
    }
    char c = body.charAt(i + 1);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/';
  }

  private static int lineStart(String body, int i) {
    int nl = body.lastIndexOf('\n', i - 1);
    return nl + 1;
  }

  private static String rewriteBlock(String block, UnaryOperator<String> change) {
    StringBuilder out = new StringBuilder(block.length() + 32);
    int literal = 0;
    int i = 0;
    while (i < block.length()) {
      int lt = block.indexOf('<', i);
      int textEnd = lt < 0 ? block.length() : lt;
      String text = block.substring(i, textEnd);
      out.append(literal > 0 || text.isEmpty() ? text : change.apply(text));
      if (lt < 0) {
        break;
      }
      int gt = block.indexOf('>', lt);
      if (gt < 0) {
        out.append(block, lt, block.length());
        break;
      }
      String tag = block.substring(lt, gt + 1);
      literal = Math.max(0, literal + literalChange(tag));
      out.append(tag);
      i = gt + 1;
    }
    return out.toString();
  }

  /** +1 entering code, pre, script or style; -1 leaving one; 0 for any other tag. */
  private static int literalChange(String tag) {
    boolean closing = tag.startsWith("</");
    int from = closing ? 2 : 1;
    int to = from;
    while (to < tag.length() && Character.isLetterOrDigit(tag.charAt(to))) {
      to++;
    }
    String name = tag.substring(from, to).toLowerCase(Locale.ROOT);
    return switch (name) {
      case "code", "pre", "script", "style" -> closing ? -1 : 1;
      default -> 0;
    };
  }
}
