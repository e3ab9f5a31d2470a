package broadsheet.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields of each article a list gives: by default everything but the body, corrections and
 * the embedded section, tags and authors; {@code fields=} chooses others, {@code include=} embeds
 * those three. Id and slug are always given.
 */
record ArticleFields(Set<String> names) {
  private static final List<String> SELECTABLE =
      List.of(
          "id",
          "slug",
          "headline",
          "standfirst",
          "body",
          "url",
          "canonical_url",
          "published_at",
          "updated_at",
          "featured_image",
          "corrections");
  private static final List<String> EMBEDDED = List.of("authors", "tags", "section");
  private static final List<String> DEFAULT =
      List.of(
          "id",
          "slug",
          "headline",
          "standfirst",
          "url",
          "canonical_url",
          "published_at",
          "updated_at",
          "featured_image");

  static final ArticleFields SUMMARY = new ArticleFields(Set.copyOf(DEFAULT));

  static ArticleFields of(String fields, String include) {
    Set<String> names = new LinkedHashSet<>(List.of("id", "slug"));
    if (fields == null) {
      names.addAll(DEFAULT);
    } else {
      for (String name : names(fields, "fields")) {
        if (EMBEDDED.contains(name)) {
          throw ApiProblem.invalid("fields", "Embed " + name + " with include=" + name + ".");
        }
        if (!SELECTABLE.contains(name)) {
          throw ApiProblem.invalid(
              "fields", "No field is called " + name + "; choose from " + SELECTABLE + ".");
        }
        names.add(name);
      }
    }
    if (include != null) {
      for (String name : names(include, "include")) {
        if (!EMBEDDED.contains(name)) {
          throw ApiProblem.invalid(
              "include", "Only " + String.join(", ", EMBEDDED) + " can be included.");
        }
        names.add(name);
      }
    }
    return new ArticleFields(Set.copyOf(names));
  }

  private static List<String> names(String list, String parameter) {
    List<String> names = List.of(list.split(",", -1)).stream().map(String::strip).toList();
    if (names.stream().anyMatch(String::isEmpty)) {
      throw ApiProblem.invalid(parameter, "Give names separated by commas.");
    }
    return names;
  }

  /** The article's JSON with only these fields. */
  ObjectNode select(JsonNode article) {
    ObjectNode node = ((ObjectNode) article).deepCopy();
    node.retain(names);
    return node;
  }
}
