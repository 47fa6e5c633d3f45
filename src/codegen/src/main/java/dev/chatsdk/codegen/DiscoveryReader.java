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

  JsonNode root() {
    return root;
  }

  /**
   * Selects the schemas reachable from the given root schemas (the bodies and responses of the
   * generated methods) and from schemas the service sends on its own (app interaction events), which
   * count as received, never request-side. A schema only requests reach is request-side: its
   * builder checks required fields.
   */
  ModelSet select(String apiLabel, String packageName, List<String> roots, List<String> receivedRoots) {
    Set<String> all = new TreeSet<>(roots);
    all.addAll(receivedRoots);
    Set<String> requestRoots = new TreeSet<>();
    Set<String> responseRoots = new TreeSet<>(receivedRoots);
    collectMethods(root.path("resources"), requestRoots, responseRoots);
    SchemaTypes types = new SchemaTypes(ref -> ref, true);
    Set<String> requestSide = ModelSet.closure(requestRoots, n -> schema(n, types, false));
    requestSide.removeAll(ModelSet.closure(responseRoots, n -> schema(n, types, false)));
    List<SchemaDef> defs = new ArrayList<>();
    for (String name : ModelSet.closure(all, n -> schema(n, types, false))) {
      defs.add(schema(name, types, requestSide.contains(name)));
    }
    return new ModelSet(sourceName, apiLabel, packageName, defs);
  }

  private static void collectMethods(JsonNode resources, Set<String> requests, Set<String> responses) {
    for (JsonNode resource : resources) {
      for (JsonNode m : resource.path("methods")) {
        if (m.has("request")) {
          requests.add(m.path("request").path("$ref").asText());
        }
        if (m.has("response")) {
          responses.add(m.path("response").path("$ref").asText());
        }
      }
      collectMethods(resource.path("resources"), requests, responses);
    }
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
