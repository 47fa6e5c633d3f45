package dev.chatsdk.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything the API and params writers need for one backend: packages, class docs, operations. */
final class ApiSpec {
  final String sourceName;
  final String overlayName;
  final String apiPackage;
  final String paramsPackage;
  final String modelPackage;
  /** Prefix of the description's ids that the SDK leaves out ({@code chat.} for Google). */
  final String idPrefix;
  /** What the description calls an operation, for Javadoc: {@code method} (discovery) or {@code operation} (OpenAPI). */
  final String idLabel;
  final List<OperationDef> operations;
  /** Class name to its Javadoc text (own words, from the overlay). */
  final Map<String, String> classDocs = new LinkedHashMap<>();
  /** Class name to the client method that returns it ({@code SpacesApi} -> {@code spaces}). */
  final Map<String, String> accessors = new LinkedHashMap<>();
  final String apiLabel;
  final String clientClass;
  /** Class name to extra constant declarations (full lines). */
  final Map<String, List<String>> constants = new LinkedHashMap<>();

  ApiSpec(String sourceName, String overlayName, Overlay overlay, List<OperationDef> operations) {
    this.sourceName = sourceName;
    this.overlayName = overlayName;
    this.apiPackage = overlay.text("apiPackage");
    this.paramsPackage = overlay.text("paramsPackage");
    this.modelPackage = overlay.text("modelPackage");
    this.idPrefix = overlay.root.path("idPrefix").asText("");
    this.idLabel = overlay.root.path("idLabel").asText("method");
    this.operations = operations;
    this.apiLabel = overlay.text("apiLabel");
    this.clientClass = overlay.text("clientClass");
    overlay.node("classes").forEach(c -> {
      classDocs.put(c.path("name").asText(), c.path("javadoc").asText());
      accessors.put(c.path("name").asText(), c.path("accessor").asText());
    });
  }

  List<String> classJavadoc(String name) {
    String doc = classDocs.get(name);
    if (doc == null || doc.isBlank()) {
      throw new IllegalStateException("overlay has no javadoc for class " + name);
    }
    List<String> lines = new ArrayList<>();
    lines.add("/**");
    for (String l : doc.strip().split("\n", -1)) {
      lines.add(l.isBlank() ? " *" : " * " + l);
    }
    lines.add(" */");
    return lines;
  }

  List<String> classConstants(String name) {
    return constants.getOrDefault(name, List.of());
  }

  /** The schemas the operations use as bodies and responses, for the model selection. */
  List<String> schemaRoots() {
    List<String> roots = new ArrayList<>();
    for (OperationDef op : operations) {
      if (op.bodySchema != null) {
        roots.add(op.bodySchema);
      }
      if (op.mediaSchema != null) {
        roots.add(op.mediaSchema);
      }
      if (op.responseSchema != null) {
        roots.add(op.responseSchema);
      }
    }
    return roots;
  }
}
