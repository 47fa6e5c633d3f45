package dev.chatsdk.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes one Java source per schema (using core's {@code ModelSupport} helper), as plain
 * text. Output depends only on the {@link ModelSet}: stable order, no dates, {@code \n} line ends.
 */
final class JavaWriter {
  static final String GENERATOR = "dev.chatsdk.codegen";
  static final String SUPPORT = "ModelSupport";

  private static final Set<String> RESERVED_TYPE_NAMES = Set.of("Builder", SUPPORT, "OpenEnum", "String",
      "Object", "Integer", "Long", "Double", "Boolean", "Override", "List", "Map", "Objects", "Instant",
      "Nullable", "Generated", "SuppressWarnings", "Deprecated", "JsonProperty", "JsonFormat", "JsonInclude",
      "JsonAutoDetect", "JsonAnyGetter", "JsonAnySetter", "JsonCreator", "JsonDeserialize", "JsonPOJOBuilder");
  private static final Set<String> RESERVED_MEMBERS = Set.of("additionalProperties", "putAdditionalProperty",
      "build", "buildFromJson", "builder", "toBuilder", "hashCode", "equals", "toString", "class");

  private final ModelSet set;
  private final Set<String> schemaNames = new HashSet<>();

  JavaWriter(ModelSet set) {
    this.set = set;
    for (SchemaDef d : set.schemas) {
      schemaNames.add(d.name);
    }
  }

  /** The getter the model writer gives a JSON field (API classes call it on responses). */
  static String getter(String jsonName) {
    String base = Names.identifier(Names.camel(jsonName));
    if (RESERVED_MEMBERS.contains(base)) {
      base = base + "Value";
    }
    return "get" + Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }

  /** File name to content, sorted by file name. */
  Map<String, String> write() {
    Map<String, String> files = new TreeMap<>();
    for (SchemaDef d : set.schemas) {
      files.put(d.name + ".java", new ClassWriter(d).write());
    }
    return files;
  }

  /** Java-side view of one property. */
  private static final class Prop {
    PropertyDef def;
    String field;
    String upper;
    String enumName;
    String adder;
    boolean secret;

    boolean collection() {
      return def.type.isCollection();
    }
  }

  private final class ClassWriter {
    private final SchemaDef d;
    private final List<Prop> props = new ArrayList<>();
    private final Set<String> imports = new TreeSet<>();
    private final StringBuilder out = new StringBuilder();

    ClassWriter(SchemaDef d) {
      this.d = d;
      Set<String> fields = new HashSet<>();
      Set<String> typeNames = new HashSet<>();
      Set<String> methods = new HashSet<>(RESERVED_MEMBERS);
      for (PropertyDef p : d.properties) {
        Prop jp = new Prop();
        jp.def = p;
        String base = Names.identifier(Names.camel(p.jsonName));
        if (RESERVED_MEMBERS.contains(base)) {
          base = base + "Value";
        }
        String name = base;
        for (int i = 2; !fields.add(name); i++) {
          name = base + i;
        }
        jp.field = name;
        methods.add(name);
        jp.upper = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        jp.secret = Names.isSecret(p.jsonName);
        if (p.type.leaf().kind == TypeRef.Kind.ENUM) {
          String en = jp.upper;
          if (RESERVED_TYPE_NAMES.contains(en) || schemaNames.contains(en) || en.equals(d.name)) {
            en = en + "Value";
          }
          String e = en;
          for (int i = 2; !typeNames.add(e); i++) {
            e = en + i;
          }
          jp.enumName = e;
        }
        props.add(jp);
      }
      for (Prop p : props) {
        if (!p.collection()) {
          continue;
        }
        String adder = (p.def.type.kind == TypeRef.Kind.LIST ? "add" + Names.singular(p.upper) : "put" + p.upper);
        if (!methods.add(adder)) {
          adder = p.def.type.kind == TypeRef.Kind.LIST ? "addTo" + p.upper : "putInto" + p.upper;
          if (!methods.add(adder)) {
            adder = null;
          }
        }
        p.adder = adder;
      }
    }

    private String type(TypeRef t, Prop p) {
      switch (t.kind) {
        case STRING:
          return "String";
        case INTEGER:
          return "Integer";
        case LONG:
          return "Long";
        case DOUBLE:
          return "Double";
        case BOOLEAN:
          return "Boolean";
        case INSTANT:
          imports.add("java.time.Instant");
          return "Instant";
        case ANY:
          return "Object";
        case REF:
          return t.refName;
        case ENUM:
          return p.enumName;
        case LIST:
          imports.add("java.util.List");
          return "List<" + type(t.element, p) + ">";
        case MAP:
          imports.add("java.util.Map");
          return "Map<String, " + type(t.element, p) + ">";
        default:
          throw new IllegalStateException(t.kind.name());
      }
    }

    /** Parameter type of the builder setter: accepts lists and maps of subtypes. */
    private String paramType(Prop p) {
      TypeRef t = p.def.type;
      if (t.kind == TypeRef.Kind.LIST) {
        return "List<? extends " + type(t.element, p) + ">";
      }
      if (t.kind == TypeRef.Kind.MAP) {
        return "Map<String, ? extends " + type(t.element, p) + ">";
      }
      return type(t, p);
    }

    private void line(String s) {
      out.append(s).append('\n');
    }

    /** What a value of this type is, in words, with links to the model and enum classes. */
    private String typeFact(TypeRef t, Prop p) {
      switch (t.kind) {
        case STRING:
          return "text";
        case INTEGER:
          return "a 32-bit integer";
        case LONG:
          return t.asString ? "a 64-bit integer, sent as a JSON string" : "a 64-bit integer";
        case DOUBLE:
          return "a number";
        case BOOLEAN:
          return "true or false";
        case INSTANT:
          return "an RFC 3339 date-time";
        case REF:
          return "a {@link " + t.refName + "}";
        case ENUM:
          return "one of the {@link " + p.enumName + "} values";
        case LIST:
          return "a list of which each element is " + typeFact(t.element, p);
        case MAP:
          return "a map from text keys to " + typeFact(t.element, p);
        default:
          return "any JSON value";
      }
    }

    private String javadocName(Prop p) {
      return "{@code " + p.def.jsonName.replace("@", "{@literal @}") + "}";
    }

    String write() {
      String n = d.name;
      // Body first (it collects the imports), then header + imports + body.
      writeBody(n);
      String body = out.toString();
      out.setLength(0);
      line("// Generated by " + GENERATOR + " from " + set.sourceName + " (schema " + n + ").");
      line("// Do not edit: change the generator or the description and regenerate (docs/codegen.md).");
      line("package " + set.packageName + ";");
      line("");
      for (String i : imports) {
        line("import " + i + ";");
      }
      line("");
      out.append(body);
      return out.toString();
    }

    private void writeBody(String n) {
      imports.add("com.fasterxml.jackson.annotation.JsonAnyGetter");
      imports.add("com.fasterxml.jackson.annotation.JsonAnySetter");
      imports.add("com.fasterxml.jackson.annotation.JsonAutoDetect");
      imports.add("com.fasterxml.jackson.annotation.JsonInclude");
      imports.add("com.fasterxml.jackson.databind.annotation.JsonDeserialize");
      imports.add("com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder");
      imports.add("java.util.LinkedHashMap");
      imports.add("java.util.Map");
      imports.add("dev.chatsdk.core.internal.ModelSupport");
      imports.add("java.util.Objects");
      imports.add("javax.annotation.processing.Generated");
      imports.add("org.jspecify.annotations.Nullable");
      if (!props.isEmpty()) {
        imports.add("com.fasterxml.jackson.annotation.JsonProperty");
      }

      line("/**");
      line(" * The {@code " + n + "} object of the " + set.apiLabel + " API.");
      line(" *");
      line(" * <p>Immutable; create one with {@link #builder()} and copy it with {@link #toBuilder()}. Fields the");
      line(" * SDK does not know are kept in {@link #getAdditionalProperties()} and written back.");
      line(" */");
      line("@Generated(\"" + GENERATOR + "\")");
      line("@JsonAutoDetect(");
      line("    fieldVisibility = JsonAutoDetect.Visibility.NONE,");
      line("    getterVisibility = JsonAutoDetect.Visibility.NONE,");
      line("    isGetterVisibility = JsonAutoDetect.Visibility.NONE,");
      line("    setterVisibility = JsonAutoDetect.Visibility.NONE,");
      line("    creatorVisibility = JsonAutoDetect.Visibility.NONE)");
      line("@JsonInclude(JsonInclude.Include.NON_NULL)");
      line("@JsonDeserialize(builder = " + n + ".Builder.class)");
      String iface = set.interfaces.get(n);
      if (iface != null) {
        imports.add(iface);
      }
      line("public final class " + n + (iface == null ? "" : " implements " + iface.substring(iface.lastIndexOf('.') + 1))
          + " {");
      for (Prop p : props) {
        line("  @JsonProperty(\"" + p.def.jsonName + "\")");
        if (p.def.type.kind == TypeRef.Kind.MAP) {
          line("  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)");
        }
        format(p, "  ");
        line("  private final " + fieldType(p) + " " + p.field + ";");
        line("");
      }
      line("  private final Map<String, Object> additionalProperties;");
      line("");
      boolean requiredCollections = props.stream().anyMatch(p -> p.collection() && p.def.required);
      if (requiredCollections) {
        line("  /** {@code built}: made by {@link Builder#build()}, so unset required collections become empty. */");
      }
      line("  private " + n + "(Builder b" + (requiredCollections ? ", boolean built" : "") + ") {");
      for (Prop p : props) {
        String v = "b." + p.field;
        if (p.collection()) {
          v = p.def.required
              ? "built ? " + SUPPORT + ".freezeOrEmpty(" + v + ") : " + SUPPORT + ".freeze(" + v + ")"
              : SUPPORT + ".freeze(" + v + ")";
        }
        line("    this." + p.field + " = " + v + ";");
      }
      line("    this.additionalProperties = " + SUPPORT + ".freezeOrEmpty(b.additionalProperties);");
      line("  }");
      line("");
      line("  /**");
      line("   * A new, empty builder.");
      line("   *");
      line("   * @return the builder");
      line("   */");
      line("  public static Builder builder() {");
      line("    return new Builder();");
      line("  }");
      line("");
      line("  /**");
      line("   * A builder holding this object's values, to make a changed copy.");
      line("   *");
      line("   * @return the builder");
      line("   */");
      line("  public Builder toBuilder() {");
      line("    return new Builder(this);");
      line("  }");
      for (Prop p : props) {
        line("");
        line("  /**");
        line("   * The " + javadocName(p) + " field: " + typeFact(p.def.type, p) + "." + notes(p));
        line("   *");
        line("   * @return " + (p.collection() ? "the value, empty when unset" : p.def.required ? "the value" : "the value, or null when unset"));
        line("   */");
        if (p.collection()) {
          line("  public " + type(p.def.type, p) + " get" + p.upper + "() {");
          line("    return " + SUPPORT + ".orEmpty(" + p.field + ");");
        } else {
          line("  public " + fieldType(p) + " get" + p.upper + "() {");
          line("    return " + p.field + ";");
        }
        line("  }");
      }
      line("");
      line("  /**");
      line("   * Fields received or set that this class does not declare.");
      line("   *");
      line("   * @return them, never null, unmodifiable");
      line("   */");
      line("  @JsonAnyGetter");
      line("  @JsonInclude(value = JsonInclude.Include.NON_NULL, content = JsonInclude.Include.ALWAYS)");
      line("  public Map<String, Object> getAdditionalProperties() {");
      line("    return additionalProperties;");
      line("  }");
      writeEqualsHashCodeToString(n);
      writeBuilder(n);
      for (Prop p : props) {
        if (p.enumName != null) {
          out.append(OpenEnumWriter.nested(p.enumName, javadocName(p), p.def.type.leaf().enumValues, imports));
        }
      }
      line("}");
    }

    private String notes(Prop p) {
      StringBuilder s = new StringBuilder();
      if (p.def.required) {
        s.append(" Required.");
      }
      if (p.def.readOnly) {
        s.append(" Set by the server.");
      }
      if (p.def.deprecated) {
        s.append(" Deprecated by the service.");
      }
      if (p.collection()) {
        s.append(" Never null: empty when unset.");
      }
      return s.toString();
    }

    /** Field type: optional values and optional collections are nullable (unset). */
    private String fieldType(Prop p) {
      String t = type(p.def.type, p);
      return p.def.required && !p.collection() ? t : "@Nullable " + t;
    }

    private void format(Prop p, String indent) {
      if (p.def.type.kind == TypeRef.Kind.LONG && p.def.type.asString) {
        imports.add("com.fasterxml.jackson.annotation.JsonFormat");
        line(indent + "@JsonFormat(shape = JsonFormat.Shape.STRING)");
      } else if (p.def.type.isCollection() && p.def.type.leaf().kind == TypeRef.Kind.LONG
          && p.def.type.leaf().asString) {
        throw new IllegalStateException(d.name + "." + p.def.jsonName + ": collections of string-encoded int64");
      }
    }

    private void writeEqualsHashCodeToString(String n) {
      line("");
      line("  @Override");
      line("  public boolean equals(@Nullable Object o) {");
      line("    if (this == o) {");
      line("      return true;");
      line("    }");
      line("    if (!(o instanceof " + n + ")) {");
      line("      return false;");
      line("    }");
      line("    " + n + " that = (" + n + ") o;");
      StringBuilder eq = new StringBuilder("    return ");
      for (Prop p : props) {
        eq.append("Objects.equals(").append(p.field).append(", that.").append(p.field).append(")\n        && ");
      }
      eq.append("additionalProperties.equals(that.additionalProperties);");
      line(eq.toString());
      line("  }");
      line("");
      line("  @Override");
      line("  public int hashCode() {");
      StringBuilder h = new StringBuilder("    return Objects.hash(");
      int col = h.length();
      for (Prop p : props) {
        String part = p.field + ", ";
        if (col + part.length() > 100) {
          h.append("\n        ");
          col = 8;
        }
        h.append(part);
        col += part.length();
      }
      h.append("additionalProperties);");
      line(h.toString());
      line("  }");
      line("");
      line("  /** Field values for debugging; values of fields that can hold secrets are printed as {@code ***}. */");
      line("  @Override");
      line("  public String toString() {");
      line("    return new " + SUPPORT + ".ToString(\"" + n + "\")");
      for (Prop p : props) {
        line("        ." + (p.secret ? "secret" : "add") + "(\"" + p.field + "\", " + p.field + ")");
      }
      line("        .additional(additionalProperties)");
      line("        .toString();");
      line("  }");
    }

    private void writeBuilder(String n) {
      line("");
      line("  /** Builder of {@link " + n + "}. Not thread-safe. */");
      line("  @JsonPOJOBuilder(withPrefix = \"\", buildMethodName = \"buildFromJson\")");
      line("  @JsonAutoDetect(");
      line("      fieldVisibility = JsonAutoDetect.Visibility.NONE,");
      line("      getterVisibility = JsonAutoDetect.Visibility.NONE,");
      line("      isGetterVisibility = JsonAutoDetect.Visibility.NONE,");
      line("      setterVisibility = JsonAutoDetect.Visibility.NONE,");
      line("      creatorVisibility = JsonAutoDetect.Visibility.NONE)");
      line("  public static final class Builder {");
      for (Prop p : props) {
        line("    private @Nullable " + type(p.def.type, p) + " " + p.field + ";");
      }
      line("    private final Map<String, Object> additionalProperties = new LinkedHashMap<>();");
      line("");
      line("    private Builder() {}");
      line("");
      line("    private Builder(" + n + " source) {");
      for (Prop p : props) {
        String v = "source." + p.field;
        if (p.collection()) {
          v = SUPPORT + ".mutable(" + v + ")";
        }
        line("      this." + p.field + " = " + v + ";");
      }
      line("      this.additionalProperties.putAll(source.additionalProperties);");
      line("    }");
      for (Prop p : props) {
        line("");
        line("    /**");
        line("     * Sets the " + javadocName(p) + " field: " + typeFact(p.def.type, p) + ".");
        line("     *");
        line("     * @param " + p.field + " the value; {@code null} leaves the field unset");
        line("     * @return this builder");
        line("     */");
        line("    @JsonProperty(\"" + p.def.jsonName + "\")");
        format(p, "    ");
        line("    public Builder " + p.field + "(@Nullable " + paramType(p) + " " + p.field + ") {");
        if (p.collection()) {
          line("      this." + p.field + " = " + SUPPORT + ".mutable(" + p.field + ");");
        } else {
          line("      this." + p.field + " = " + p.field + ";");
        }
        line("      return this;");
        line("    }");
        if (p.adder != null) {
          line("");
          String elem = type(p.def.type.element, p);
          if (p.def.type.kind == TypeRef.Kind.LIST) {
            line("    /**");
            line("     * Adds one element to the " + javadocName(p) + " list.");
            line("     *");
            line("     * @param item the element");
            line("     * @return this builder");
            line("     */");
            line("    public Builder " + p.adder + "(" + elem + " item) {");
            line("      this." + p.field + " = " + SUPPORT + ".add(this." + p.field + ", item);");
          } else {
            line("    /**");
            line("     * Puts one entry into the " + javadocName(p) + " map.");
            line("     *");
            line("     * @param key the entry's key");
            line("     * @param value the entry's value");
            line("     * @return this builder");
            line("     */");
            line("    public Builder " + p.adder + "(String key, " + (elem.equals("Object") ? "@Nullable Object" : elem)
                + " value) {");
            line("      this." + p.field + " = " + SUPPORT + ".put(this." + p.field + ", key, value);");
          }
          line("      return this;");
          line("    }");
        }
      }
      line("");
      line("    /**");
      line("     * Sets a field this class does not declare; it is written to JSON as given. This is also how");
      line("     * custom data is attached.");
      line("     *");
      line("     * @param name the JSON name");
      line("     * @param value the value, written as JSON");
      line("     * @return this builder");
      line("     */");
      line("    @JsonAnySetter");
      line("    public Builder putAdditionalProperty(String name, @Nullable Object value) {");
      line("      this.additionalProperties.put(Objects.requireNonNull(name, \"name\"), value);");
      line("      return this;");
      line("    }");
      line("");
      line("    /**");
      line("     * Replaces all additional properties.");
      line("     *");
      line("     * @param properties the new ones");
      line("     * @return this builder");
      line("     */");
      line("    public Builder additionalProperties(Map<String, ?> properties) {");
      line("      this.additionalProperties.clear();");
      line("      this.additionalProperties.putAll(properties);");
      line("      return this;");
      line("    }");
      line("");
      List<Prop> required = new ArrayList<>();
      if (d.requestSide) {
        for (Prop p : props) {
          if (p.def.required && !p.def.readOnly && !p.collection()) {
            required.add(p);
          }
        }
      }
      line("    /**");
      line("     * Builds the immutable object.");
      line("     *");
      line("     * @return the object");
      if (!required.isEmpty()) {
        StringBuilder s = new StringBuilder();
        for (Prop p : required) {
          s.append(s.length() == 0 ? "" : ", ").append(javadocName(p));
        }
        line("     * @throws IllegalStateException if a required field is missing: " + s);
      }
      line("     */");
      line("    public " + n + " build() {");
      for (Prop p : required) {
        line("      " + SUPPORT + ".require(" + p.field + ", \"" + n + "." + p.def.jsonName + "\");");
      }
      boolean requiredCollections = props.stream().anyMatch(p -> p.collection() && p.def.required);
      line("      return new " + n + "(this" + (requiredCollections ? ", true" : "") + ");");
      line("    }");
      line("");
      line("    /**");
      line("     * Used by JSON decoding: never rejects a missing field, and keeps absent fields absent.");
      line("     *");
      line("     * @return the object");
      line("     */");
      line("    private " + n + " buildFromJson() {");
      line("      return new " + n + "(this" + (requiredCollections ? ", false" : "") + ");");
      line("    }");
      line("  }");
    }
  }
}
