package broadsheet.api;

import broadsheet.content.CleanText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A JSON object sent to the Admin API, read strictly: malformed JSON, a duplicate or unknown field
 * or a value of the wrong type is a 400 naming the field ({@code image.alt}, {@code tags[2]}); a
 * string holding a character that is not text (NUL above all, which PostgreSQL cannot store) a 422.
 * An absent field reads as null, so that an update changes only what it names.
 */
final class JsonInput {
  private final ObjectNode node;
  private final String prefix;

  private JsonInput(ObjectNode node, String prefix) {
    this.node = node;
    this.prefix = prefix;
  }

  /** The request's body: a JSON object sent as application/json. */
  static JsonInput of(Context ctx, ApiJson json) {
    String type = ctx.contentType();
    String mime = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mime.equals("application/json")) {
      throw ApiProblem.of(415, "Send the body as application/json.");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiProblem.badRequest("The request needs a JSON body.");
    }
    JsonNode tree;
    try {
      tree =
          json.mapper()
              .reader()
              .with(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
              .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(body);
    } catch (StreamReadException e) {
      throw ApiProblem.notWellFormed(e);
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("The body could not be read as JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiProblem.badRequest("The body could not be read.");
    }
    if (!(tree instanceof ObjectNode object)) {
      throw ApiProblem.badRequest("The body must be a JSON object.");
    }
    return new JsonInput(object, "");
  }

  /** Refuses any field but these. */
  JsonInput only(Set<String> names) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        throw ApiProblem.invalid(prefix + name, "This field is not known here.");
      }
    }
    return this;
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** A string field, or null when absent; a JSON null reads as "". */
  String string(String name, boolean multiLine) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      throw ApiProblem.invalid(prefix + name, "Give a string.");
    }
    return text(prefix + name, v.textValue(), multiLine);
  }

  /** An integer field, or null when absent. */
  Long integer(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw ApiProblem.invalid(prefix + name, "Give a whole number.");
    }
    return v.longValue();
  }

  /** A true/false field, or null when absent. */
  Boolean bool(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isBoolean()) {
      throw ApiProblem.invalid(prefix + name, "Give true or false.");
    }
    return v.booleanValue();
  }

  /** An array of strings, or null when absent; a JSON null reads as empty. */
  List<String> strings(String name) {
    List<JsonNode> items = array(name);
    if (items == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String field = prefix + name + "[" + i + "]";
      if (!items.get(i).isTextual()) {
        throw ApiProblem.invalid(field, "Give a string.");
      }
      out.add(text(field, items.get(i).textValue(), false));
    }
    return out;
  }

  /** An array of whole numbers, or null when absent; a JSON null reads as empty. */
  List<Long> integers(String name) {
    List<JsonNode> items = array(name);
    if (items == null) {
      return null;
    }
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isIntegralNumber() || !items.get(i).canConvertToLong()) {
        throw ApiProblem.invalid(prefix + name + "[" + i + "]", "Give a whole number.");
      }
      out.add(items.get(i).longValue());
    }
    return out;
  }

  /** A nested object, or null when absent or null. */
  JsonInput object(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!(v instanceof ObjectNode object)) {
      throw ApiProblem.invalid(prefix + name, "Give an object.");
    }
    return new JsonInput(object, prefix + name + ".");
  }

  /** Whether the field is there and null (an update clearing it). */
  boolean isNull(String name) {
    return node.has(name) && node.get(name).isNull();
  }

  private List<JsonNode> array(String name) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw ApiProblem.invalid(prefix + name, "Give an array.");
    }
    List<JsonNode> items = new ArrayList<>();
    v.forEach(items::add);
    return items;
  }

  private static String text(String field, String value, boolean multiLine) {
    int at = CleanText.firstForbidden(value, multiLine);
    if (at >= 0) {
      char c = value.charAt(at);
      throw ApiProblem.unprocessable(
          field,
          String.format(
              "Holds %s (U+%04X at position %d), which is not text.",
              c == 0
                  ? "a NUL character"
                  : Character.isSurrogate(c) ? "half a character" : "a control character",
              (int) c,
              at + 1));
    }
    return value;
  }
}
