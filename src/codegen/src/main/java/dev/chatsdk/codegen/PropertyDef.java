package dev.chatsdk.codegen;

/** One property of a schema in the intermediate model. */
final class PropertyDef {
  /** Name on the wire, e.g. {@code created_at}. */
  final String jsonName;
  final TypeRef type;
  final boolean required;
  final boolean readOnly;
  final boolean deprecated;

  PropertyDef(String jsonName, TypeRef type, boolean required, boolean readOnly, boolean deprecated) {
    this.jsonName = jsonName;
    this.type = type;
    this.required = required;
    this.readOnly = readOnly;
    this.deprecated = deprecated;
  }
}
