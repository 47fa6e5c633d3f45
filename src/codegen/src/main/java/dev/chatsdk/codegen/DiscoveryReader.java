package dev.chatsdk.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Google API discovery document front end (plain Jackson JSON). Schemas live under {@code schemas},
 * references are bare schema names, {@code int64} values travel as JSON strings and
 * {@code google-datetime} is RFC 3339. Discovery documents mark no property as required.
 */
final class DiscoveryReader {
  private final JsonNode root;
  private final String sourceName;

  private DiscoveryReader(JsonNode root, String sourceName) {
    this.root = root;
    this.sourceName = sourceName;
  }

  static DiscoveryReader load(Path file) throws IOException {
    return new DiscoveryReader(new ObjectMapper().readTree(file.toFile()), file.getFileName().toString());
  }

  /** Selects the schemas reachable from the given methods, written like {@code spaces.members.list}. */
  ModelSet select(String apiLabel, String packageName, List<String> methods) {
    return select(apiLabel, packageName, methods, List.of());
  }

  /** Same, plus schemas the service sends on its own (app interaction events): received, never request-side. */
  ModelSet select(String apiLabel, String packageName, List<String> methods, List<String> receivedRoots) {
    Set<String> all = new TreeSet<>(receivedRoots);
    Set<String> requestRoots = new TreeSet<>();
    Set<String> responseRoots = new TreeSet<>(receivedRoots);
    for (String id : methods) {
      JsonNode method = method(id);
      if (method.has("request")) {
        String ref = method.path("request").path("$ref").asText();
        all.add(ref);
        requestRoots.add(ref);
      }
      if (method.has("response")) {
        String ref = method.path("response").path("$ref").asText();
        all.add(ref);
        responseRoots.add(ref);
      }
    }
    SchemaTypes types = new SchemaTypes(ref -> ref, true);
    Set<String> requestSide = ModelSet.closure(requestRoots, n -> schema(n, types, false));
    requestSide.removeAll(ModelSet.closure(responseRoots, n -> schema(n, types, false)));
    List<SchemaDef> defs = new ArrayList<>();
    for (String name : ModelSet.closure(all, n -> schema(n, types, false))) {
      defs.add(schema(name, types, requestSide.contains(name)));
    }
    return new ModelSet(sourceName, apiLabel, packageName, defs);
  }

  private JsonNode method(String id) {
    String[] parts = id.split("\\.");
    JsonNode node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = node.path("resources").path(parts[i]);
    }
    JsonNode method = node.path("methods").path(parts[parts.length - 1]);
    if (!method.isObject()) {
      throw new IllegalStateException(sourceName + ": no method " + id);
    }
    return method;
  }

  private SchemaDef schema(String name, SchemaTypes types, boolean requestSide) {
    JsonNode s = root.path("schemas").path(name);
    if (!s.isObject()) {
      throw new IllegalStateException(sourceName + ": schema " + name + " not found");
    }
    List<PropertyDef> props = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = s.path("properties").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode p = e.getValue();
      props.add(new PropertyDef(e.getKey(), types.typeOf(p, name + "." + e.getKey()), false,
          p.path("readOnly").asBoolean(false), p.path("deprecated").asBoolean(false)));
    }
    return new SchemaDef(name, props, requestSide);
  }
}
