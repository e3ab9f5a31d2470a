package broadsheet.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Where a body's sentences begin, found once when the article is indexed, so that the highlighter
 * cuts its passages at the very places the sentence rules would give without running them over
 * every hit's text again. Found with the rules the highlighter would use itself: the JDK's sentence
 * rules, split further at the separator of multi-valued fields.
 */
final class Sentences extends BreakIterator {
  private static final char VALUE_SEPARATOR = '\u2029';

  private int[] bounds = {0};
  private int at;
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] known;

  /** The sentence rules the highlighter would apply to {@code text}, as is. */
  static BreakIterator rules() {
    return new SplittingBreakIterator(
        BreakIterator.getSentenceInstance(Locale.ROOT), VALUE_SEPARATOR);
  }

  /** Every boundary of the text by those rules, first (0) and last (its length) included. */
  static int[] bounds(String text) {
    BreakIterator rules = rules();
    rules.setText(text);
    int[] found = new int[16];
    int n = 0;
    for (int b = rules.first(); b != DONE; b = rules.next()) {
      if (n == found.length) {
        found = Arrays.copyOf(found, n * 2);
      }
      found[n++] = b;
    }
    return Arrays.copyOf(found, n);
  }

  /** The boundaries, packed as the gaps between them, seven bits a byte. */
  static BytesRef encode(int[] bounds) {
    byte[] bytes = new byte[5 * (bounds.length + 1)];
    int at = put(bytes, 0, bounds.length);
    for (int i = 1; i < bounds.length; i++) {
      at = put(bytes, at, bounds[i] - bounds[i - 1]);
    }
    return new BytesRef(bytes, 0, at);
  }

  private static int put(byte[] bytes, int at, int value) {
    while ((value & ~0x7F) != 0) {
      bytes[at++] = (byte) ((value & 0x7F) | 0x80);
      value >>>= 7;
    }
    bytes[at++] = (byte) value;
    return at;
  }

  static int[] decode(BytesRef packed) {
    int[] cursor = {packed.offset};
    int[] bounds = new int[take(packed.bytes, cursor)];
    for (int i = 1; i < bounds.length; i++) {
      bounds[i] = bounds[i - 1] + take(packed.bytes, cursor);
    }
    return bounds;
  }

  private static int take(byte[] bytes, int[] cursor) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = bytes[cursor[0]++];
      value |= (b & 0x7F) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }

  /**
   * The boundaries of the text to be set next, as found when it was indexed; a text they cannot
   * belong to (of another length) has its boundaries found again.
   */
  void expect(int[] textBounds) {
    known = textBounds;
  }

  @Override
  public void setText(String content) {
    boolean fits = known != null && known[known.length - 1] == content.length();
    bounds = fits ? known : bounds(content);
    known = null;
    text = new StringCharacterIterator(content);
    at = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder s = new StringBuilder();
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      s.append(c);
    }
    setText(s.toString());
  }

  @Override
  public int first() {
    at = 0;
    return bounds[0];
  }

  @Override
  public int last() {
    at = bounds.length - 1;
    return bounds[at];
  }

  @Override
  public int next(int n) {
    int to = at + n;
    if (to < 0 || to >= bounds.length) {
      at = to < 0 ? 0 : bounds.length - 1;
      return DONE;
    }
    at = to;
    return bounds[at];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int following(int offset) {
    check(offset);
    // The first boundary after the offset.
    int i = Arrays.binarySearch(bounds, offset);
    int after = i >= 0 ? i + 1 : -i - 1;
    if (after >= bounds.length) {
      at = bounds.length - 1;
      return DONE;
    }
    at = after;
    return bounds[at];
  }

  @Override
  public int preceding(int offset) {
    check(offset);
    // The last boundary before the offset.
    int i = Arrays.binarySearch(bounds, offset);
    int before = (i >= 0 ? i : -i - 1) - 1;
    if (before < 0) {
      at = 0;
      return DONE;
    }
    at = before;
    return bounds[at];
  }

  private void check(int offset) {
    if (offset < bounds[0] || offset > bounds[bounds.length - 1]) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }

  @Override
  public int current() {
    return bounds[at];
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }
}
