package broadsheet.newsroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two texts (longest common subsequence over words, spaces and
 * punctuation), for comparing revisions side by side. Texts too long for the quadratic table are
 * compared paragraph by paragraph instead.
 */
public final class WordDiff {
  private static final Pattern TOKEN = Pattern.compile("\\s+|[\\p{L}\\p{N}’']+|[^\\s\\p{L}\\p{N}]");
  private static final long MAX_CELLS = 4_000_000;

  /** A run of text that is in both texts, only in the old one, or only in the new one. */
  public record Part(Kind kind, String text) {
    public enum Kind {
      SAME,
      REMOVED,
      ADDED
    }

    public boolean same() {
      return kind == Kind.SAME;
    }

    public boolean removed() {
      return kind == Kind.REMOVED;
    }

    public boolean added() {
      return kind == Kind.ADDED;
    }
  }

  private WordDiff() {}

  public static List<Part> of(String before, String after) {
    List<String> a = tokens(before == null ? "" : before);
    List<String> b = tokens(after == null ? "" : after);
    if ((long) a.size() * b.size() > MAX_CELLS) {
      a = List.of((before == null ? "" : before).split("(?<=\\n\\n)"));
      b = List.of((after == null ? "" : after).split("(?<=\\n\\n)"));
    }
    return diff(a, b);
  }

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static List<Part> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Part> parts = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        add(parts, Part.Kind.SAME, a.get(i++));
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        add(parts, Part.Kind.ADDED, b.get(j++));
      } else {
        add(parts, Part.Kind.REMOVED, a.get(i++));
      }
    }
    return parts;
  }

  private static void add(List<Part> parts, Part.Kind kind, String text) {
    if (!parts.isEmpty() && parts.get(parts.size() - 1).kind() == kind) {
      Part last = parts.remove(parts.size() - 1);
      parts.add(new Part(kind, last.text() + text));
    } else {
      parts.add(new Part(kind, text));
    }
  }
}
