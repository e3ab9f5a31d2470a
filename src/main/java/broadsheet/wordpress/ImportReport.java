package broadsheet.wordpress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What an import did: counts per kind, and every reason something was skipped or changed. */
public final class ImportReport {
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private final Map<String, Integer> notes = new LinkedHashMap<>();
  private final Map<String, Integer> unmappedMeta = new TreeMap<>();
  private final Map<String, Integer> unknownShortcodes = new TreeMap<>();
  private final Map<String, Posts> repaired = new TreeMap<>();
  private final Map<String, Posts> found = new TreeMap<>();
  private int comments;
  private String version = "";
  private long seconds100;

  private static final int IMPORTED = 0;
  private static final int UPDATED = 1;
  private static final int UNCHANGED = 2;
  private static final int SKIPPED = 3;

  void imported(String kind) {
    count(kind, IMPORTED);
  }

  void updated(String kind) {
    count(kind, UPDATED);
  }

  void unchanged(String kind) {
    count(kind, UNCHANGED);
  }

  void skipped(String kind, String reason) {
    count(kind, SKIPPED);
    note(kind + " skipped: " + reason);
  }

  /** A note once per kind; converting threads note featured images, hence synchronised. */
  synchronized void note(String note) {
    notes.merge(note, 1, Integer::sum);
  }

  private static final Pattern OEMBED_CACHE = Pattern.compile("^(_oembed_(?:time_)?)[0-9a-f]{32}$");

  void unmappedMeta(String key) {
    // WordPress caches each embed under a key ending in a hash; one line says it better.
    String kind = key.startsWith("_oembed_") ? OEMBED_CACHE.matcher(key).replaceFirst("$1…") : key;
    unmappedMeta.merge(kind, 1, Integer::sum);
  }

  /** Called from the threads that convert bodies, hence synchronised. */
  synchronized void unknownShortcode(String name) {
    unknownShortcodes.merge(name, 1, Integer::sum);
  }

  /** The posts a rule concerned: how many, and the first few by name. */
  private static final class Posts {
    static final int NAMED = 3;
    int count;
    final java.util.List<String> first = new java.util.ArrayList<>();

    void add(String post) {
      if (count++ < NAMED) {
        first.add(post);
      }
    }

    String text() {
      return count
          + (count == 1 ? " post: " : " posts: ")
          + String.join("; ", first)
          + (count > first.size() ? "; …" : "");
    }
  }

  /** A rule's certain repair changed this post (converting threads call this). */
  synchronized void repaired(String rule, String post) {
    repaired.computeIfAbsent(rule, k -> new Posts()).add(post);
  }

  /** A rule found something in this post that was not changed. */
  synchronized void found(String rule, String post) {
    found.computeIfAbsent(rule, k -> new Posts()).add(post);
  }

  /** How many posts a rule's repair changed. */
  public synchronized int repaired(String rule) {
    return repaired.containsKey(rule) ? repaired.get(rule).count : 0;
  }

  /** How many posts a rule found something in, left as they were. */
  public synchronized int found(String rule) {
    return found.containsKey(rule) ? found.get(rule).count : 0;
  }

  void comments(int n) {
    comments += n;
  }

  void version(String version) {
    this.version = version == null ? "" : version;
  }

  void took(long nanos) {
    this.seconds100 = nanos / 10_000_000;
  }

  private void count(String kind, int what) {
    counts.computeIfAbsent(kind, k -> new int[4])[what]++;
  }

  public int count(String kind, String what) {
    int[] c = counts.getOrDefault(kind, new int[4]);
    return switch (what) {
      case "imported" -> c[IMPORTED];
      case "updated" -> c[UPDATED];
      case "unchanged" -> c[UNCHANGED];
      case "skipped" -> c[SKIPPED];
      default -> throw new IllegalArgumentException(what);
    };
  }

  /** Whether this import changed anything in the store. */
  public boolean changedAnything() {
    return counts.values().stream().anyMatch(c -> c[IMPORTED] + c[UPDATED] > 0);
  }

  public int comments() {
    return comments;
  }

  public Map<String, Integer> unmappedMeta() {
    return Map.copyOf(unmappedMeta);
  }

  /** The report as a person reads it at the end of an import. */
  public synchronized String text() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "WordPress import (WXR %s) in %d.%02d s%n",
            version.isEmpty() ? "version not stated" : version,
            seconds100 / 100,
            seconds100 % 100));
    out.append(
        String.format(
            "%-14s %9s %9s %9s %9s%n", "", "imported", "updated", "unchanged", "skipped"));
    counts.forEach(
        (kind, c) ->
            out.append(String.format("%-14s %9d %9d %9d %9d%n", kind, c[0], c[1], c[2], c[3])));
    if (comments > 0) {
      out.append(
          String.format(
              "comments: %d counted, not imported (Broadsheet has no comments yet)%n", comments));
    }
    notes.forEach(
        (note, n) ->
            out.append("note: ")
                .append(note)
                .append(n > 1 ? " (×" + n + ")" : "")
                .append(System.lineSeparator()));
    repaired.forEach(
        (rule, posts) ->
            out.append("repaired (")
                .append(rule)
                .append("): ")
                .append(posts.text())
                .append(System.lineSeparator()));
    found.forEach(
        (rule, posts) ->
            out.append("check (")
                .append(rule)
                .append(", not changed): ")
                .append(posts.text())
                .append(System.lineSeparator()));
    if (!unknownShortcodes.isEmpty()) {
      out.append("unknown shortcodes, kept as text: ")
          .append(list(unknownShortcodes))
          .append(System.lineSeparator());
    }
    if (!unmappedMeta.isEmpty()) {
      out.append("post meta not mapped: ")
          .append(list(unmappedMeta))
          .append(System.lineSeparator());
    }
    return out.toString();
  }

  private static String list(Map<String, Integer> counted) {
    StringBuilder out = new StringBuilder();
    counted.forEach(
        (name, n) -> out.append(out.isEmpty() ? "" : ", ").append(name).append(" ×").append(n));
    return out.toString();
  }
}
