package broadsheet.cli;

/** A single-line progress bar for long commands, redrawn in place with a carriage return. */
final class Progress {
  private static final int WIDTH = 30;

  private Progress() {}

  static String line(String what, long done, long total) {
    double share = total <= 0 ? 1 : Math.min(1, (double) done / total);
    int filled = (int) Math.round(share * WIDTH);
    return "\r%s [%s%s] %d/%d (%3.0f%%)"
        .formatted(what, "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, share * 100);
  }
}
