package broadsheet.wordpress;

import broadsheet.content.ArticleWrites;
import java.util.Collection;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The one transaction of an import's second pass, as its stages share it: the repositories and
 * batched statements they write through, the report they add to, and the site being imported.
 */
final class ImportTransaction {
  final Handle h;
  final WxrImport.Repositories repos;
  final WordPressRepository store = new WordPressRepository();
  final WordPressRepository.Writes writes;
  final ArticleWrites.Batch inserts;
  final ImportReport report;
  private volatile String site = "";

  ImportTransaction(Handle h, WxrImport.Repositories repos, ImportReport report) {
    this.h = h;
    this.repos = repos;
    this.report = report;
    this.writes = new WordPressRepository.Writes(h);
    this.inserts = ArticleWrites.batch(h);
  }

  /** The exported site's key, once the channel has been read; read from other threads too. */
  String site() {
    return site;
  }

  void site(String key) {
    site = key;
  }

  /**
   * A value whole when its column holds it (limit in characters, as the columns count them); a
   * longer one, which PostgreSQL would refuse for the whole import, is cut to the limit and
   * reported, so that both stores import the same.
   */
  String fitted(String value, int limit, String what) {
    if (value.codePointCount(0, value.length()) <= limit) {
      return value;
    }
    report.note(what + " longer than " + limit + " characters was cut to " + limit);
    return value.substring(0, value.offsetByCodePoints(0, limit));
  }

  /** Old addresses of a record; the first import to claim one keeps it. */
  void redirects(Collection<String> fromPaths, String targetKind, long id) {
    for (String path : fromPaths) {
      if (!writes.redirect(new WordPressRepository.Redirect(path, targetKind, id))) {
        report.note(
            "an old address longer than "
                + WordPressRepository.FROM_PATH_LIMIT
                + " characters does not redirect");
      }
    }
  }

  /** What the store already holds for a WordPress key, if the record still exists. */
  Optional<WordPressRepository.Mapping> find(ItemKind kind, String key, String guid) {
    flush();
    return store.find(h, site, kind, key, guid).filter(m -> store.exists(h, kind, m.localId()));
  }

  /** Remembers what a WordPress key became, for the next import of the site. */
  void remember(ItemKind kind, String key, String guid, long id, String fingerprint) {
    if (!key.equals(WordPressRepository.fitted(key))) {
      report.note(
          "a WordPress key longer than "
              + WordPressRepository.KEY_LIMIT
              + " characters is remembered by its first "
              + WordPressRepository.KEY_LIMIT);
    }
    writes.remember(new WordPressRepository.Imported(site, kind, key, guid, id, fingerprint));
  }

  /** Writes what waits in batches, before the store is asked about it. */
  void flush() {
    writes.flush();
    inserts.flush();
  }

  void close() {
    writes.close();
    inserts.close();
  }
}
