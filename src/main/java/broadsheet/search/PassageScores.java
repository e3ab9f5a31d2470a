package broadsheet.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (each distinct word's tf times its weight, times the passage's place
 * norm), summed in the same order, without the hash table Lucene builds per candidate passage: a
 * passage holds a handful of matches, so a scan finds a word's earlier ones. Lucene's table took a
 * 32 KB block each time, a fifth of everything a search allocated (SearchFastPathsTest compares the
 * two).
 */
final class PassageScores extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] inDoc = passage.getMatchTermFreqsInDoc();
    float score = 0;
    for (int i = 0; i < matches; i++) {
      if (seenBefore(terms, i)) {
        continue;
      }
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
    }
    return score * norm(passage.getStartOffset());
  }

  private static boolean seenBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
