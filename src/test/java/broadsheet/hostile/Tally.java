package broadsheet.hostile;

import broadsheet.hostile.Vectors.Vector;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Which vector went through which field, and whether the field took or refused it. */
final class Tally {
  private final Map<String, Set<Integer>> taken = new TreeMap<>();
  private final Map<String, Set<Integer>> refused = new TreeMap<>();

  void taken(Vector v, String field) {
    taken.computeIfAbsent(field, f -> new HashSet<>()).add(v.number());
  }

  void refused(Vector v, String field) {
    refused.computeIfAbsent(field, f -> new HashSet<>()).add(v.number());
  }

  /** The fields that saw vectors. */
  Set<String> fields() {
    Set<String> all = new java.util.TreeSet<>(taken.keySet());
    all.addAll(refused.keySet());
    return all;
  }

  /** How many vectors this field saw, taken or refused. */
  int seen(String field) {
    Set<Integer> all = new HashSet<>(taken.getOrDefault(field, Set.of()));
    all.addAll(refused.getOrDefault(field, Set.of()));
    return all.size();
  }

  int taken() {
    return taken.values().stream().mapToInt(Set::size).sum();
  }

  int refused() {
    return refused.values().stream().mapToInt(Set::size).sum();
  }
}
