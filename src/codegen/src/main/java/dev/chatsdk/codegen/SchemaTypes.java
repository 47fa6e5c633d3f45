package dev.chatsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps a JSON-Schema-like property (OpenAPI 3 schema object or discovery schema) to a {@link TypeRef}.
 * Both front ends share it; they differ only in how a reference names its schema and whether int64
 * values travel as JSON strings.
 */
final class SchemaTypes {
  private final Function<String, String> refToName;
  private final boolean int64AsString;

  SchemaTypes(Function<String, String> refToName, boolean int64AsString) {
    this.refToName = refToName;
    this.int64AsString = int64AsString;
  }

  TypeRef typeOf(JsonNode s, String where) {
    if (s == null || s.isMissingNode() || s.isNull() || s.isBoolean()) {
      return TypeRef.of(TypeRef.Kind.ANY);
    }
    if (s.has("$ref")) {
      return TypeRef.ref(refToName.apply(s.get("$ref").asText()));
    }
    JsonNode allOf = s.get("allOf");
    if (allOf != null && allOf.size() == 1 && allOf.get(0).has("$ref")) {
      return TypeRef.ref(refToName.apply(allOf.get(0).get("$ref").asText()));
    }
    String type = s.path("type").asText("");
    String format = s.path("format").asText("");
    if (s.has("enum") && (type.isEmpty() || type.equals("string"))) {
      List<String> values = new ArrayList<>();
      for (JsonNode v : s.get("enum")) {
        if (!v.isTextual()) {
          // A YAML 1.1 reader turns `no` into false; the enum must keep the text it was written with.
          throw new IllegalStateException(where + ": enum value " + v + " is not a string");
        }
        if (!values.contains(v.asText())) {
          values.add(v.asText());
        }
      }
      return TypeRef.enumOf(values);
    }
    switch (type) {
      case "string":
        if (format.equals("date-time") || format.equals("google-datetime")) {
          return TypeRef.of(TypeRef.Kind.INSTANT);
        }
        // Discovery documents declare int64 as a string with format int64: a Long on the wire as text.
        return format.equals("int64") || format.equals("uint64")
            ? TypeRef.int64(true)
            : TypeRef.of(TypeRef.Kind.STRING);
      case "integer":
        return format.equals("int64") || format.equals("uint64")
            ? TypeRef.int64(int64AsString)
            : TypeRef.of(TypeRef.Kind.INTEGER);
      case "number":
        return TypeRef.of(TypeRef.Kind.DOUBLE);
      case "boolean":
        return TypeRef.of(TypeRef.Kind.BOOLEAN);
      case "array":
        return TypeRef.list(typeOf(s.get("items"), where + "[]"));
      case "object":
        JsonNode ap = s.get("additionalProperties");
        if (ap != null && ap.isObject() && ap.size() > 0) {
          return TypeRef.map(typeOf(ap, where + "{}"));
        }
        if (s.has("properties") && s.get("properties").size() > 0) {
          throw new IllegalStateException(where + ": inline object schemas with properties are not supported");
        }
        return TypeRef.map(TypeRef.of(TypeRef.Kind.ANY));
      case "":
      case "any":
        return TypeRef.of(TypeRef.Kind.ANY);
      default:
        throw new IllegalStateException(where + ": unsupported type " + type);
    }
  }
}
