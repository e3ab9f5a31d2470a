package broadsheet.search;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFeed;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Tag;
import broadsheet.store.Database;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Related articles by what they say: a query of the article's most distinctive words ({@link
 * RelatedQuery}, over headline and body), nudged towards shared tags, the same section and recent
 * coverage, its best candidates reordered by subject ({@link RelatedRerank}). The index holds only
 * published articles, and the article itself is excluded.
 *
 * <p>Computed when an article is published and stored, not on every render: the search is far
 * dearer than reading a stored list by its index, and pages must render fast even with the page
 * cache cold. Publishing an article also recomputes the lists of the articles it is closest to, so
 * new coverage of a story shows up under the older pieces, and withdrawing one recomputes the lists
 * that showed it. A list missing (after an import) is computed on the page's first view. Only the
 * node that made a change recomputes (see {@link IndexFollower}); each list it changes is a change
 * in the feed, so every node's pages follow.
 */
public final class RelatedArticles {
  private static final Logger LOG = LoggerFactory.getLogger(RelatedArticles.class);

  /** Kept per article: more than a page shows, so one withdrawn article leaves no gap. */
  static final int STORED = 5;

  /** Lists recomputed after one change, at most: bounds the time publishing takes. */
  private static final int NEIGHBOURS = 10;

  private final SearchIndex index;
  private final RelatedRerank rerank;
  private final ArticleRepository articles;
  private final RelatedLists lists;
  private final ChangeFeed changes;
  private final Clock clock;

  public RelatedArticles(
      SearchIndex index,
      ArticleRepository articles,
      Database database,
      ChangeFeed changes,
      Clock clock) {
    this.index = index;
    this.rerank = new RelatedRerank(index);
    this.articles = articles;
    this.lists = new RelatedLists(database);
    this.changes = changes;
    this.clock = clock;
  }

  /**
   * Learns the subjects lists are reordered by ({@link RelatedRerank}) on a background thread once
   * the index is open, so that the first publication after a start need not wait for them.
   */
  public void learnInBackground() {
    Thread.ofVirtual()
        .name("related-topics")
        .start(
            () -> {
              try {
                index.withSearcher(rerank::prepare);
              } catch (RuntimeException e) {
                LOG.warn("related topics not learnt at start: {}", e.toString());
              }
            });
  }

  /** Pinned articles first (those still published), then the stored closest by content. */
  public List<Article> of(Article article, int count) {
    if (!article.isPublished()) {
      return List.of();
    }
    RelatedLists.Listed listed = lists.listed(article.id());
    Set<Long> ids = new LinkedHashSet<>(listed.pinned());
    ids.addAll(
        listed.computed().isEmpty() ? store(article.id(), compute(article)) : listed.computed());
    ids.remove(article.id());
    List<Long> candidates = List.copyOf(ids);
    // Read only as many as are shown; the rest only where some of those have been withdrawn.
    List<Article> shown =
        articles.publishedByIds(candidates.subList(0, Math.min(count, candidates.size())));
    if (shown.size() < count && candidates.size() > count) {
      shown = articles.publishedByIds(candidates);
    }
    return shown.size() > count ? shown.subList(0, count) : shown;
  }

  /**
   * Follows a change (after the index has): the article's own list, and the lists of the articles
   * closest to it, or, when it is gone from readers, of those that showed it.
   */
  public void articleChanged(long id) {
    try {
      refresh(id);
    } catch (RuntimeException e) {
      // Lists a little out of date are no reason to stop following the feed.
      LOG.warn("related lists not refreshed after article {}: {}", id, e.toString());
    }
  }

  private void refresh(long id) {
    Set<Long> affected = new LinkedHashSet<>();
    Article article = articles.findById(id).filter(Article::isPublished).orElse(null);
    if (article == null) {
      affected.addAll(lists.holdersOf(id, NEIGHBOURS));
      replace(id, List.of());
    } else {
      List<Long> own = compute(article);
      replace(id, own);
      affected.addAll(own);
    }
    affected.remove(id);
    for (long other : affected) {
      articles
          .findById(other)
          .filter(Article::isPublished)
          .ifPresent(a -> replace(other, compute(a)));
    }
  }

  /** Stores a list that differs from the stored one, as a change every node's pages follow. */
  private void replace(long articleId, List<Long> related) {
    if (related.equals(lists.of(articleId))) {
      return;
    }
    long[] seq = {0};
    lists.replace(
        articleId, related, h -> seq[0] = changes.record(h, Change.Kind.RELATED, articleId));
    changes.published(seq[0]);
  }

  /**
   * Forgets every stored list, after an import replaced much of the store or the index was rebuilt;
   * each is computed again on its page's next view.
   */
  public static void forgetAll(Database database) {
    new RelatedLists(database).clear();
  }

  /** Forgets every stored list inside a transaction that replaces much of the store (an import). */
  public static void forgetAll(Handle h) {
    RelatedLists.clear(h);
  }

  /** The closest published articles by content, best first, as the index sees them now. */
  public List<Long> compute(Article article) {
    return index.withSearcher(s -> ids(s, article, STORED));
  }

  /** Stores a list computed on a page view; a failed write only means computing it again. */
  private List<Long> store(long articleId, List<Long> related) {
    try {
      lists.replace(articleId, related, h -> {});
    } catch (RuntimeException e) {
      LOG.warn("related list of article {} not stored: {}", articleId, e.toString());
    }
    return related;
  }

  List<Long> ids(IndexSearcher searcher, Article article, int count) throws IOException {
    TopDocs self =
        searcher.search(new TermQuery(new Term(SearchIndex.ID, String.valueOf(article.id()))), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    Query like = RelatedQuery.like(searcher.getIndexReader(), index.analyzer(), article);
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
    IndexSearcher related = RelatedQuery.searcher(searcher);
    return rerank.best(related, article, related.search(scored, RelatedRerank.CANDIDATES), count);
  }
}
