package dev.chatsdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A light structural check of JSON responses against the specs: finds the operation for a method
 * and concrete path, then checks required fields, the JSON types of present fields (recursively),
 * date-time formats and, where a schema does not allow extra fields, unknown fields.
 */
final class SpecSchemas {
  /** One operation of a spec. */
  static final class Operation {
    final String id;
    final String method;
    final Pattern path;
    final Map<String, JsonNode> responses = new LinkedHashMap<>();

    Operation(String id, String method, Pattern path) {
      this.id = id;
      this.method = method;
      this.path = path;
    }
  }

  private final JsonNode schemas;
  private final boolean openApi;
  private final List<Operation> operations = new ArrayList<>();

  private SpecSchemas(JsonNode schemas, boolean openApi) {
    this.schemas = schemas;
    this.openApi = openApi;
  }

  /** The Stream OpenAPI document. */
  static SpecSchemas stream(Path yaml) throws IOException {
    JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
    SpecSchemas s = new SpecSchemas(doc.at("/components/schemas"), true);
    Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      Iterator<Map.Entry<String, JsonNode>> methods = p.getValue().properties().iterator();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> m = methods.next();
        if (!m.getValue().has("operationId")) {
          continue;
        }
        Operation op = new Operation(m.getValue().get("operationId").asText(), m.getKey().toUpperCase(),
            Pattern.compile(p.getKey().replaceAll("\\{[^}]+}", "[^/]+")));
        Iterator<Map.Entry<String, JsonNode>> responses = m.getValue().path("responses").properties().iterator();
        while (responses.hasNext()) {
          Map.Entry<String, JsonNode> r = responses.next();
          JsonNode schema = r.getValue().at("/content/application~1json/schema");
          if (!schema.isMissingNode()) {
            op.responses.put(r.getKey(), schema);
          }
        }
        s.operations.add(op);
      }
    }
    return s;
  }

  /** The Google discovery document. */
  static SpecSchemas googleDiscovery(Path json) throws IOException {
    JsonNode doc = new ObjectMapper().readTree(json.toFile());
    SpecSchemas s = new SpecSchemas(doc.get("schemas"), false);
    s.collect(doc.get("resources"), "");
    return s;
  }

  private void collect(JsonNode resources, String prefix) {
    Iterator<Map.Entry<String, JsonNode>> it = resources.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> r = it.next();
      Iterator<Map.Entry<String, JsonNode>> methods = r.getValue().path("methods").properties().iterator();
      while (methods.hasNext()) {
        Map.Entry<String, JsonNode> m = methods.next();
        JsonNode def = m.getValue();
        String id = prefix + r.getKey() + "." + m.getKey();
        String path = "/" + def.get("flatPath").asText();
        if (id.equals("media.download")) {
          path = "/v1/media/.+";
        } else {
          path = path.replaceAll("\\{[^}]+}", "[^/:]+");
        }
        Operation op = new Operation(id, def.get("httpMethod").asText(), Pattern.compile(Pattern.quote("") + path));
        if (def.has("response")) {
          op.responses.put("200", def.get("response"));
        }
        operations.add(op);
        JsonNode upload = def.at("/mediaUpload/protocols/simple/path");
        if (!upload.isMissingNode()) {
          Operation up = new Operation(id, def.get("httpMethod").asText(),
              Pattern.compile(upload.asText().replace("{+parent}", "spaces/[^/]+")));
          up.responses.putAll(op.responses);
          operations.add(up);
        }
      }
      collect(r.getValue().path("resources"), prefix + r.getKey() + ".");
    }
  }

  /** The operation for a method and concrete path (the one with the fewest parameters), or null. */
  Operation find(String method, String path) {
    Operation best = null;
    for (Operation op : operations) {
      if (op.method.equals(method) && op.path.matcher(path).matches()
          && (best == null || params(op) < params(best))) {
        best = op;
      }
    }
    return best;
  }

  private static int params(Operation op) {
    return op.path.pattern().split("\\[\\^/", -1).length;
  }

  /** Problems with a response body, empty when it fits the schema for that status. */
  List<String> check(Operation op, int status, JsonNode body) {
    List<String> problems = new ArrayList<>();
    JsonNode schema = op.responses.get(Integer.toString(status));
    if (schema == null) {
      problems.add(op.id + ": the spec has no JSON response for status " + status);
      return problems;
    }
    check(schema, body, "$", problems, 0);
    return problems;
  }

  private JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    while (ref != null) {
      String name = ref.asText();
      schema = schemas.get(openApi ? name.substring(name.lastIndexOf('/') + 1) : name);
      ref = schema.get("$ref");
    }
    return schema;
  }

  private void check(JsonNode schema, JsonNode value, String where, List<String> problems, int depth) {
    if (depth > 40) {
      return;
    }
    schema = resolve(schema);
    if (schema.has("allOf")) {
      for (JsonNode part : schema.get("allOf")) {
        check(part, value, where, problems, depth + 1);
      }
      return;
    }
    if (value.isNull()) {
      problems.add(where + ": null (the emulator should omit the field instead)");
      return;
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "");
    switch (type) {
      case "object":
        if (!value.isObject()) {
          problems.add(where + ": expected an object, got " + value.getNodeType());
          return;
        }
        for (JsonNode req : schema.path("required")) {
          if (!value.has(req.asText())) {
            problems.add(where + ": required field '" + req.asText() + "' is missing");
          }
        }
        JsonNode props = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        Iterator<Map.Entry<String, JsonNode>> fields = value.properties().iterator();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> f = fields.next();
          JsonNode prop = props.get(f.getKey());
          if (prop != null) {
            check(prop, f.getValue(), where + "." + f.getKey(), problems, depth + 1);
          } else if (additional != null && additional.isObject()) {
            check(additional, f.getValue(), where + "." + f.getKey(), problems, depth + 1);
          } else if (additional == null || additional.isBoolean() && !additional.asBoolean()) {
            problems.add(where + ": field '" + f.getKey() + "' is not in the schema");
          }
        }
        return;
      case "array":
        if (!value.isArray()) {
          problems.add(where + ": expected an array, got " + value.getNodeType());
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(schema.path("items"), value.get(i), where + "[" + i + "]", problems, depth + 1);
        }
        return;
      case "string":
        if (!value.isTextual()) {
          problems.add(where + ": expected a string, got " + value.getNodeType());
          return;
        }
        String format = schema.path("format").asText("");
        if (format.equals("date-time") || format.equals("google-datetime")) {
          try {
            OffsetDateTime.parse(value.asText());
          } catch (DateTimeParseException e) {
            problems.add(where + ": '" + value.asText() + "' is not an RFC 3339 date-time");
          }
        }
        return;
      case "integer":
        if (!value.isIntegralNumber()) {
          problems.add(where + ": expected an integer, got " + value.getNodeType());
        }
        return;
      case "number":
        if (!value.isNumber()) {
          problems.add(where + ": expected a number, got " + value.getNodeType());
        }
        return;
      case "boolean":
        if (!value.isBoolean()) {
          problems.add(where + ": expected a boolean, got " + value.getNodeType());
        }
        return;
      default:
        // no type constraint
    }
  }
}
