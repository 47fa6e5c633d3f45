package dev.chatsdk.codegen;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the open enum nested in a model class for an inline string enum: constants, a lookup that
 * keeps unknown values, and the list of known ones.
 */
final class OpenEnumWriter {
  private OpenEnumWriter() {}

  /**
   * The nested class's source, indented for a member of the model class.
   *
   * @param e the enum class name
   * @param fieldDoc how Javadoc names the field, e.g. {@code {@code type}}
   * @param values the values in the description's order
   * @param imports the model file's imports, to add to
   */
  static String nested(String e, String fieldDoc, List<String> values, Set<String> imports) {
    StringBuilder out = new StringBuilder();
    imports.add("com.fasterxml.jackson.annotation.JsonCreator");
    imports.add("dev.chatsdk.core.json.OpenEnum");
    Map<String, String> constants = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    for (String v : values) {
      String base = Names.constant(v);
      String c = base;
      for (int i = 2; !used.add(c); i++) {
        c = base + "_" + i;
      }
      constants.put(v, c);
    }
    line(out, "");
    line(out, "  /**");
    line(out, "   * Values of the " + fieldDoc + " field. Open: a value the SDK does not know is kept as it is");
    line(out, "   * (see {@link #isKnown()}), so decoding never fails on a new value.");
    line(out, "   */");
    line(out, "  public static final class " + e + " extends OpenEnum {");
    line(out, "    private static final long serialVersionUID = 1L;");
    for (Map.Entry<String, String> c : constants.entrySet()) {
      line(out, "");
      line(out, "    /** The {@code " + c.getKey() + "} value. */");
      line(out, "    public static final " + e + " " + c.getValue() + " = new " + e + "(\"" + c.getKey() + "\");");
    }
    line(out, "");
    StringBuilder idx = new StringBuilder("    private static final Map<String, " + e + "> KNOWN = " + JavaWriter.SUPPORT + ".index(");
    boolean first = true;
    int col = idx.length();
    for (String c : constants.values()) {
      String part = (first ? "" : ", ") + c;
      if (col + part.length() > 100) {
        idx.append(first ? "" : ",").append("\n        ");
        part = c;
        col = 8;
      }
      idx.append(part);
      col += part.length();
      first = false;
    }
    idx.append(");");
    line(out, idx.toString());
    line(out, "");
    line(out, "    private " + e + "(String value) {");
    line(out, "      super(value);");
    line(out, "    }");
    line(out, "");
    line(out, "    /**");
    line(out, "     * The constant for a known value, otherwise a new instance holding {@code value}.");
    line(out, "     *");
    line(out, "     * @param value the value as on the wire");
    line(out, "     * @return the constant or a new instance");
    line(out, "     */");
    line(out, "    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)");
    line(out, "    public static " + e + " of(String value) {");
    line(out, "      " + e + " known = KNOWN.get(Objects.requireNonNull(value, \"value\"));");
    line(out, "      return known != null ? known : new " + e + "(value);");
    line(out, "    }");
    line(out, "");
    line(out, "    /**");
    line(out, "     * The values this SDK knows.");
    line(out, "     *");
    line(out, "     * @return them, in the order the API description lists them");
    line(out, "     */");
    imports.add("java.util.List");
    line(out, "    public static List<" + e + "> knownValues() {");
    line(out, "      return " + JavaWriter.SUPPORT + ".values(KNOWN);");
    line(out, "    }");
    line(out, "");
    line(out, "    @Override");
    line(out, "    public boolean isKnown() {");
    line(out, "      return KNOWN.containsKey(getValue());");
    line(out, "    }");
    line(out, "  }");
    return out.toString();
  }

  private static void line(StringBuilder out, String s) {
    out.append(s).append('\n');
  }
}
