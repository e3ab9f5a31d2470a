package broadsheet.checks;

/** Quoting a passage in a finding: short, on one line, free of control characters. */
final class Passages {
  private static final int LONGEST = 90;

  private Passages() {}

  static String quote(String passage) {
    if (passage == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(passage.length(), LONGEST + 1));
    for (int i = 0; i < passage.length() && out.length() < LONGEST; i++) {
      char c = passage.charAt(i);
      out.append(Character.isISOControl(c) ? ' ' : c);
    }
    String quoted = out.toString().strip();
    return passage.length() > LONGEST ? quoted + "…" : quoted;
  }

  /** The passage of {@code text} around {@code from}..{@code to}, with a little on each side. */
  static String around(String text, int from, int to) {
    int start = Math.max(0, from - 25);
    int end = Math.min(text.length(), Math.max(to, from) + 25);
    // Never cut a surrogate pair in two.
    if (start > 0 && Character.isLowSurrogate(text.charAt(start))) {
      start--;
    }
    if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
      end++;
    }
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
  }
}
