package broadsheet.web;

import broadsheet.changes.Change;
import broadsheet.changes.ChangeFollower;
import broadsheet.content.ArticleRepository;
import broadsheet.content.CurrentSettings;
import broadsheet.content.SectionRepository;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What the node holds for its pages, following the change feed: the page cache (the precise set of
 * pages each change shows in, see {@link CacheInvalidation}), the section navigation and the site
 * settings. A page cache starts empty, so a node starts following at the feed's head.
 */
public final class CacheFollower implements ChangeFollower {
  private final PageCache cache;
  private final CacheInvalidation invalidation;
  private final SectionRepository sections;
  private final CurrentSettings settings;
  private final LongSupplier head;

  public CacheFollower(
      PageCache cache,
      ArticleRepository articles,
      SectionRepository sections,
      CurrentSettings settings,
      LongSupplier head) {
    this.cache = cache;
    this.invalidation = new CacheInvalidation(articles, sections);
    this.sections = sections;
    this.settings = settings;
    this.head = head;
  }

  @Override
  public long position() {
    return head.getAsLong();
  }

  @Override
  public void apply(List<Change> changes) {
    Set<Dependency> gone = new HashSet<>();
    for (Change c : changes) {
      switch (c.kind()) {
        case ARTICLE -> gone.addAll(invalidation.dependenciesOf(c.ref()));
        case RELATED -> gone.add(Dependency.relatedListOf(c.ref()));
        case STRUCTURE -> {
          sections.changed();
          gone.add(Dependency.NAV);
        }
        case SETTINGS, IMPORT -> {
          everything();
          return;
        }
        case MEDIA -> {
          // Media are linked by their address, which never changes: no page shows a new upload.
        }
      }
    }
    cache.invalidate(gone);
  }

  @Override
  public long rebuild(long head) {
    everything();
    return head;
  }

  private void everything() {
    sections.changed();
    settings.reload();
    cache.clear();
  }
}
