package broadsheet.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jdbi.v3.core.Handle;

/**
 * What the newsroom's writes should have left in the store: each article as its last acknowledged
 * save and move left it (with how many revisions and transitions it has by then), each image whose
 * upload was acknowledged, each import's articles; and the one write that was in flight when the
 * node died, which the store must hold whole or not at all.
 */
final class Acknowledged {
  /** An article's fields as a save sends them; tags sorted, pins as slugs in order. */
  record Version(
      String headline,
      String standfirst,
      String body,
      long section,
      List<String> tags,
      List<Long> authors,
      String imageUrl,
      String imageAlt,
      List<String> pinned) {}

  /** An article as the newsroom last heard of it. */
  record Story(long id, Version version, String status, int revisions, int transitions) {}

  /** The write in flight: what it would have made of the store, had it committed. */
  record Pending(String kind, long story, Version version, String status, String marker) {
    static Pending create(Version v) {
      return new Pending("create", 0, v, null, null);
    }

    static Pending edit(long story, Version v) {
      return new Pending("edit", story, v, null, null);
    }

    static Pending move(long story, String to) {
      return new Pending("move", story, null, to, null);
    }

    static Pending upload() {
      return new Pending("upload", 0, null, null, null);
    }

    static Pending importing(String marker) {
      return new Pending("import", 0, null, null, marker);
    }
  }

  private final Map<Long, Story> stories = new LinkedHashMap<>();
  private final List<String> images = new ArrayList<>();
  private final List<String> imports = new ArrayList<>();
  private Pending pending;
  private int serial;
  private int acknowledged;
  private int unverified;
  private int verified;
  private int committedUnacknowledged;

  int serial() {
    return ++serial;
  }

  List<Story> stories() {
    return List.copyOf(stories.values());
  }

  Story anyStory(Random random) {
    List<Story> all = stories();
    return all.get(random.nextInt(all.size()));
  }

  List<String> images() {
    return List.copyOf(images);
  }

  void pending(Pending write) {
    pending = write;
  }

  void created(long id, Version v) {
    stories.put(id, new Story(id, v, "draft", 1, 1));
    acknowledge();
  }

  void edited(long id, Version v) {
    Story s = stories.get(id);
    stories.put(id, new Story(id, v, s.status(), s.revisions() + 1, s.transitions()));
    acknowledge();
  }

  void moved(long id, String to) {
    Story s = stories.get(id);
    stories.put(id, new Story(id, s.version(), to, s.revisions(), s.transitions() + 1));
    acknowledge();
  }

  void uploaded(String hash) {
    images.add(hash);
    acknowledge();
  }

  void imported(String marker) {
    imports.add(marker);
    acknowledge();
  }

  private void acknowledge() {
    pending = null;
    acknowledged++;
    unverified++;
  }

  int acknowledgedWrites() {
    return acknowledged;
  }

  int verifiedWrites() {
    return verified;
  }

  int committedUnacknowledged() {
    return committedUnacknowledged;
  }

  /**
   * Settles the write in flight at the kill: the store holds all of it (then it counts as made) or
   * none of it; anything between is a finding.
   */
  void settle(Handle h, List<String> findings) {
    Pending p = pending;
    pending = null;
    if (p == null) {
      return;
    }
    switch (p.kind()) {
      case "create" -> {
        List<Long> ids =
            h.createQuery("SELECT id FROM articles WHERE headline = :headline")
                .bind("headline", p.version().headline())
                .mapTo(Long.class)
                .list();
        if (ids.size() > 1) {
          findings.add("one create made articles " + ids);
        } else if (ids.size() == 1) {
          stories.put(ids.getFirst(), new Story(ids.getFirst(), p.version(), "draft", 1, 1));
          committedUnacknowledged++;
        }
      }
      case "edit", "move" -> {
        Story before = stories.get(p.story());
        Story after =
            p.kind().equals("edit")
                ? new Story(
                    before.id(),
                    p.version(),
                    before.status(),
                    before.revisions() + 1,
                    before.transitions())
                : new Story(
                    before.id(),
                    before.version(),
                    p.status(),
                    before.revisions(),
                    before.transitions() + 1);
        Story seen = observe(h, p.story());
        if (after.equals(seen)) {
          stories.put(after.id(), after);
          committedUnacknowledged++;
        } else if (!before.equals(seen)) {
          findings.add(
              "a "
                  + p.kind()
                  + " in flight left article "
                  + p.story()
                  + " half-written: "
                  + seen
                  + ", neither "
                  + before
                  + " nor "
                  + after);
        }
      }
      case "upload" -> {
        List<String> stored = h.createQuery("SELECT hash FROM images").mapTo(String.class).list();
        for (String hash : stored) {
          if (!images.contains(hash)) {
            images.add(hash);
            committedUnacknowledged++;
          }
        }
      }
      case "import" -> {
        int made = importedArticles(h, p.marker());
        if (made == NewsroomLoop.POSTS_PER_IMPORT) {
          imports.add(p.marker());
          committedUnacknowledged++;
        } else if (made != 0) {
          findings.add("an import in flight left " + made + " of its articles");
        }
      }
      default -> throw new IllegalStateException(p.kind());
    }
  }

