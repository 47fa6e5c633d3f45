package dev.chatsdk.codegen;

import java.util.List;
import java.util.Objects;

/** The type of one property in the intermediate model, independent of the source format. */
final class TypeRef {
  enum Kind { STRING, INTEGER, LONG, DOUBLE, BOOLEAN, INSTANT, ANY, REF, ENUM, LIST, MAP }

  final Kind kind;
  /** Schema name for {@link Kind#REF}. */
  final String refName;
  /** Element type of a list, value type of a map. */
  final TypeRef element;
  /** Values of an inline enum, in spec order. */
  final List<String> enumValues;
  /** For {@link Kind#LONG}: written and read as a JSON string (Google's int64 convention). */
  final boolean asString;

  private TypeRef(Kind kind, String refName, TypeRef element, List<String> enumValues, boolean asString) {
    this.kind = kind;
    this.refName = refName;
    this.element = element;
    this.enumValues = enumValues;
    this.asString = asString;
  }

  static TypeRef of(Kind kind) {
    return new TypeRef(kind, null, null, List.of(), false);
  }

  static TypeRef int64(boolean asString) {
    return new TypeRef(Kind.LONG, null, null, List.of(), asString);
  }

  static TypeRef ref(String name) {
    return new TypeRef(Kind.REF, Objects.requireNonNull(name), null, List.of(), false);
  }

  static TypeRef enumOf(List<String> values) {
    return new TypeRef(Kind.ENUM, null, null, List.copyOf(values), false);
  }

  static TypeRef list(TypeRef element) {
    return new TypeRef(Kind.LIST, null, element, List.of(), false);
  }

  static TypeRef map(TypeRef value) {
    return new TypeRef(Kind.MAP, null, value, List.of(), false);
  }

  boolean isCollection() {
    return kind == Kind.LIST || kind == Kind.MAP;
  }

  /** The innermost non-collection type (for lists of lists, maps of lists ...). */
  TypeRef leaf() {
    TypeRef t = this;
    while (t.isCollection()) {
      t = t.element;
    }
    return t;
  }
}
