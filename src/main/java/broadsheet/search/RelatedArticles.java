package broadsheet.search;

import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Tag;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Related articles by what they say: a query of the article's most distinctive words (MoreLikeThis
 * over headline and body), nudged towards shared tags, the same section and recent coverage. The
 * index holds only published articles, and the article itself is excluded.
 *
 * <p>Computed when the page is rendered rather than stored at publication: a new article then shows
 * up in older articles' lists as soon as their pages are next rendered, and the rendered page
 * (related list included) is what the page cache keeps, so the cost is paid once per change.
 */
public final class RelatedArticles {
  private final SearchIndex index;
  private final ArticleRepository articles;
  private final RelatedPins pins;
  private final Clock clock;

  public RelatedArticles(
      SearchIndex index, ArticleRepository articles, RelatedPins pins, Clock clock) {
    this.index = index;
    this.articles = articles;
    this.pins = pins;
    this.clock = clock;
  }

  /** Pinned articles first (those still published), then the closest by content. */
  public List<Article> of(Article article, int count) {
    if (!article.isPublished()) {
      return List.of();
    }
    List<Article> chosen = new ArrayList<>(articles.publishedByIds(pins.of(article.id())));
    if (chosen.size() > count) {
      return chosen.subList(0, count);
    }
    List<Long> computed = index.withSearcher(s -> ids(s, article, count + chosen.size()));
    for (Article a : articles.publishedByIds(computed)) {
      if (chosen.size() < count && chosen.stream().noneMatch(c -> c.id() == a.id())) {
        chosen.add(a);
      }
    }
    return chosen;
  }

  List<Long> ids(IndexSearcher searcher, Article article, int count) throws IOException {
    TopDocs self =
        searcher.search(new TermQuery(new Term(SearchIndex.ID, String.valueOf(article.id()))), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(index.analyzer());
    mlt.setFieldNames(new String[] {SearchIndex.HEADLINE, SearchIndex.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    // Measured on the BBC corpus (bench/quality): precision@3 0.910 with 30 terms, 0.919 with 50,
    // 0.927 with 100, 0.932 with 200. Recency and a document-frequency cap changed nothing.
    mlt.setMaxQueryTerms(200);
    mlt.setBoost(true);
    Query like = mlt.like(self.scoreDocs[0].doc);
    // Words first; shared tags and the section decide when the words say little (short pieces).
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.SHOULD);
    for (Tag tag : article.tags()) {
      query.add(
          new BoostQuery(new TermQuery(new Term("tag", tag.slug())), 2f),
          BooleanClause.Occur.SHOULD);
    }
    query.add(
        new BoostQuery(
            new TermQuery(new Term(SearchIndex.SECTION, article.section().slug())), 0.5f),
        BooleanClause.Occur.SHOULD);
    query.add(
        new TermQuery(new Term(SearchIndex.ID, String.valueOf(article.id()))),
        BooleanClause.Occur.MUST_NOT);
    query.add(SearchIndex.recency(clock, 0.3f, 30), BooleanClause.Occur.SHOULD);
    Query scored = query.build();
    var stored = searcher.storedFields();
    List<Long> ids = new ArrayList<>();
    for (ScoreDoc d : searcher.search(scored, count).scoreDocs) {
      ids.add(Long.parseLong(stored.document(d.doc).get(SearchIndex.ID)));
    }
    return ids;
  }
}
