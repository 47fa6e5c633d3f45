package dev.chatsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * OpenAPI 3 front end. The document is read with Jackson's YAML parser into a JSON tree, applying the
 * YAML 1.2 core schema to plain scalars: only {@code true}/{@code false} (any case style) are booleans,
 * so {@code no}, {@code yes}, {@code on} and {@code off} stay strings. Jackson's parser, like every
 * YAML 1.1 reader, reports {@code no} as {@code false}, which would turn the Norwegian language code
 * into a boolean; {@link #readTree} undoes that using the scalar's original text.
 * Only local references {@code #/components/schemas/Name} are followed.
 */
final class OpenApiReader {
  private static final String SCHEMA_PREFIX = "#/components/schemas/";

  private final JsonNode root;
  private final String sourceName;

  private OpenApiReader(JsonNode root, String sourceName) {
    this.root = root;
    this.sourceName = sourceName;
  }

  static OpenApiReader load(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser p = new YAMLFactory().createParser(in)) {
      p.nextToken();
      return new OpenApiReader(readTree(p), file.getFileName().toString());
    }
  }

  /** Builds a tree from the current token on; YAML 1.1-only booleans become text. */
  static JsonNode readTree(JsonParser p) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        ObjectNode obj = f.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          obj.set(name, readTree(p));
        }
        return obj;
      case START_ARRAY:
        ArrayNode arr = f.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          arr.add(readTree(p));
        }
        return arr;
      case VALUE_TRUE:
      case VALUE_FALSE:
        String text = p.getText();
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
            ? f.booleanNode(t == JsonToken.VALUE_TRUE)
            : f.textNode(text);
      case VALUE_NUMBER_INT:
        return f.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        return f.numberNode(p.getDecimalValue());
      case VALUE_NULL:
        return f.nullNode();
      default:
        return f.textNode(p.getText());
    }
  }

  /**
   * Applies the overlay's {@code schemaFixes} to the description before anything reads it: per schema,
   * {@code remove} drops properties the description declares wrongly and {@code optional}
   * drops names from {@code required}, {@code retype} gives a property another scalar type; {@code
   * schemaAdditions} adds schemas the description lacks (each fix's reason is in
   * docs/codegen.md). A fix naming an unknown schema or property fails the generator.
   */
  OpenApiReader fix(JsonNode fixes, JsonNode additions) {
    for (Iterator<Map.Entry<String, JsonNode>> it = additions.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      ObjectNode schemas = (ObjectNode) root.path("components").path("schemas");
      if (schemas.has(e.getKey())) {
        throw new IllegalStateException(sourceName + ": schemaAdditions: " + e.getKey() + " exists already");
      }
      schemas.set(e.getKey(), e.getValue());
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = fixes.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode s = root.path("components").path("schemas").path(e.getKey());
      if (!s.isObject()) {
        throw new IllegalStateException(sourceName + ": schemaFixes names unknown schema " + e.getKey());
      }
      for (JsonNode field : e.getValue().path("remove")) {
        if (((ObjectNode) s.path("properties")).remove(field.asText()) == null) {
          throw new IllegalStateException(sourceName + ": schemaFixes: " + e.getKey() + " has no property " + field.asText());
        }
        optional(s, field.asText());
      }
      for (Iterator<Map.Entry<String, JsonNode>> t = e.getValue().path("retype").fields(); t.hasNext(); ) {
        Map.Entry<String, JsonNode> r = t.next();
        if (!s.path("properties").has(r.getKey())) {
          throw new IllegalStateException(sourceName + ": schemaFixes: " + e.getKey() + " has no property " + r.getKey());
        }
        ObjectNode prop = JsonNodeFactory.instance.objectNode();
        prop.put("type", r.getValue().asText());
        ((ObjectNode) s.path("properties")).set(r.getKey(), prop);
      }
      for (JsonNode field : e.getValue().path("optional")) {
        if (!optional(s, field.asText())) {
          throw new IllegalStateException(sourceName + ": schemaFixes: " + e.getKey() + " does not require " + field.asText());
        }
      }
    }
    return this;
  }

  /** Drops a name from a schema's required list; false when it was not there. */
  private static boolean optional(JsonNode s, String field) {
    boolean found = false;
    JsonNode required = s.path("required");
    for (int i = required.size() - 1; i >= 0; i--) {
      if (required.get(i).asText().equals(field)) {
        ((ArrayNode) required).remove(i);
        found = true;
      }
    }
    return found;
  }

  JsonNode root() {
    return root;
  }

  /**
   * Selects the schemas reachable from the given operations, each written {@code "METHOD /path"}.
   */
  ModelSet select(String apiLabel, String packageName, List<String> operations) {
    return select(apiLabel, packageName, operations, List.of(), List.of());
  }

  /**
   * As {@link #select(String, String, List)}, plus request schemas the overlay puts in place of the
   * described ones, and schemas the service sends on its own (webhook events): received, never
   * request-side.
   */
  ModelSet select(String apiLabel, String packageName, List<String> operations, List<String> extraRequestRoots,
      List<String> receivedRoots) {
    Set<String> all = new TreeSet<>(extraRequestRoots);
    all.addAll(receivedRoots);
    Set<String> requestRoots = new TreeSet<>(extraRequestRoots);
    Set<String> responseRoots = new TreeSet<>(receivedRoots);
    for (String op : operations) {
      String[] parts = op.split(" ", 2);
      JsonNode operation = root.path("paths").path(parts[1]).path(parts[0].toLowerCase(java.util.Locale.ROOT));
      if (operation.isMissingNode()) {
        throw new IllegalStateException(sourceName + ": no operation " + op);
      }
      collectRefs(operation, all);
      collectRefs(operation.path("requestBody"), requestRoots);
      collectRefs(operation.path("parameters"), requestRoots);
      collectRefs(operation.path("responses"), responseRoots);
    }
    SchemaTypes types = new SchemaTypes(OpenApiReader::refName, false);
    Set<String> closure = ModelSet.closure(all, n -> schema(n, types, false));
    Set<String> requestSide = ModelSet.closure(requestRoots, n -> schema(n, types, false));
    requestSide.removeAll(ModelSet.closure(responseRoots, n -> schema(n, types, false)));
    List<SchemaDef> defs = new ArrayList<>();
    for (String name : closure) {
      defs.add(schema(name, types, requestSide.contains(name)));
    }
    return new ModelSet(sourceName, apiLabel, packageName, defs);
  }

  /** Webhook event schemas: named {@code *Event} with both a {@code type} and a {@code created_at}. */
  List<String> eventSchemas() {
    List<String> out = new ArrayList<>();
    Iterator<String> names = root.path("components").path("schemas").fieldNames();
    while (names.hasNext()) {
      String n = names.next();
      JsonNode props = root.path("components").path("schemas").path(n).path("properties");
      if (n.endsWith("Event") && props.has("type") && props.has("created_at")) {
        out.add(n);
      }
    }
    return out;
  }

  private SchemaDef schema(String name, SchemaTypes types, boolean requestSide) {
    JsonNode s = root.path("components").path("schemas").path(name);
    if (!s.isObject()) {
      throw new IllegalStateException(sourceName + ": schema " + name + " not found");
    }
    Set<String> required = new HashSet<>();
    for (JsonNode r : s.path("required")) {
      required.add(r.asText());
    }
    List<PropertyDef> props = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode p = e.getValue();
      props.add(new PropertyDef(e.getKey(), types.typeOf(p, name + "." + e.getKey()),
          required.contains(e.getKey()), p.path("readOnly").asBoolean(false),
          p.path("deprecated").asBoolean(false)));
    }
    return new SchemaDef(name, props, requestSide);
  }

  static String refName(String ref) {
    if (!ref.startsWith(SCHEMA_PREFIX)) {
      throw new IllegalStateException("unsupported reference " + ref);
    }
    return ref.substring(SCHEMA_PREFIX.length());
  }

  private static void collectRefs(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("$ref") && e.getValue().isTextual()) {
          out.add(refName(e.getValue().asText()));
        } else {
          collectRefs(e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        collectRefs(n, out);
      }
    }
  }
}
