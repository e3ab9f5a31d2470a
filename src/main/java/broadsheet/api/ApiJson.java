package broadsheet.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;

/**
 * The APIs' one JSON set-up: snake_case names, times as ISO-8601 with their offset (never epoch
 * numbers), absent values left out. Reading is strict: an unknown field, a wrong type or a trailing
 * token is the sender's mistake, answered with a 400 problem naming the field.
 */
public final class ApiJson {
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  public ObjectMapper mapper() {
    return mapper;
  }

  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public JsonNode tree(Object value) {
    return mapper.valueToTree(value);
  }

  /** A request body as {@code type}; anything malformed, unknown or mistyped is a 400 problem. */
  public <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw ApiProblem.badRequest("The request needs a JSON body.");
    }
    try {
      return mapper.readValue(body, type);
    } catch (UnrecognizedPropertyException e) {
      throw ApiProblem.invalid(field(e), "This field is not known here.");
    } catch (StreamReadException e) {
      throw ApiProblem.notWellFormed(e);
    } catch (JsonMappingException e) {
      throw ApiProblem.invalid(field(e), "This field has the wrong type or value.");
    } catch (JsonProcessingException e) {
      throw ApiProblem.badRequest("The body could not be read as JSON.");
    }
  }

  /** The field a mapping failure is about, as a dotted path ("image.alt", "tags[2]"). */
  static String field(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(
                r ->
                    r.getFieldName() != null
                        ? "."
                            + PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(
                                r.getFieldName())
                        : "[" + r.getIndex() + "]")
            .collect(Collectors.joining());
    return path.startsWith(".") ? path.substring(1) : path.isEmpty() ? "(body)" : path;
  }
}
