package dev.chatsdk.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes the {@code <Op>Params} classes (optional query parameters of one operation, on core's
 * {@code QueryParams}) and the open enums of enumerated query parameters.
 */
final class ParamsWriter {
  private final ApiSpec spec;

  ParamsWriter(ApiSpec spec) {
    this.spec = spec;
  }

  /** Java type of a parameter; adds the imports it needs. */
  static String javaType(ParamDef p, Set<String> imports, ApiSpec spec) {
    if (p.type.kind == TypeRef.Kind.LIST) {
      imports.add("java.util.List");
      return "List<" + scalar(p, p.type.element, imports, spec) + ">";
    }
    return scalar(p, p.type, imports, spec);
  }

  private static String scalar(ParamDef p, TypeRef t, Set<String> imports, ApiSpec spec) {
    if (p.javaType != null) {
      imports.add(spec.modelPackage + "." + p.javaType.substring(0, p.javaType.indexOf('.') < 0
          ? p.javaType.length() : p.javaType.indexOf('.')));
      return p.javaType;
    }
    switch (t.kind) {
      case ENUM:
        imports.add(spec.paramsPackage + "." + p.enumClass);
        return p.enumClass;
      case INTEGER:
        return "Integer";
      case LONG:
        return "Long";
      case BOOLEAN:
        return "Boolean";
      case DOUBLE:
        return "Double";
      case INSTANT:
        imports.add("java.time.Instant");
        return "Instant";
      default:
        return "String";
    }
  }

  /** The {@code ApiRequest.Builder} method that adds a parameter of this kind. */
  static String queryMethod(ParamDef p) {
    if ("json".equals(p.encoding)) {
      return "queryJson";
    }
    return "csv".equals(p.encoding) ? "queryCsv" : "query";
  }

  Map<String, String> write() {
    Map<String, String> files = new TreeMap<>();
    Map<String, List<String>> enums = new LinkedHashMap<>();
    for (OperationDef op : spec.operations) {
      if (op.hasParams()) {
        files.put(op.paramsClass + ".java", params(op));
      }
      for (ParamDef p : op.optional) {
        if (p.enumClass != null) {
          List<String> values = p.type.leaf().enumValues;
          List<String> known = enums.putIfAbsent(p.enumClass, values);
          if (known != null && !known.equals(values)) {
            throw new IllegalStateException("query enum " + p.enumClass + " has different values in " + op.id);
          }
        }
      }
    }
    for (Map.Entry<String, List<String>> e : enums.entrySet()) {
      files.put(e.getKey() + ".java", openEnum(e.getKey(), e.getValue()));
    }
    return files;
  }

  private String preamble(String what, Iterable<String> imports) {
    return JavaWriter.preamble(spec.sourceName + " and " + spec.overlayName + " (" + what + ")", true,
        spec.paramsPackage, imports);
  }

