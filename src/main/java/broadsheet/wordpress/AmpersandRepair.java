package broadsheet.wordpress;

import java.io.IOException;
import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Escapes the stray {@code &} that exports from old WordPress versions leave in URLs (for example
 * {@code ?w=800&h=600} in {@code wp:attachment_url}), which strict XML refuses. Every other
 * character passes through as it is; CDATA sections, comments and processing instructions are left
 * untouched, and a well-formed document never changes. Counts what it repaired for the report.
 */
final class AmpersandRepair extends Reader {
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z_][A-Za-z0-9._-]{0,30});");
  private static final int LOOKAHEAD = 40;

  private enum Mode {
    TEXT,
    CDATA,
    COMMENT,
    INSTRUCTION
  }

  private final Reader in;
  private final char[] buffer = new char[64 * 1024];
  private int position;
  private int limit;
  private boolean ended;
  private Mode mode = Mode.TEXT;
  private String pending = "";
  private int pendingAt;
  private long line = 1;
  private long repaired;
  private long firstRepairLine;

  AmpersandRepair(Reader in) {
    this.in = in;
  }

  long repaired() {
    return repaired;
  }

  long firstRepairLine() {
    return firstRepairLine;
  }

  @Override
  public int read(char[] out, int offset, int length) throws IOException {
    int written = 0;
    while (written < length) {
      if (pendingAt < pending.length()) {
        out[offset + written++] = pending.charAt(pendingAt++);
        continue;
      }
      if (!fill(LOOKAHEAD)) {
        break;
      }
      // Most characters are none of the few this looks at: copy them in one run.
      int run = plainRun(Math.min(limit, position + (length - written)));
      if (run > 0) {
        System.arraycopy(buffer, position, out, offset + written, run);
        position += run;
        written += run;
        continue;
      }
      char c = buffer[position];
      if (c == '\n') {
        line++;
      }
      switch (mode) {
        case TEXT -> {
          if (c == '&' && !startsReference()) {
            if (repaired++ == 0) {
              firstRepairLine = line;
            }
            pending = "&amp;";
            pendingAt = 0;
            position++;
            continue;
          }
          if (c == '<') {
            if (startsWith("<![CDATA[")) {
              mode = Mode.CDATA;
            } else if (startsWith("<!--")) {
              mode = Mode.COMMENT;
            } else if (startsWith("<?")) {
              mode = Mode.INSTRUCTION;
            }
          }
        }
        case CDATA -> mode = startsWith("]]>") ? leave(3) : mode;
        case COMMENT -> mode = startsWith("-->") ? leave(3) : mode;
        case INSTRUCTION -> mode = startsWith("?>") ? leave(2) : mode;
      }
      out[offset + written++] = c;
      position++;
    }
    return written == 0 && length > 0 ? -1 : written;
  }

  /**
   * How many characters from the current one need no attention in the current mode: up to the next
   * character that may start a reference, a section or a section's end, and short of the lookahead
   * the checks for those need. Counts the lines it passes.
   */
  private int plainRun(int end) {
    int stop = ended ? end : Math.min(end, limit - LOOKAHEAD);
    char first =
        switch (mode) {
          case TEXT -> '&';
          case CDATA -> ']';
          case COMMENT -> '-';
          case INSTRUCTION -> '?';
        };
    int i = position;
    while (i < stop) {
      char c = buffer[i];
      if (c == first || (mode == Mode.TEXT && c == '<')) {
        break;
      }
      if (c == '\n') {
        line++;
      }
      i++;
    }
    return i - position;
  }

  /** Leaves a section: its closing characters after the current one go out as they are. */
  private Mode leave(int closing) {
    pending = new String(buffer, position + 1, closing - 1);
    pendingAt = 0;
    position += closing - 1;
    return Mode.TEXT;
  }

  private boolean startsReference() {
    int end = Math.min(limit, position + LOOKAHEAD);
    var m = REFERENCE.matcher(java.nio.CharBuffer.wrap(buffer, position, end - position));
    return m.lookingAt();
  }

  private boolean startsWith(String text) {
    if (limit - position < text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (buffer[position + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Makes sure the buffer holds the next {@code wanted} characters, or all that are left. */
  private boolean fill(int wanted) throws IOException {
    if (limit - position >= wanted || ended) {
      return position < limit;
    }
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    while (limit < wanted && !ended) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        ended = true;
      } else {
        limit += n;
      }
    }
    return position < limit;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
