package dev.chatsdk.codegen;

import java.util.List;

/** One object schema of the intermediate model: becomes one Java class. */
final class SchemaDef {
  final String name;
  /** Properties in source order. */
  final List<PropertyDef> properties;
  /**
   * Reachable from a request (body or JSON-encoded query parameter) and from no response:
   * {@code build()} checks its required fields.
   */
  final boolean requestSide;

  SchemaDef(String name, List<PropertyDef> properties, boolean requestSide) {
    this.name = name;
    this.properties = List.copyOf(properties);
    this.requestSide = requestSide;
  }
}
