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
    // Names: capitalised in mid-sentence in the text (a headline's capitals may be title case).
    // Not after an article or a determiner: "the Game" is a thing, not someone's.
    Set<String> names = new HashSet<>();
    for (int t = 0; t < texts.size(); t++) {
      boolean headline = t == 0;
      String[] previous = {""};
      Words.each(
          texts.get(t),
          (w, sentenceStart) -> {
            String base = possessiveBase(w);
            if (base != null) {
              possessives.add(base);
            } else if (!sentenceStart
                && !headline
                && Character.isUpperCase(w.charAt(0))
                && !DETERMINERS.contains(previous[0].toLowerCase(Locale.ROOT))) {
              names.add(w);
            }
            previous[0] = w;
          });
    }
    // A headline drops an apostrophe beside a name its own text uses ("Russias" over "Russia");
    // elsewhere only the proper form written somewhere is evidence enough.
    Set<String> headlineNames = new HashSet<>(possessives);
    headlineNames.addAll(names);
    List<Finding> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (int t = 0; t < texts.size(); t++) {
      String field = t == 0 ? "headline" : t == 1 ? "standfirst" : "body";
      Set<String> evidence = t == 0 ? headlineNames : possessives;
      Words.each(
          texts.get(t),
          w -> {
            String problem = problem(w, evidence);
            if (problem != null && seen.add(field + " " + w)) {
              out.add(finding(field, w, problem));
            }
          });
    }
    return out;
  }

  private static String problem(String w, Set<String> names) {
    String contraction = CONTRACTIONS.get(w.toLowerCase(Locale.ROOT));
    if (contraction != null) {
      return "Put the apostrophe back: " + contraction + "?";
    }
    if (w.length() >= 4
        && w.charAt(w.length() - 1) == 's'
        && Character.isUpperCase(w.charAt(0))
        && names.contains(w.substring(0, w.length() - 1))) {
      return "Put the apostrophe back: " + w.substring(0, w.length() - 1) + "’s?";
    }
    return null;
  }

  /** "Russia" for "Russia’s" or "Russia's", else null. */
  static String possessiveBase(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == 's' && Words.isApostrophe(w.charAt(n - 2))) {
      return w.substring(0, n - 2);
    }
    return null;
  }
}
