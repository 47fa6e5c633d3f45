package dev.chatsdk.codegen;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/** The schemas selected from one API description, ready for the Java writer. */
final class ModelSet {
  /** File name of the description, for the generated header. */
  final String sourceName;
  /** Human name of the API for Javadoc, e.g. "Stream Chat". */
  final String apiLabel;
  final String packageName;
  /** Sorted by name. */
  final List<SchemaDef> schemas;
  /** Schema name to the fully qualified (hand-written) interface its class implements. */
  final Map<String, String> interfaces;

  ModelSet(String sourceName, String apiLabel, String packageName, List<SchemaDef> schemas) {
    this(sourceName, apiLabel, packageName, schemas, Map.of());
  }

  private ModelSet(String sourceName, String apiLabel, String packageName, List<SchemaDef> schemas,
      Map<String, String> interfaces) {
    this.sourceName = sourceName;
    this.apiLabel = apiLabel;
    this.packageName = packageName;
    this.schemas = List.copyOf(schemas);
    this.interfaces = Map.copyOf(interfaces);
  }

  /** A copy in which the classes of {@code names} implement {@code interfaceName}. */
  ModelSet implementing(List<String> names, String interfaceName) {
    Map<String, String> m = new java.util.HashMap<>(interfaces);
    for (String n : names) {
      m.put(n, interfaceName);
    }
    return new ModelSet(sourceName, apiLabel, packageName, schemas, m);
  }

  /** The names reachable from {@code roots} through properties (lists and maps included), sorted. */
  static Set<String> closure(Set<String> roots, Function<String, SchemaDef> lookup) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      for (PropertyDef p : lookup.apply(name).properties) {
        TypeRef leaf = p.type.leaf();
        if (leaf.kind == TypeRef.Kind.REF && !seen.contains(leaf.refName)) {
          todo.push(leaf.refName);
        }
      }
    }
    return seen;
  }
}
