package broadsheet.checks;

/**
 * The words of a text, apostrophes within a word kept ("Russia’s" is one word). One pass, and no
 * string made for a word unless the visitor asks for it.
 */
final class Words {
  private Words() {}

  /** A word of {@code text} from {@code start} to {@code end}; whether it starts a sentence. */
  interface Visitor {
    void word(String text, int start, int end, boolean sentenceStart);
  }

  static void each(String text, Visitor visitor) {
    int n = text.length();
    boolean start = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isLetter(c)) {
        int j = i + 1;
        while (j < n
            && (isLetter(text.charAt(j))
                || (isApostrophe(text.charAt(j)) && j + 1 < n && isLetter(text.charAt(j + 1))))) {
          j++;
        }
        visitor.word(text, i, j, start);
        start = false;
        i = j;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ':' || c == '\n' || c == '“' || c == '"') {
          start = true;
        }
        i++;
      }
    }
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      char lower = (char) (c | 0x20);
      return lower >= 'a' && lower <= 'z';
    }
    return Character.isLetter(c);
  }

  /** Whether the text holds an apostrophe at all (most headlines do not). */
  static boolean hasApostrophe(String text) {
    return text.indexOf('\'') >= 0 || text.indexOf('’') >= 0;
  }
}