  private String params(OperationDef op) {
    Set<String> imports = new TreeSet<>();
    imports.add("dev.chatsdk.core.QueryParams");
    imports.add("javax.annotation.processing.Generated");
    imports.add("org.jspecify.annotations.Nullable");
    String n = op.paramsClass;
    List<String> getters = new ArrayList<>();
    List<String> setters = new ArrayList<>();
    for (ParamDef p : op.optional) {
      String type = javaType(p, imports, spec);
      String upper = Character.toUpperCase(p.javaName.charAt(0)) + p.javaName.substring(1);
      String deprecated = p.deprecated ? "  @Deprecated\n" : "";
      boolean list = p.type.kind == TypeRef.Kind.LIST;
      getters.add("  /**\n   * " + (p.form ? "Form field" : "Query parameter") + " {@code " + p.wireName + "}" + note(p)
          + ".\n   *\n   * @return the value, or null when unset\n   */\n" + deprecated
          + (list ? "  @SuppressWarnings(\"unchecked\")\n" : "")
          + "  public " + nullable(type) + " get" + upper + "() {\n"
          + "    return (" + type + ") get(\"" + p.wireName + "\");\n  }\n");
      StringBuilder s = new StringBuilder();
      s.append("    /**\n     * Sets {@code ").append(p.wireName).append("}").append(rangeNote(p))
          .append(".\n     *\n     * @param ").append(p.javaName).append(" the value; {@code null} unsets it\n")
          .append("     * @return this builder\n     */\n").append(deprecated.replace("  @", "    @"))
          .append("    public Builder ").append(p.javaName).append("(").append(nullable(type)).append(' ')
          .append(p.javaName).append(") {\n");
      if (p.min != null && p.max == null) {
        s.append("      if (").append(p.javaName).append(" != null && ").append(p.javaName).append(" < ").append(p.min)
            .append(") {\n        throw new IllegalArgumentException(\"").append(p.javaName).append(" must be at least ")
            .append(p.min).append(", got \" + ").append(p.javaName).append(");\n      }\n");
      } else if (p.min != null) {
        s.append("      if (").append(p.javaName).append(" != null && (").append(p.javaName).append(" < ").append(p.min)
            .append(" || ").append(p.javaName).append(" > ").append(p.max).append(")) {\n")
            .append("        throw new IllegalArgumentException(\"").append(p.javaName).append(" must be between ")
            .append(p.min).append(" and ").append(p.max).append(", got \" + ").append(p.javaName).append(");\n")
            .append("      }\n");
      }
      if ("fieldmask".equals(p.encoding)) {
        imports.add("java.util.Arrays");
        imports.add("java.util.Collection");
        imports.add("dev.chatsdk.core.Require");
        s.setLength(0);
        s.append("    /**\n     * Sets {@code ").append(p.wireName).append("} to these field paths, for example {@code display_name}.\n")
            .append("     *\n     * @param fieldPaths single field paths\n     * @return this builder\n     */\n")
            .append("    public Builder ").append(p.javaName).append("(String... fieldPaths) {\n")
            .append("      return ").append(p.javaName).append("(Arrays.asList(Require.nonNull(fieldPaths, \"")
            .append(p.javaName).append("\")));\n    }\n\n")
            .append("    /**\n     * Sets {@code ").append(p.wireName).append("} to these field paths.\n")
            .append("     *\n     * @param fieldPaths single field paths; {@code null} unsets the parameter\n     * @return this builder\n     */\n")
            .append("    public Builder ").append(p.javaName).append("(@Nullable Collection<String> fieldPaths) {\n")
            .append("      return setFieldPaths(\"").append(p.wireName).append("\", fieldPaths);\n    }\n");
        setters.add(s.toString());
        continue;
      }
      if (p.valuePattern != null) {
        s.append("      if (").append(p.javaName).append(" != null && !").append(p.javaName).append(".matches(\"")
            .append(p.valuePattern.replace("\\", "\\\\")).append("\")) {\n")
            .append("        throw new IllegalArgumentException(\"").append(p.javaName).append(" must be ")
            .append(p.valueShape).append(", got '\" + ").append(p.javaName).append(" + \"'\");\n      }\n");
      }
      String setter = p.type.kind == TypeRef.Kind.STRING ? "setText" : list ? "setList" : "set";
      s.append("      return ").append(setter).append("(\"").append(p.wireName).append("\", ").append(p.javaName)
          .append(");\n    }\n");
      if (list && p.javaType != null) { // a list of model objects also gets an adder
        String element = p.javaType;
        String one = Names.singular(p.javaName);
        s.append("\n    /**\n     * Adds one element to {@code ").append(p.wireName).append("}.\n     *\n")
            .append("     * @param ").append(one).append(" the element to add\n     * @return this builder\n     */\n")
            .append("    public Builder add").append(Character.toUpperCase(one.charAt(0))).append(one.substring(1))
            .append("(").append(element).append(' ').append(one).append(") {\n")
            .append("      return addToList(\"").append(p.wireName).append("\", ").append(one).append(");\n    }\n");
      }
      setters.add(s.toString());
    }
    StringBuilder out = new StringBuilder(preamble("params of " + op.id, imports));
    out.append("/**\n * Optional ").append(op.optional.get(0).form ? "form fields" : "query parameters").append(" of {@link ").append(spec.apiPackage).append('.').append(op.apiClass)
        .append('#').append(op.javaName).append("}. Immutable;\n * unset parameters are not sent.\n */\n")
        .append("@Generated(\"").append(JavaWriter.GENERATOR).append("\")\n")
        .append("public final class ").append(n).append(" extends QueryParams {\n")
        .append("  private ").append(n).append("(Builder builder) {\n    super(builder);\n  }\n\n")
        .append("  /**\n   * A new builder with nothing set.\n   *\n   * @return the builder\n   */\n")
        .append("  public static Builder builder() {\n    return new Builder();\n  }\n\n")
        .append("  /**\n   * A builder holding these values, to make a changed copy.\n   *\n   * @return the builder\n   */\n")
        .append("  public Builder toBuilder() {\n    return new Builder(this);\n  }\n");
    if (op.pager != null && op.pager.kind.equals("token")) {
      out.append("\n  /**\n   * A copy with another {@code pageToken} (used by the auto-pager).\n   *\n")
          .append("   * @param pageToken the token of the page to fetch\n   * @return the copy\n   */\n")
          .append("  public ").append(n).append(" withPageToken(@Nullable String pageToken) {\n")
          .append("    return toBuilder().pageToken(pageToken).build();\n  }\n");
    }
    for (String g : getters) {
      out.append('\n').append(g);
    }
    out.append("\n  /** Builder of {@link ").append(n).append("}. Not thread-safe. */\n")
        .append("  public static final class Builder extends QueryParams.Builder<").append(n).append(", Builder> {\n")
        .append("    private Builder() {}\n\n")
        .append("    private Builder(").append(n).append(" from) {\n      super(from);\n    }\n");
    for (String s : setters) {
      out.append('\n').append(s);
    }
    out.append("\n    @Override\n    public ").append(n).append(" build() {\n      return new ").append(n)
        .append("(this);\n    }\n  }\n}\n");
    return out.toString();
  }

