package dev.chatsdk.testing.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** The emulator's own JSON helpers: Jackson trees only, no model classes. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /**
   * A new, empty JSON object.
   *
   * @return a mutable object node
   */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * A new, empty JSON array.
   *
   * @return a mutable array node
   */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Parses JSON text; a syntax error becomes a 400 naming {@code what}.
   *
   * @param bytes the UTF-8 JSON text
   * @param what the name of the input used as field and in the error message, e.g. {@code body}
   * @return the parsed document; an empty object for empty input
   * @throws EmulatorError a 400 if the text is not valid JSON
   */
  public static JsonNode parse(byte[] bytes, String what) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node == null ? object() : node;
    } catch (IOException e) {
      throw EmulatorError.badField(what, what + " is not valid JSON");
    }
  }

  /**
   * Parses a JSON object; anything else becomes a 400 naming {@code what}.
   *
   * @param bytes the UTF-8 JSON text
   * @param what the name of the input used as field and in the error message, e.g. {@code body}
   * @return the parsed object; an empty object for empty input
   * @throws EmulatorError a 400 if the text is not valid JSON or not an object
   */
  public static ObjectNode parseObject(byte[] bytes, String what) {
    if (bytes.length == 0) {
      return object();
    }
    JsonNode node = parse(bytes, what);
    if (!node.isObject()) {
      throw EmulatorError.badField(what, what + " must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /**
   * Parses a JSON object given as a string; see {@link #parseObject(byte[], String)}.
   *
   * @param text the JSON text
   * @param what the name of the input used as field and in the error message
   * @return the parsed object; an empty object for empty input
   * @throws EmulatorError a 400 if the text is not valid JSON or not an object
   */
  public static ObjectNode parseObject(String text, String what) {
    return parseObject(text.getBytes(StandardCharsets.UTF_8), what);
  }

  /**
   * Serializes a JSON document compactly.
   *
   * @param node the document to write
   * @return its UTF-8 encoding
   * @throws java.io.UncheckedIOException if Jackson cannot serialize the node
   */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a field, or null when absent, null or not text.
   *
   * @param node the object to read, or null
   * @param field the field name
   * @return the string value, or null when {@code node} is null or the field is not a string
   */
  public static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /**
   * The object under a field, or null.
   *
   * @param node the object to read, or null
   * @param field the field name
   * @return the nested object (not a copy), or null when {@code node} is null or the field is
   *     absent or not an object
   */
  public static @Nullable ObjectNode obj(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v instanceof ObjectNode ? (ObjectNode) v : null;
  }

  /**
   * The text under a field that must be a string when present; 400 naming the field otherwise.
   *
   * @param node the object to read
   * @param field the field name
   * @param path the field's full dotted path, used in the error
   * @return the string value, or null when the field is absent or JSON null
   * @throws EmulatorError a 400 if the field is present but not a string
   */
  public static @Nullable String optionalString(JsonNode node, String field, String path) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw EmulatorError.badField(path, path + " must be a string");
    }
    return v.asText();
  }
}
