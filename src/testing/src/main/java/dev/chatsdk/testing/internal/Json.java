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

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** Parses JSON text; a syntax error becomes a 400 naming {@code what}. */
  public static JsonNode parse(byte[] bytes, String what) {
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node == null ? object() : node;
    } catch (IOException e) {
      throw EmulatorError.badField(what, what + " is not valid JSON");
    }
  }

  /** Parses a JSON object; anything else becomes a 400 naming {@code what}. */
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

  public static ObjectNode parseObject(String text, String what) {
    return parseObject(text.getBytes(StandardCharsets.UTF_8), what);
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a field, or null when absent, null or not text. */
  public static @Nullable String text(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v != null && v.isTextual() ? v.asText() : null;
  }

  /** The object under a field, or null. */
  public static @Nullable ObjectNode obj(@Nullable JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v instanceof ObjectNode ? (ObjectNode) v : null;
  }

  /** The text under a field that must be a string when present; 400 naming the field otherwise. */
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