  /** Every acknowledged write is in the store, as it was acknowledged; counts them once. */
  void verify(Handle h, List<String> findings) {
    int before = findings.size();
    for (Story expected : stories.values()) {
      Story seen = observe(h, expected.id());
      if (!expected.equals(seen)) {
        findings.add("acknowledged " + expected + " but the store holds " + seen);
      }
    }
    int crashStories =
        h.createQuery("SELECT COUNT(*) FROM articles WHERE headline LIKE 'Crash story %'")
            .mapTo(Integer.class)
            .one();
    if (crashStories != stories.size()) {
      findings.add(crashStories + " articles written, " + stories.size() + " known");
    }
    List<String> stored = h.createQuery("SELECT hash FROM images").mapTo(String.class).list();
    if (!stored.containsAll(images) || stored.size() != images.size()) {
      findings.add("images acknowledged " + images + ", stored " + stored);
    }
    for (String marker : imports) {
      int made = importedArticles(h, marker);
      if (made != NewsroomLoop.POSTS_PER_IMPORT) {
        findings.add("an acknowledged import (" + marker + ") has " + made + " published articles");
      }
    }
    if (findings.size() == before) {
      verified += unverified;
      unverified = 0;
    }
  }

  private static int importedArticles(Handle h, String marker) {
    return h.createQuery(
            "SELECT COUNT(*) FROM articles WHERE status = 'published' AND headline LIKE :marker")
        .bind("marker", marker + ", part %")
        .mapTo(Integer.class)
        .one();
  }

  /** The article as the store holds it, or null when it has none of that id. */
  private static Story observe(Handle h, long id) {
    var row =
        h.createQuery(
                "SELECT headline, standfirst, body_markdown, section_id, status, image_url,"
                    + " image_alt FROM articles WHERE id = :id")
            .bind("id", id)
            .map(
                (rs, ctx) ->
                    new String[] {
                      rs.getString(1),
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getString(5),
                      Objects.toString(rs.getString(6), ""),
                      Objects.toString(rs.getString(7), "")
                    })
            .findOne()
            .orElse(null);
    if (row == null) {
      return null;
    }
    List<String> tags =
        h
            .createQuery(
                "SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id"
                    + " WHERE x.article_id = :id")
            .bind("id", id)
            .mapTo(String.class)
            .list()
            .stream()
            .sorted()
            .toList();
    List<Long> authors =
        h.createQuery(
                "SELECT author_id FROM article_authors WHERE article_id = :id ORDER BY position")
            .bind("id", id)
            .mapTo(Long.class)
            .list();
    List<String> pins =
        h.createQuery(
                "SELECT a.slug FROM related_pins p JOIN articles a ON a.id = p.pinned_id"
                    + " WHERE p.article_id = :id ORDER BY p.position")
            .bind("id", id)
            .mapTo(String.class)
            .list();
    Version version =
        new Version(
            row[0], row[1], row[2], Long.parseLong(row[3]), tags, authors, row[5], row[6], pins);
    return new Story(id, version, row[4], count(h, "revisions", id), count(h, "transitions", id));
  }

  private static int count(Handle h, String table, long id) {
    return h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE article_id = :id")
        .bind("id", id)
        .mapTo(Integer.class)
        .one();
  }
}
