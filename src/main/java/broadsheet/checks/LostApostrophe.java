package broadsheet.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word that looks like a possessive or a contraction that lost its apostrophe: a contraction that
 * is no word without it ("dont"), or a name with an s ("Russias") where the copy or the site's
 * other headlines use the name itself with an apostrophe, or the copy uses the name on its own in
 * mid-sentence ("Russia"). Warns.
 */
final class LostApostrophe implements Rule {
  private static final Map<String, String> CONTRACTIONS =
      Map.ofEntries(
          Map.entry("dont", "don’t"),
          Map.entry("doesnt", "doesn’t"),
          Map.entry("didnt", "didn’t"),
          Map.entry("isnt", "isn’t"),
          Map.entry("arent", "aren’t"),
          Map.entry("wasnt", "wasn’t"),
          Map.entry("werent", "weren’t"),
          Map.entry("hasnt", "hasn’t"),
          Map.entry("havent", "haven’t"),
          Map.entry("hadnt", "hadn’t"),
          Map.entry("couldnt", "couldn’t"),
          Map.entry("wouldnt", "wouldn’t"),
          Map.entry("shouldnt", "shouldn’t"),
          Map.entry("mustnt", "mustn’t"),
          Map.entry("youre", "you’re"),
          Map.entry("theyre", "they’re"),
          Map.entry("theyve", "they’ve"),
          Map.entry("youve", "you’ve"));

  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
          "every");

  @Override
  public String id() {
    return "lost-apostrophe";
  }

  @Override
  public boolean blocking() {
    return false;
  }

  @Override
  public List<Finding> find(Copy copy, SiteView site) {
    List<String> texts = new ArrayList<>();
    texts.add(copy.headline());
    texts.add(copy.standfirst());
    texts.addAll(copy.rendered().blocks());
    // The proper forms: names written with an apostrophe here or in the site's headlines.
    Set<String> possessives = new HashSet<>(site.possessives());
    // Names: capitalised in mid-sentence in the text (a headline's capitals may be title case),
    // not after an article or a determiner ("the Game" is a thing, not someone's).
    Set<String> names = new HashSet<>();
    // One pass: the words that may have lost one are kept by place, judged once all is known.
    List<int[]> candidates = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      boolean headline = t == 0;
      int index = t;
      int[] previous = {0, 0};
      Words.each(
          texts.get(t),
          (text, start, end, sentenceStart) -> {
            if (isPossessive(text, start, end)) {
              possessives.add(text.substring(start, end - 2));
            } else if (!sentenceStart
                && !headline
                && Character.isUpperCase(text.charAt(start))
                && !determiner(text, previous[0], previous[1])) {
              names.add(text.substring(start, end));
            }
            if (candidate(text, start, end)) {
              candidates.add(new int[] {index, start, end});
            }
            previous[0] = start;
            previous[1] = end;
          });
    }
    // A headline drops an apostrophe beside a name its own text uses ("Russias" over "Russia");
    // elsewhere only the proper form written somewhere is evidence enough.
    Set<String> headlineNames = new HashSet<>(possessives);
    headlineNames.addAll(names);
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int[] c : candidates) {
      String text = texts.get(c[0]);
      String problem = problem(text, c[1], c[2], c[0] == 0 ? headlineNames : possessives);
      String field = c[0] == 0 ? "headline" : c[0] == 1 ? "standfirst" : "body";
      if (problem != null && seen.add(field + " " + text.substring(c[1], c[2]))) {
        out.add(finding(field, text.substring(c[1], c[2]), problem));
      }
    }
    return out;
  }

  /** Whether a word may have lost an apostrophe: a name with an s, or a contraction's length. */
  private static boolean candidate(String text, int start, int end) {
    int n = end - start;
    char last = text.charAt(end - 1);
    return n >= 4
        && ((last == 's' && Character.isUpperCase(text.charAt(start)))
            || (n <= 8 && (last == 't' || last == 'e' || last == 'T' || last == 'E')));
  }

  private static String problem(String text, int start, int end, Set<String> names) {
    int n = end - start;
    char last = text.charAt(end - 1);
    if (n >= 4 && last == 's' && Character.isUpperCase(text.charAt(start))) {
      String base = text.substring(start, end - 1);
      return names.contains(base) ? "Put the apostrophe back: " + base + "’s?" : null;
    }
    if (n >= 4 && n <= 8 && (last == 't' || last == 'e' || last == 'T' || last == 'E')) {
      String contraction = CONTRACTIONS.get(text.substring(start, end).toLowerCase(Locale.ROOT));
      return contraction == null ? null : "Put the apostrophe back: " + contraction + "?";
    }
    return null;
  }

  private static boolean determiner(String text, int start, int end) {
    return end - start <= 5
        && end > start
        && DETERMINERS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /**
   * Adds to {@code into} each name the text writes with an apostrophe ("Russia" for "Russia’s").
   */
  static void possessives(String text, Set<String> into) {
    if (!Words.hasApostrophe(text)) {
      return;
    }
    Words.each(
        text,
        (t, start, end, sentenceStart) -> {
          if (isPossessive(t, start, end)) {
            into.add(t.substring(start, end - 2));
          }
        });
  }

  private static boolean isPossessive(String text, int start, int end) {
    return end - start >= 3
        && text.charAt(end - 1) == 's'
        && Words.isApostrophe(text.charAt(end - 2));
  }
}
