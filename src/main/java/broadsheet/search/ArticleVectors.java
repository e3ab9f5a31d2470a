package broadsheet.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The topic vectors of the indexed articles under one {@link LatentTopics} model, kept per index
 * segment: those present when the model was built are computed at once from the postings, one pass
 * over the index; those indexed since, from their text when first asked for. A segment's documents
 * never change, so a vector kept for one stays right until the segment is merged away and
 * forgotten.
 */
final class ArticleVectors {
  /** The words of an article, analysed from its text, when its vector is not kept. */
  interface Words {
    Map<String, Integer> counts() throws IOException;
  }

  private final LatentTopics topics;
  private final Map<Object, Map<Integer, float[]>> segments = new ConcurrentHashMap<>();

  private ArticleVectors(LatentTopics topics) {
    this.topics = topics;
  }

  /** The vectors of every article in this reader, which the model was built from. */
  static ArticleVectors of(LatentTopics topics, IndexReader reader) throws IOException {
    ArticleVectors vectors = new ArticleVectors(topics);
    float[][] all = new float[reader.maxDoc()][];
    Terms terms = MultiTerms.getTerms(reader, SearchIndex.BODY);
    TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
    PostingsEnum postings = null;
    for (BytesRef t = each.next(); t != null; t = each.next()) {
      String word = t.utf8ToString();
      if (!topics.knows(word)) {
        continue;
      }
      postings = each.postings(postings, PostingsEnum.FREQS);
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (all[d] == null) {
          all[d] = new float[LatentTopics.DIMENSIONS];
        }
        topics.add(all[d], word, postings.freq());
      }
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      Map<Integer, float[]> segment = vectors.segment(leaf);
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        float[] v = all[leaf.docBase + d];
        segment.put(d, v == null ? new float[LatentTopics.DIMENSIONS] : LatentTopics.unit(v));
      }
    }
    return vectors;
  }

  /** The vector of a document of this segment, from its words when it is not kept yet. */
  float[] get(LeafReaderContext leaf, int doc, Words words) throws IOException {
    Map<Integer, float[]> segment = segment(leaf);
    float[] v = segment.get(doc);
    if (v == null) {
      v = topics.vector(words.counts());
      segment.put(doc, v);
    }
    return v;
  }

  private Map<Integer, float[]> segment(LeafReaderContext leaf) {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    if (helper == null) {
      // A reader without a stable identity: nothing kept, every vector from its words.
      return new ConcurrentHashMap<>();
    }
    return segments.computeIfAbsent(
        helper.getKey(),
        key -> {
          helper.addClosedListener(segments::remove);
          return new ConcurrentHashMap<>();
        });
  }
}
