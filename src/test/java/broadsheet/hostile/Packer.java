package broadsheet.hostile;

import broadsheet.hostile.Vectors.Vector;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts every vector through every field of one form in few posts: each field carries a few vectors
 * at once; when the form refuses a field, its vectors are halved until the one it refuses stands
 * alone, and that refusal is recorded (the other half goes on in a later post). Every answer, taken
 * or refused, goes through {@link Checks}.
 */
final class Packer {
  /** Where a refused form names its field: the newsroom gate's message, or a field's error. */
  private static final Pattern GATE =
      Pattern.compile("The field &#34;([a-z_]+)&#34;|The field \"([a-z_]+)\"");

  private static final Pattern FIELD_ERROR = Pattern.compile("id=\"e-([a-z_]+)\"");

  /** One post's values: the vectors each field carries (none: the form's own placeholder). */
  record Post(int number, Map<String, List<Vector>> values) {
    List<Vector> of(String field) {
      return values.getOrDefault(field, List.of());
    }
  }

  private final String form;
  private final Map<String, Deque<List<Vector>>> queues = new LinkedHashMap<>();
  private final Checks checks;
  private final Tally tally;

  Packer(
      String form,
      List<String> fields,
      List<Vector> vectors,
      int perPost,
      Checks checks,
      Tally tally) {
    this.form = form;
    this.checks = checks;
    this.tally = tally;
    for (String field : fields) {
      queues.put(field, new ArrayDeque<>(Corpus.chunks(vectors, perPost)));
    }
  }

  /**
   * Posts until every vector went through every field; {@code submit} sends one post and answers; a
   * post is taken when the answer is below 400. Returns the posts that were taken.
   */
  List<Post> run(Function<Post, HttpResponse<String>> submit) {
    List<Post> taken = new ArrayList<>();
    int number = 0;
    while (queues.values().stream().anyMatch(q -> !q.isEmpty())) {
      Map<String, List<Vector>> values = new LinkedHashMap<>();
      queues.forEach(
          (field, queue) -> values.put(field, queue.isEmpty() ? List.of() : queue.poll()));
      number++;
      for (int attempt = 0; ; attempt++) {
        Post post = new Post(number, values);
        HttpResponse<String> response = submit.apply(post);
        String what = form + " post " + number + " " + carried(values);
        checks.answer(what, response);
        if (response.statusCode() < 400) {
          values.forEach((field, vs) -> vs.forEach(v -> tally.taken(v, form + "." + field)));
          taken.add(post);
          break;
        }
        String field = refusedField(response, values);
        if (field == null || response.statusCode() >= 500 || attempt > 200) {
          checks.fail(
              what, "refused (" + response.statusCode() + ") for no field that carries a vector");
          break;
        }
        List<Vector> refused = values.get(field);
        if (refused.size() == 1) {
          tally.refused(refused.get(0), form + "." + field);
          values.put(field, List.of());
        } else {
          int half = refused.size() / 2;
          values.put(field, refused.subList(0, half));
          queues.get(field).addFirst(refused.subList(half, refused.size()));
        }
      }
    }
    return taken;
  }

  private static String refusedField(
      HttpResponse<String> response, Map<String, List<Vector>> values) {
    List<String> carrying =
        values.entrySet().stream()
            .filter(e -> !e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();
    Matcher gate = GATE.matcher(response.body());
    if (gate.find()) {
      String name = gate.group(1) != null ? gate.group(1) : gate.group(2);
      return carrying.contains(name) ? name : null;
    }
    Matcher field = FIELD_ERROR.matcher(response.body());
    while (field.find()) {
      if (carrying.contains(field.group(1))) {
        return field.group(1);
      }
    }
    return carrying.size() == 1 ? carrying.get(0) : null;
  }

  private static String carried(Map<String, List<Vector>> values) {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (field, vs) -> {
          if (!vs.isEmpty()) {
            out.append(field)
                .append('=')
                .append(vs.stream().map(v -> "#" + v.number()).toList())
                .append(' ');
          }
        });
    return out.toString().strip();
  }
}