  /** {@code @Nullable T}, or {@code Outer.@Nullable Inner} for a nested type (type-use annotation rules). */
  static String nullable(String type) {
    int dot = type.lastIndexOf('.');
    return dot < 0 || type.contains("<") ? "@Nullable " + type : type.substring(0, dot + 1) + "@Nullable " + type.substring(dot + 1);
  }

  private static String note(ParamDef p) {
    if ("idObject".equals(p.encoding)) {
      return " (sent as the object {@code {\"id\": ...}})";
    }
    if (p.form && "json".equals(p.encoding)) {
      return " (sent JSON-encoded)";
    }
    if (p.type.kind == TypeRef.Kind.LIST) {
      return " (repeated)";
    }
    return p.type.kind == TypeRef.Kind.INSTANT ? " (RFC 3339 date-time)" : "";
  }

  private static String rangeNote(ParamDef p) {
    return p.min == null ? "" : p.max == null ? ", at least " + p.min : ", from " + p.min + " to " + p.max;
  }

  private String openEnum(String name, List<String> values) {
    StringBuilder out = new StringBuilder(preamble("values of query parameter " + name, List.of(
        "com.fasterxml.jackson.annotation.JsonCreator", "dev.chatsdk.core.Require", "dev.chatsdk.core.json.OpenEnum",
        "java.util.Map", "javax.annotation.processing.Generated")));
    out.append("/**\n * Values of a query parameter. Open: {@link #of} accepts values this SDK does not know yet.\n */\n")
        .append("@Generated(\"").append(JavaWriter.GENERATOR).append("\")\n")
        .append("public final class ").append(name).append(" extends OpenEnum {\n")
        .append("  private static final long serialVersionUID = 1L;\n");
    List<String> entries = new ArrayList<>();
    for (String v : values) {
      String c = Names.constant(v);
      out.append("\n  /** The value {@code ").append(v).append("}. */\n")
          .append("  public static final ").append(name).append(' ').append(c).append(" = new ").append(name)
          .append("(\"").append(v).append("\");\n");
      entries.add("Map.entry(" + c + ".getValue(), " + c + ")");
    }
    out.append("\n  private static final Map<String, ").append(name).append("> KNOWN = Map.ofEntries(\n      ")
        .append(String.join(",\n      ", entries)).append(");\n\n")
        .append("  private ").append(name).append("(String value) {\n    super(value);\n  }\n\n")
        .append("  /**\n   * The constant for {@code value}, or a new instance for a value this SDK does not know.\n   *\n")
        .append("   * @param value the value as on the wire\n   * @return the constant or a new instance\n   */\n")
        .append("  @JsonCreator\n  public static ").append(name).append(" of(String value) {\n")
        .append("    ").append(name).append(" known = KNOWN.get(Require.nonBlank(value, \"value\"));\n")
        .append("    return known != null ? known : new ").append(name).append("(value);\n  }\n\n")
        .append("  @Override\n  public boolean isKnown() {\n    return KNOWN.containsKey(getValue());\n  }\n}\n");
    return out.toString();
  }
}
