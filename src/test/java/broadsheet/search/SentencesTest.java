package broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Sentence boundaries found at indexing time, then looked up, against the sentence rules run over
 * the text itself: every call the highlighter makes answers with the rules' own segmentation, at
 * every offset of many texts written to trip the rules (abbreviations, decimals, quotes, brackets,
 * dashes), spaced as the index keeps a body's text: single spaces, no line breaks ({@link
 * SearchIndex#bodyText}). The JDK's own {@code preceding} can contradict that segmentation once the
 * iterator has moved (a "boundary" inside "U.S." after a semicolon); looked-up boundaries never do.
 */
class SentencesTest {
  private static final String[] PIECES = {
    "harbour", "Council", "the", "ferry", "Mr.", "Dr.", "e.g.", "3.5", "U.S.", "storm", ".", ". ",
    "? ", "! ", "?! ", "…", "\"", "“", "”", "'", "(", ")", " ", ", ", ": ", "; ", "—", "Élan",
    "naïve", "12", "A", "I"
  };

  @Test
  void lookedUpBoundariesAreTheSegmentationOfTheRules() {
    SplittableRandom random = new SplittableRandom(13);
    for (int n = 0; n < 400; n++) {
      String text = text(random, 1 + random.nextInt(120));
      BreakIterator rules = Sentences.rules();
      rules.setText(text);
      List<Integer> segmentation = new ArrayList<>();
      for (int b = rules.first(); b != BreakIterator.DONE; b = rules.next()) {
        segmentation.add(b);
      }
      Sentences sentences = new Sentences();
      sentences.expect(Sentences.decode(Sentences.encode(Sentences.bounds(text))));
      sentences.setText(text);
      assertThat(sentences.getText().getEndIndex()).isEqualTo(text.length());
      assertThat(sentences.first()).isZero();
      for (int i = 1; i < segmentation.size(); i++) {
        assertThat(sentences.next()).as(text).isEqualTo(segmentation.get(i));
      }
      assertThat(sentences.next()).isEqualTo(BreakIterator.DONE);
      for (int offset = 0; offset <= text.length(); offset++) {
        String at = text + " @" + offset;
        BreakIterator fresh = Sentences.rules();
        fresh.setText(text);
        assertThat(sentences.following(offset)).as(at).isEqualTo(fresh.following(offset));
        int before = BreakIterator.DONE;
        for (int b : segmentation) {
          before = b < offset ? b : before;
        }
        assertThat(sentences.preceding(offset)).as(at).isEqualTo(before);
        assertThat(sentences.current()).as(at).isEqualTo(Math.max(before, 0));
      }
    }
  }

  @Test
  void aTextOfAnotherLengthHasItsBoundariesFoundAgain() {
    String text = "The ferry ran late. The council met at noon? It did.";
    Sentences sentences = new Sentences();
    sentences.expect(new int[] {0, 4});
    sentences.setText(text);
    assertThat(sentences.following(5)).isEqualTo(Sentences.bounds(text)[1]);
    assertThat(Sentences.bounds(text)).containsExactly(0, 20, 45, text.length());
  }

  private static String text(SplittableRandom random, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        s.append(' ');
      }
    }
    return s.toString().trim().replaceAll(" +", " ");
  }
}
