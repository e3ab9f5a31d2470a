package broadsheet.search;

import broadsheet.content.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reorders the closest articles by words with what their subjects say ({@link LatentTopics}): each
 * candidate's share of the best word score, mixed with the closeness of the two articles' topic
 * vectors. A piece continuing the story is close both ways and stays first; of the merely similar,
 * those on the same subject move up. Below {@link #MIN_ARTICLES} the words alone decide: too few
 * articles to learn subjects from.
 *
 * <p>The model is built from the index at start (or on the first list computed, if that comes
 * first), and again, in the background, once the index has grown or shrunk by a quarter; the old
 * one serves meanwhile.
 */
final class RelatedRerank {
  private static final Logger LOG = LoggerFactory.getLogger(RelatedRerank.class);

  /** Candidates by words that are reordered: the stored list comes from these. */
  static final int CANDIDATES = 30;

  /** Weight of the word score against the topic closeness (which gets the rest). */
  static final double WORDS = 0.3;

  /**
   * Articles needed before subjects are learnt: fewer say too little of which words go together.
   */
  static final int MIN_ARTICLES = 200;

  private final SearchIndex index;
  private final AtomicBoolean rebuilding = new AtomicBoolean();

  /** A model and the articles' vectors under it, replaced together. */
  private record Model(LatentTopics topics, ArticleVectors vectors) {}

  private volatile Model current;

  RelatedRerank(SearchIndex index) {
    this.index = index;
  }

  /** The first {@code count} of these hits for this article, reordered when a model serves. */
  List<Long> best(IndexSearcher searcher, Article article, TopDocs hits, int count)
      throws IOException {
    ScoreDoc[] docs = hits.scoreDocs;
    Model model = docs.length > 1 ? model(searcher.getIndexReader()) : null;
    if (model == null) {
      return SearchIndex.ids(searcher, Arrays.copyOf(docs, Math.min(count, docs.length)));
    }
    float[] own = model.topics().vector(words(body(article)));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    double top = Math.max(docs[0].score, 1e-9);
    record Scored(ScoreDoc doc, int rank, double score) {}
    List<Scored> scored = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      int doc = docs[i].doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      float[] v =
          model
              .vectors()
              .get(
                  leaf,
                  doc - leaf.docBase,
                  () ->
                      words(
                          SearchIndex.keptText(
                              leaf.reader(), SearchIndex.BODY, doc - leaf.docBase)));
      double s = WORDS * docs[i].score / top + (1 - WORDS) * LatentTopics.cosine(own, v);
      scored.add(new Scored(docs[i], i, s));
    }
    // Ties keep the order by words, so the same index always gives the same list.
    scored.sort(
        Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(Scored::rank));
    ScoreDoc[] best = scored.stream().limit(count).map(Scored::doc).toArray(ScoreDoc[]::new);
    return SearchIndex.ids(searcher, best);
  }

  /** Builds the model now if the index is large enough and none is built yet. */
  boolean prepare(IndexSearcher searcher) throws IOException {
    return model(searcher.getIndexReader()) != null;
  }

  private Map<String, Integer> words(String text) throws IOException {
    return RelatedQuery.counts(index.analyzer(), SearchIndex.BODY, text == null ? "" : text);
  }

  private static String body(Article article) {
    return SearchIndex.bodyText(article.bodyHtml());
  }

  /** The model for an index of this size: built now if there is none, refreshed if stale. */
  private Model model(IndexReader reader) throws IOException {
    int n = reader.numDocs();
    if (n < MIN_ARTICLES) {
      return null;
    }
    Model model = current;
    if (model == null) {
      synchronized (this) {
        if (current == null) {
          current = build(reader);
        }
        return current;
      }
    }
    int built = model.topics().articles();
    if ((n > built * 5L / 4 || n < built * 3L / 4) && rebuilding.compareAndSet(false, true)) {
      Thread.ofVirtual().name("related-topics").start(this::rebuild);
    }
    return model;
  }

  private void rebuild() {
    try {
      current = index.withSearcher(s -> build(s.getIndexReader()));
    } catch (RuntimeException e) {
      LOG.warn("related topics not rebuilt: {}", e.toString());
    } finally {
      rebuilding.set(false);
    }
  }

  private static Model build(IndexReader reader) throws IOException {
    long t0 = System.nanoTime();
    LatentTopics topics = LatentTopics.build(reader);
    long t1 = System.nanoTime();
    ArticleVectors vectors = ArticleVectors.of(topics, reader);
    LOG.info(
        "related topics learnt from {} articles in {} ms, their vectors in {} ms",
        topics.articles(),
        (t1 - t0) / 1_000_000,
        (System.nanoTime() - t1) / 1_000_000);
    return new Model(topics, vectors);
  }
}
