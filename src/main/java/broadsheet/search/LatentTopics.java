package broadsheet.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Latent semantic analysis of the index's article bodies: each word gets a short vector from the
 * leading singular vectors of the (1 + log tf) × idf word-by-article matrix, and an article's
 * vector is the sum of its words' vectors. Words that keep the same company get similar vectors, so
 * two pieces on one subject come close even when they share few exact words. Built from the index
 * alone (no model fetched, nothing stored), so each node learns it from the same articles; an
 * article the model has not seen is folded in from its words.
 */
final class LatentTopics {
  /** Dimensions kept: broad subjects rather than single stories, which the words already find. */
  static final int DIMENSIONS = 30;

  /** Articles the matrix is built from, at most: every n-th article past this many. */
  static final int SAMPLE = 20_000;

  private static final long SEED = 20_041_975L;

  private record Word(float idf, float[] vector) {}

  private final Map<String, Word> words;
  private final int articles;

  private LatentTopics(Map<String, Word> words, int articles) {
    this.words = words;
    this.articles = articles;
  }

  /** Whether the word has a vector: it was in at least two articles, one of them learnt from. */
  boolean knows(String term) {
    return words.containsKey(term);
  }

  /** The articles in the index when this was built. */
  int articles() {
    return articles;
  }

  /** Built from the body field of the articles in this reader. */
  static LatentTopics build(IndexReader reader) throws IOException {
    int docs = Math.max(1, reader.numDocs());
    long[] sampled = sample(reader);
    Map<String, Integer> columns = new HashMap<>();
    List<Float> idfs = new ArrayList<>();
    Map<Long, Row> rows = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, SearchIndex.BODY);
    // Words in their sorted order, so the same articles give the same matrix on every node.
    TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef t = each.next(); t != null; t = each.next()) {
      // A word no other article uses relates nothing.
      int df = each.docFreq();
      if (df < 2) {
        continue;
      }
      String word = t.utf8ToString();
      postings = each.postings(postings, PostingsEnum.FREQS);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (sampled[d] < 0) {
          continue;
        }
        Integer column = columns.get(word);
        if (column == null) {
          column = columns.size();
          columns.put(word, column);
          idfs.add((float) Math.log((double) docs / df));
        }
        rows.computeIfAbsent(sampled[d], k -> new Row())
            .add(column, (float) ((1 + Math.log(postings.freq())) * idfs.get(column)));
      }
    }
    double[][] vectors = RandomizedSvd.rightVectors(matrix(rows, columns.size()), DIMENSIONS, SEED);
    Map<String, Word> words = new HashMap<>();
    columns.forEach(
        (word, column) -> {
          float[] v = new float[vectors[column].length];
          for (int c = 0; c < v.length; c++) {
            v[c] = (float) vectors[column][c];
          }
          words.put(word, new Word(idfs.get(column), v));
        });
    return new LatentTopics(words, reader.numDocs());
  }

  /**
   * The article id of each document the matrix is built from, -1 for the others: every live one up
   * to {@link #SAMPLE}, past it those whose id is a multiple of a stride, chosen by id so that
   * every node picks the same ones.
   */
  private static long[] sample(IndexReader reader) throws IOException {
    long stride = Math.max(1, (reader.numDocs() + SAMPLE - 1) / SAMPLE);
    long[] sampled = new long[reader.maxDoc()];
    Arrays.fill(sampled, -1);
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      NumericDocValues ids = DocValues.getNumeric(leaf.reader(), SearchIndex.ID);
      for (int d = ids.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ids.nextDoc()) {
        if ((live == null || live.get(d)) && ids.longValue() % stride == 0) {
          sampled[leaf.docBase + d] = ids.longValue();
        }
      }
    }
    return sampled;
  }

  /** The rows in article order, each scaled to unit length so long pieces weigh no more. */
  private static RandomizedSvd.Sparse matrix(Map<Long, Row> rows, int columns) {
    List<Long> order = rows.keySet().stream().sorted().toList();
    int[][] cols = new int[order.size()][];
    float[][] vals = new float[order.size()][];
    for (int i = 0; i < order.size(); i++) {
      Row r = rows.get(order.get(i));
      cols[i] = Arrays.copyOf(r.cols, r.size);
      vals[i] = Arrays.copyOf(r.vals, r.size);
      double norm = 0;
      for (float v : vals[i]) {
        norm += v * v;
      }
      float length = (float) Math.sqrt(norm);
      for (int e = 0; e < r.size; e++) {
        vals[i][e] /= length;
      }
    }
    return new RandomizedSvd.Sparse(columns, cols, vals);
  }

  /** The unit vector of a text with these word counts; zeros when it has no known word. */
  float[] vector(Map<String, Integer> counts) {
    float[] v = new float[DIMENSIONS];
    counts.forEach((term, n) -> add(v, term, n));
    return unit(v);
  }

  /**
   * Adds a word's vector, weighted as the matrix weighs it, to {@code v}; unknown words add none.
   */
  void add(float[] v, String term, int n) {
    Word w = words.get(term);
    if (w != null) {
      float weight = (float) ((1 + Math.log(n)) * w.idf());
      for (int c = 0; c < w.vector().length; c++) {
        v[c] += weight * w.vector()[c];
      }
    }
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float length = (float) Math.sqrt(norm);
    if (length > 0) {
      for (int c = 0; c < v.length; c++) {
        v[c] /= length;
      }
    }
    return v;
  }

  static double cosine(float[] a, float[] b) {
    double s = 0;
    for (int c = 0; c < a.length; c++) {
      s += a[c] * b[c];
    }
    return s;
  }

  /** One article's entries as they are gathered, word by word. */
  private static final class Row {
    int[] cols = new int[64];
    float[] vals = new float[64];
    int size;

    void add(int col, float val) {
      if (size == cols.length) {
        cols = Arrays.copyOf(cols, size * 2);
        vals = Arrays.copyOf(vals, size * 2);
      }
      cols[size] = col;
      vals[size++] = val;
    }
  }
}
