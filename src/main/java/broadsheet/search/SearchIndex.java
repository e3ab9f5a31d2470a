package broadsheet.search;

import broadsheet.changes.ChangeLog;
import broadsheet.content.Article;
import broadsheet.content.ArticleRepository;
import broadsheet.content.Author;
import broadsheet.content.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of published articles under the data directory's index/ folder. The store is the
 * source of truth: the index follows the store's change feed ({@link IndexFollower}), and each
 * commit records, in its commit data, which store it follows and the last change it applied. At
 * start it catches up from there; it is rebuilt only when it is missing or unreadable, written in
 * another layout, built from another store, or behind what the feed still holds.
 */
public final class SearchIndex implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

  static final String ID = "id";
  static final String HEADLINE = "headline";
  static final String STANDFIRST = "standfirst";
  static final String BODY = "body";
  static final String TAGS = "tags";
  static final String AUTHORS = "authors";
  static final String SECTION = "section";
  static final String YEAR = "year";
  static final String PUBLISHED = "published";

  /** Where the body's sentences begin, for snippets ({@link Sentences}). */
  static final String SENTENCES = "sentences";

  /** Unstemmed words of the text, for "did you mean" suggestions readers can read. */
  static final String SPELL = "spell";

  /**
   * The layout of the documents below; an index written with another is rebuilt at start-up, since
   * Lucene refuses to mix a field's index options. 2: body offsets kept for highlighting, ids as
   * doc values. 3: nothing stored. 4: the body's text stored for snippets. 5: the body's text as
   * doc values instead. 6: the body's sentence boundaries too.
   */
  private static final String LAYOUT = "6";

  /**
   * Body text with word offsets in the postings; the text itself is kept as doc values (see {@link
   * #document}), so a page of hits is highlighted from the index alone: no body read from the
   * store, none parsed again.
   */
  private static final FieldType BODY_TEXT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    BODY_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    BODY_TEXT.freeze();
  }

  private final Path folder;
  private final ArticleRepository articles;
  private final ChangeLog changes;
  private final IndexCommits commits;
  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(SPELL, new StandardAnalyzer()));
  private Directory directory;
  private IndexWriter writer;
  private SearcherManager searchers;
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile RuntimeException failure;

  private SearchIndex(Path folder, ArticleRepository articles, ChangeLog changes) {
    this.folder = folder;
    this.articles = articles;
    this.changes = changes;
    this.commits = new IndexCommits(changes, LAYOUT);
  }

  /** Opens the index, rebuilding it from the store if it is missing, broken or out of step. */
  public static SearchIndex open(Path folder, ArticleRepository articles, ChangeLog changes) {
    return open(folder, articles, changes, true);
  }

  /** Opens the index; {@code verify} false skips the check when a rebuild follows anyway. */
  public static SearchIndex open(
      Path folder, ArticleRepository articles, ChangeLog changes, boolean verify) {
    SearchIndex index = new SearchIndex(folder, articles, changes);
    try {
      index.prepare(verify);
    } finally {
      index.ready.countDown();
    }
    return index;
  }

  /**
   * Opens the index on a background thread, so that the server can answer its first pages (most of
   * which need no index) while a large index opens or rebuilds. Anything that needs the index waits
   * until it is ready.
   */
  public static SearchIndex openInBackground(
      Path folder, ArticleRepository articles, ChangeLog changes) {
    SearchIndex index = new SearchIndex(folder, articles, changes);
    Thread.ofVirtual()
        .name("search-index-open")
        .start(
            () -> {
              try {
                index.prepare(true);
              } catch (RuntimeException e) {
                index.failure = e;
                LOG.error("the search index could not be opened", e);
              } finally {
                index.ready.countDown();
              }
            });
    return index;
  }

  private void prepare(boolean verify) {
    try {
      openWriter();
      String outOfStep = verify ? commits.outOfStep(writer) : null;
      if (outOfStep != null) {
        LOG.info("search index {}; rebuilding it from the store", outOfStep);
        rebuild(n -> {});
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("search index unreadable ({}); rebuilding from the store", e.toString());
      closeQuietly();
      wipe();
      try {
        openWriter();
        rebuild(n -> {});
      } catch (IOException again) {
        throw new UncheckedIOException("cannot build the search index in " + folder, again);
      }
    }
  }

  /** Whether the index has opened (and not failed to). */
  public boolean isReady() {
    return ready.getCount() == 0 && failure == null;
  }

  private void awaitReady() {
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the search index opens", e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private void openWriter() throws IOException {
    Files.createDirectories(folder);
    directory = FSDirectory.open(folder);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    writer = new IndexWriter(directory, config);
    writer.commit();
    searchers = new SearcherManager(writer, null);
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Replaces the whole index with the store's published articles; reports progress. Batches are
   * read from the store on this thread and analysed on as many threads as there are cores, since
   * analysis, not reading, is the slow part.
   */
  public int rebuild(IntConsumer progress) throws IOException {
    // Changes made while the articles are read come again after the rebuild: applying is
    // repeatable.
    long head = changes.head();
    writer.deleteAll();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    AtomicInteger done = new AtomicInteger();
    List<Future<?>> work = new ArrayList<>();
    try {
      articles.eachPublished(
          500,
          batch -> {
            inFlight.acquireUninterruptibly();
            work.add(
                pool.submit(
                    () -> {
                      try {
                        for (Article a : batch) {
                          writer.addDocument(document(a));
                        }
                        progress.accept(done.addAndGet(batch.size()));
                      } catch (IOException e) {
                        throw new UncheckedIOException(e);
                      } finally {
                        inFlight.release();
                      }
                    }));
          });
      awaitAll(work);
      // The last buffered documents are written out by every worker at once: left to commit(),
      // they would be written one buffer after another on this thread while the others idle.
      List<Future<?>> flushes = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        flushes.add(
            pool.submit(
                () -> {
                  while (writer.flushNextBuffer()) {
                    // each call writes one buffer that no other worker has taken
                  }
                  return null;
                }));
      }
      awaitAll(flushes);
      // One segment: a search then looks each of its words up once, not once per segment.
      writer.forceMerge(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("reindex failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    commitAt(head);
    return done.get();
  }

  private static void awaitAll(List<Future<?>> work)
      throws InterruptedException, ExecutionException {
    for (Future<?> f : work) {
      f.get();
    }
  }

  /**
   * Follows changes to these articles: each published one is (re)indexed, any other removed; then
   * records {@code position} as the last change applied, in the same commit.
   */
  void update(Collection<Long> ids, long position) throws IOException {
    awaitReady();
    for (long id : ids) {
      Article a = articles.findById(id).orElse(null);
      Term term = new Term(ID, String.valueOf(id));
      if (a != null && a.isPublished()) {
        writer.updateDocument(term, document(a));
      } else {
        writer.deleteDocuments(term);
      }
    }
    commitAt(position);
  }

  private void commitAt(long position) throws IOException {
    commits.commit(writer, position);
    searchers.maybeRefreshBlocking();
  }

  /** The last change of the feed this index has applied. */
  long position() {
    awaitReady();
    return commits.position(writer);
  }

  int count() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** Runs a piece of work against the current searcher. */
  <T> T withSearcher(SearchWork<T> work) {
    awaitReady();
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.run(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A score added for recent articles: up to {@code weight}, half of it at {@code halfLifeDays}.
   * Additive rather than multiplicative, so Lucene can still skip documents that cannot make the
   * top of the list.
   */
  static Query recency(Clock clock, float weight, long halfLifeDays) {
    return LongField.newDistanceFeatureQuery(
        PUBLISHED, weight, clock.instant().getEpochSecond(), halfLifeDays * 86_400);
  }

  /** The article ids of these hits, in their order, from doc values. */
  static List<Long> ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Long> ids = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), ID);
      if (!values.advanceExact(hit.doc - leaf.docBase)) {
        throw new IOException("an indexed article without an id");
      }
      ids.add(values.longValue());
    }
    return ids;
  }

  /**
   * The text of an article's body as the index saw it; snippets are cut from it by the offsets the
   * index kept, so it must be made the same way each time.
   */
  static String bodyText(String bodyHtml) {
    return Jsoup.parse(bodyHtml).text();
  }

  /** Work done with a searcher. */
  interface SearchWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  /**
   * The text the index keeps of a field for a document of one segment ("" when none): the body, for
   * snippets and for related articles indexed after the topics were learnt.
   */
  static String keptText(LeafReader segment, String field, int doc) throws IOException {
    BinaryDocValues text = DocValues.getBinary(segment, field);
    if (!text.advanceExact(doc)) {
      return "";
    }
    // The JDK's decoder copies mostly-ASCII text as it is, where BytesRef#utf8ToString widens
    // every byte to a char and narrows them back.
    BytesRef utf8 = text.binaryValue();
    return new String(utf8.bytes, utf8.offset, utf8.length, StandardCharsets.UTF_8);
  }

  static Document document(Article a) {
    Document d = new Document();
    d.add(new StringField(ID, String.valueOf(a.id()), Field.Store.NO));
    d.add(new NumericDocValuesField(ID, a.id()));
    d.add(new TextField(HEADLINE, a.headline(), Field.Store.NO));
    d.add(new TextField(STANDFIRST, a.standfirst(), Field.Store.NO));
    String body = bodyText(a.bodyHtml());
    d.add(new Field(BODY, body, BODY_TEXT));
    // Uncompressed, unlike a stored field, so a snippet reads only its own article's text.
    d.add(new BinaryDocValuesField(BODY, new BytesRef(body)));
    d.add(new BinaryDocValuesField(SENTENCES, Sentences.encode(Sentences.bounds(body))));
    // Suggestions come from headlines and standfirsts: names and topics readers look for, at a
    // fraction of the cost of analysing every body twice.
    d.add(
        new TextField(
            SPELL,
            a.headline()
                + " "
                + a.standfirst()
                + " "
                + String.join(" ", a.tags().stream().map(Tag::name).toList()),
            Field.Store.NO));
    d.add(
        new TextField(
            TAGS, String.join(" . ", a.tags().stream().map(Tag::name).toList()), Field.Store.NO));
    d.add(
        new TextField(
            AUTHORS,
            String.join(" . ", a.authors().stream().map(Author::name).toList()),
            Field.Store.NO));
    for (Tag t : a.tags()) {
      d.add(new StringField("tag", t.slug(), Field.Store.NO));
    }
    d.add(new StringField(SECTION, a.section().slug(), Field.Store.NO));
    d.add(new SortedDocValuesField(SECTION, new BytesRef(a.section().slug())));
    String year = String.valueOf(a.publishedAt().atOffset(ZoneOffset.UTC).getYear());
    d.add(new StringField(YEAR, year, Field.Store.NO));
    d.add(new SortedDocValuesField(YEAR, new BytesRef(year)));
    // Indexed as points and doc values: recency boosts use a distance-feature query on it.
    d.add(new LongField(PUBLISHED, a.publishedAt().getEpochSecond(), Field.Store.NO));
    return d;
  }

  private void wipe() {
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .filter(p -> !p.equals(folder))
          .forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear the search index in " + folder, e);
    }
  }

  private void closeQuietly() {
    try {
      closeResources();
    } catch (RuntimeException e) {
      LOG.debug("closing a broken index", e);
    }
  }

  @Override
  public void close() {
    try {
      ready.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    closeResources();
  }

  private void closeResources() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
