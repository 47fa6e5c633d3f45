package dev.chatsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The hand-written overlay of one backend ({@code googlechat-overlay.yaml}, {@code stream-overlay.yaml}
 * beside this class): what the API description lacks or gets wrong. Its keys are documented in
 * docs/codegen.md. Every method key must name a method of the description and every key of an entry
 * must be known, so a typo fails the generator instead of being ignored.
 */
final class Overlay {
  private static final Set<String> METHOD_KEYS = Set.of("name", "summary", "bodyArg", "bodyCheck", "retrySafe",
      "required", "queryPatterns", "queryTypes", "updateMask", "pager", "media", "paramsClass", "apiClass",
      "exclude", "params", "body", "response", "bodyIdempotency", "check");

  final JsonNode root;
  private final String source;
  private final Set<String> usedMethods = new TreeSet<>();

  private Overlay(JsonNode root, String source) {
    this.root = root;
    this.source = source;
  }

  static Overlay load(String resource) throws IOException {
    try (InputStream in = Overlay.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("overlay " + resource + " not found on the class path");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
          JsonParser p = new YAMLFactory().createParser(reader)) {
        p.nextToken();
        return new Overlay(OpenApiReader.readTree(p), resource);
      }
    }
  }

  String text(String key) {
    JsonNode n = root.path(key);
    if (!n.isTextual()) {
      throw new IllegalStateException(source + ": missing text key " + key);
    }
    return n.asText();
  }

  JsonNode node(String key) {
    return root.path(key);
  }

  /** The overlay entry of one method (a missing node when it has none); checks its keys. */
  JsonNode method(String id) {
    JsonNode m = root.path("methods").path(id);
    if (m.isMissingNode()) {
      return MissingNode.getInstance();
    }
    usedMethods.add(id);
    for (Iterator<String> it = m.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!METHOD_KEYS.contains(key)) {
        throw new IllegalStateException(source + ": methods." + id + " has unknown key " + key);
      }
    }
    return m;
  }

  /** Fails when an overlay entry names a method the description does not have. */
  void checkAllUsed() {
    List<String> unused = new ArrayList<>();
    for (Iterator<String> it = root.path("methods").fieldNames(); it.hasNext(); ) {
      String id = it.next();
      if (!usedMethods.contains(id)) {
        unused.add(id);
      }
    }
    if (!unused.isEmpty()) {
      throw new IllegalStateException(source + ": entries for methods the description does not have: " + unused);
    }
  }

  static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asText());
    }
    return out;
  }

  static Map<String, String> stringMap(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().asText());
    }
    return out;
  }
}
