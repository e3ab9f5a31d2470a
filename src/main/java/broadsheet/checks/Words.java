package broadsheet.checks;

import java.util.function.Consumer;

/** The words of a text, apostrophes within a word kept ("Russia’s" is one word). One pass. */
final class Words {
  private Words() {}

  /** Each word with whether it starts a sentence (first in the text or after . ! ? or a colon). */
  interface Visitor {
    void word(String word, boolean sentenceStart);
  }

  static void each(String text, Visitor visitor) {
    int n = text.length();
    boolean start = true;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < n
            && (Character.isLetter(text.charAt(j))
                || (isApostrophe(text.charAt(j))
                    && j + 1 < n
                    && Character.isLetter(text.charAt(j + 1))))) {
          j++;
        }
        visitor.word(text.substring(i, j), start);
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

  static void each(String text, Consumer<String> words) {
    each(text, (w, s) -> words.accept(w));
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
