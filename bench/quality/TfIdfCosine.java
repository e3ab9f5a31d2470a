import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain baseline related articles are measured against, with no Lucene and no tuning:
 * lower-cased word tokens, a small stop list, terms found in at least two articles, weights of (1 +
 * log tf) × log(N / df), cosine similarity, the article itself excluded. Headline search ranks
 * every article by the cosine of the headline's vector with the article's.
 */
final class TfIdfCosine {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Set<String> STOP =
      Set.of(
          "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have",
          "he", "her", "his", "i", "in", "is", "it", "its", "not", "of", "on", "or", "said", "she",
          "that", "the", "their", "there", "they", "this", "to", "was", "we", "were", "which",
          "who", "will", "with", "would", "you", "been", "had", "also", "than", "more", "s", "up",
          "out", "about");

  private final Map<String, Double> idf = new HashMap<>();
  private final List<Map<String, Double>> vectors = new ArrayList<>();
  private final Map<String, List<Posting>> postings = new HashMap<>();

  private record Posting(int article, double weight) {}

  /** Builds the vectors of these texts (headline and body), one per article, in this order. */
  TfIdfCosine(List<String> texts) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (String text : texts) {
      Map<String, Integer> tf = counts(text);
      counts.add(tf);
      tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = texts.size();
    df.forEach(
        (term, d) -> {
          if (d >= 2) {
            idf.put(term, Math.log((double) n / d));
          }
        });
    for (Map<String, Integer> tf : counts) {
      int article = vectors.size();
      Map<String, Double> v = vector(tf);
      vectors.add(v);
      v.forEach(
          (t, w) ->
              postings.computeIfAbsent(t, k -> new ArrayList<>()).add(new Posting(article, w)));
    }
  }

  /** The {@code count} articles closest to article {@code i}, best first, itself excluded. */
  List<Integer> related(int i, int count) {
    return closest(vectors.get(i), i, count);
  }

  /** Every article ranked by its closeness to this query, best first, the first {@code count}. */
  List<Integer> search(String query, int count) {
    return closest(vector(counts(query)), -1, count);
  }

  private List<Integer> closest(Map<String, Double> q, int self, int count) {
    // Accumulated over the postings of the query's terms: the dot product with every article.
    double[] score = new double[vectors.size()];
    q.forEach(
        (term, w) -> {
          for (Posting p : postings.getOrDefault(term, List.of())) {
            score[p.article()] += w * p.weight();
          }
        });
    List<Integer> ranked = new ArrayList<>();
    for (int j = 0; j < score.length; j++) {
      if (j != self && score[j] > 0) {
        ranked.add(j);
      }
    }
    ranked.sort(Comparator.comparingDouble((Integer j) -> -score[j]).thenComparing(j -> j));
    return ranked.subList(0, Math.min(count, ranked.size()));
  }

  /** Unit-length (1 + log tf) × idf weights of the terms with an idf. */
  private Map<String, Double> vector(Map<String, Integer> tf) {
    Map<String, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      Double w = idf.get(e.getKey());
      if (w != null) {
        double x = (1 + Math.log(e.getValue())) * w;
        v.put(e.getKey(), x);
        norm += x * x;
      }
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((t, x) -> x / length);
    }
    return v;
  }

  private static Map<String, Integer> counts(String text) {
    Map<String, Integer> tf = new HashMap<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String t = m.group();
      if (!STOP.contains(t)) {
        tf.merge(t, 1, Integer::sum);
      }
    }
    return tf;
  }
}
