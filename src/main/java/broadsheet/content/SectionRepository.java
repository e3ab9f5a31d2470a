package broadsheet.content;

import broadsheet.store.Database;
import broadsheet.store.Outage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sections of the paper, in their navigation order. Every page's navigation needs them, so the list
 * is kept in memory: dropped on every write through this repository, and re-read after a few
 * seconds at most so that writes from another node show up too. While the store cannot be reached,
 * pages (the 503 page above all) keep the navigation last read.
 */
public final class SectionRepository {
  private static final long FRESH_MILLIS = 5_000;

  private record Snapshot(List<Section> sections, long readAt) {}

  /** The list while it is fresh; null once a write or its age has made it stale. */
  private volatile Snapshot snapshot;

  /** The list last read, kept for when the store cannot be reached. */
  private volatile Snapshot lastRead;

  private static final String SELECT = "SELECT " + SectionTable.COLUMNS.list() + " FROM sections";

  private final Jdbi jdbi;
  private final Clock clock;

  public SectionRepository(Database database) {
    this(database, Clock.systemUTC());
  }

  public SectionRepository(Database database, Clock clock) {
    this.jdbi = database.jdbi();
    this.clock = clock;
  }

  public List<Section> all() {
    Snapshot s = snapshot;
    if (s == null || clock.millis() - s.readAt() > FRESH_MILLIS) {
      try {
        s = new Snapshot(read(), clock.millis());
      } catch (RuntimeException e) {
        Snapshot last = lastRead;
        if (last != null && Outage.causedBy(e)) {
          return last.sections();
        }
        throw e;
      }
      snapshot = s;
      lastRead = s;
    }
    return s.sections();
  }

  private List<Section> read() {
    return jdbi.withHandle(
        h ->
            h.createQuery(SELECT).map((rs, ctx) -> SectionTable.read(rs, 1)).list().stream()
                .sorted(
                    Comparator.comparingInt(Section::position)
                        .thenComparing(Section::name, Names.ORDER)
                        .thenComparingLong(Section::id))
                .toList());
  }

  /** Forget the kept list; the next read goes to the store. */
  public void changed() {
    snapshot = null;
  }

  public Optional<Section> findBySlug(String slug) {
    return all().stream().filter(s -> s.slug().equals(slug)).findFirst();
  }

  /** A section and all sections below it, for a front that shows its children's articles too. */
  public List<Long> withDescendants(Section section) {
    List<Section> all = all();
    List<Long> ids = new ArrayList<>(List.of(section.id()));
    for (int i = 0; i < ids.size(); i++) {
      long parent = ids.get(i);
      all.stream()
          .filter(s -> s.parentId() != null && s.parentId() == parent)
          .forEach(s -> ids.add(s.id()));
    }
    return ids;
  }

  public Optional<Long> idBySlug(Handle h, String slug) {
    return h.createQuery("SELECT id FROM sections WHERE slug = :slug")
        .bind("slug", slug)
        .mapTo(Long.class)
        .findOne();
  }

  /** The position after the last section, so new sections go to the end of the navigation. */
  public int nextPosition(Handle h) {
    return h.createQuery("SELECT COALESCE(MAX(position), 0) + 1 FROM sections")
        .mapTo(Integer.class)
        .one();
  }

  public long insert(String slug, String name, String description, int position, Long parentId) {
    return jdbi.withHandle(h -> insert(h, slug, name, description, position, parentId));
  }

  public long insert(
      Handle h, String slug, String name, String description, int position, Long parentId) {
    changed();
    return h.createUpdate(
            "INSERT INTO sections (slug, name, description, position, parent_id)"
                + " VALUES (:slug, :name, :description, :position, :parent)")
        .bind("slug", slug)
        .bind("name", name)
        .bind("description", description)
        .bind("position", position)
        .bind("parent", parentId)
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }
}
