package dev.chatsdk.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The SDK's private JSON configuration: one {@link ObjectMapper} per process, never shared with
 * (or configured by) the user's code, with readers and writers resolved once per type.
 *
 * <ul>
 *   <li>Unknown fields are ignored by the mapper; model classes keep them as additional properties.
 *   <li>Fields left unset ({@code null}) are omitted from request bodies.
 *   <li>{@link Instant} is written as RFC 3339 text with as many fraction digits as it has
 *       (microseconds and nanoseconds survive) and read from RFC 3339 with {@code Z} or an offset.
 * </ul>
 */
public final class ChatJson {
  private static final ObjectMapper MAPPER = createMapper();
  private static final ConcurrentMap<Type, ObjectReader> READERS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Class<?>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

  private ChatJson() {}

  private static ObjectMapper createMapper() {
    SimpleModule lenientInstants = new SimpleModule("chatsdk-instants");
    lenientInstants.addDeserializer(Instant.class, new Rfc3339InstantDeserializer());
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(lenientInstants)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * A JSON tree of a value, as it would be written (unset fields absent).
   *
   * @param value the value to convert; not null
   * @return the tree the value would be written as
   * @throws IllegalArgumentException if the value cannot be serialized
   */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * A cached reader for a type (class or generic {@link Type}).
   *
   * @param type the target type; a {@link Class} or a generic type such as a parameterized list
   * @return the reader for that type, created on first use and then shared
   */
  public static ObjectReader reader(Type type) {
    return READERS.computeIfAbsent(type, t -> {
      JavaType javaType = MAPPER.getTypeFactory().constructType(t);
      return MAPPER.readerFor(javaType);
    });
  }

  /**
   * A cached writer for a class.
   *
   * @param type the class of the values to write
   * @return the writer for that class, created on first use and then shared
   */
  public static ObjectWriter writer(Class<?> type) {
    return WRITERS.computeIfAbsent(type, MAPPER::writerFor);
  }

  /**
   * Serializes a value to UTF-8 JSON bytes.
   *
   * @param value the value to write; not null
   * @return the JSON encoding in UTF-8
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static byte[] toBytes(Object value) {
    try {
      return writer(value.getClass()).writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value of type " + value.getClass().getName()
          + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Serializes a value to a JSON string (used for JSON-encoded query parameters).
   *
   * @param value the value to write; not null
   * @return the JSON encoding as text
   * @throws IllegalArgumentException if the value cannot be written as JSON
   */
  public static String toJson(Object value) {
    try {
      return writer(value.getClass()).writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("value of type " + value.getClass().getName()
          + " cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json the JSON text
   * @return the parsed tree
   * @throws java.io.UncheckedIOException if the text is not valid JSON
   */
  public static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Converts between compatible representations, for example a tree into a model.
   *
   * @param <T> the target type
   * @param value the value to convert, for example a {@link JsonNode}
   * @param type the class to convert into
   * @return the converted value
   * @throws IllegalArgumentException if the value cannot be converted into {@code type}
   */
  public static <T> T convert(Object value, Class<T> type) {
    return MAPPER.convertValue(value, type);
  }

  /** Reads RFC 3339 date-times with {@code Z} or a numeric offset into an {@link Instant}. */
  static final class Rfc3339InstantDeserializer extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    Rfc3339InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != null && p.currentToken().isNumeric()) {
        return Instant.ofEpochMilli(p.getLongValue());
      }
      String text = p.getValueAsString();
      if (text == null || text.isEmpty()) {
        return null;
      }
      Instant fast = Rfc3339.parse(text);
      if (fast != null) {
        return fast;
      }
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        try {
          return Instant.parse(text);
        } catch (DateTimeParseException e2) {
          return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an RFC 3339 date-time");
        }
      }
    }
  }
}
