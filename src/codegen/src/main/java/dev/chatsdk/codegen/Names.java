package dev.chatsdk.codegen;

import dev.chatsdk.core.internal.ModelSupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java naming rules shared by the writer . */
final class Names {
  private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte",
      "case", "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum",
      "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
      "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return",
      "short", "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws",
      "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "record", "yield");

  /** Words that make a field's value secret: printed as *** by toString. */

  private Names() {}

  /** Splits {@code created_at}, {@code StatusCode}, {@code zh-TW}, {@code cardsV2} into words. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        flush(cur, words);
        continue;
      }
      if (cur.length() > 0 && Character.isUpperCase(c)) {
        char prev = cur.charAt(cur.length() - 1);
        boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (Character.isLowerCase(prev) || Character.isDigit(prev) || (Character.isUpperCase(prev) && nextLower)) {
          flush(cur, words);
        }
      }
      cur.append(c);
    }
    flush(cur, words);
    return words;
  }

  private static void flush(StringBuilder cur, List<String> words) {
    if (cur.length() > 0) {
      words.add(cur.toString());
      cur.setLength(0);
    }
  }

  /** {@code created_at} -> {@code createdAt}; {@code StatusCode} -> {@code statusCode}; {@code ID} -> {@code id}. */
  static String camel(String name) {
    List<String> words = words(name);
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (sb.length() == 0) {
        sb.append(w.toLowerCase(Locale.ROOT));
      } else {
        sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    String s = sb.length() == 0 ? "value" : sb.toString();
    return Character.isDigit(s.charAt(0)) ? "v" + s : s;
  }

  static String upperCamel(String name) {
    String c = camel(name);
    return Character.toUpperCase(c.charAt(0)) + c.substring(1);
  }

  /** A legal Java identifier for a field or builder method. */
  static String identifier(String camel) {
    return KEYWORDS.contains(camel) ? camel + "Value" : camel;
  }

  /** {@code zh-TW} -> {@code ZH_TW}; {@code message.read} -> {@code MESSAGE_READ}. */
  static String constant(String value) {
    List<String> words = words(value);
    String s = words.isEmpty() ? "EMPTY" : String.join("_", words).toUpperCase(Locale.ROOT);
    return Character.isDigit(s.charAt(0)) ? "V_" + s : s;
  }

  /** Naive English singular for adder names: attachments -> attachment, replies -> reply. */
  static String singular(String upper) {
    if (upper.endsWith("ies") && upper.length() > 4) {
      return upper.substring(0, upper.length() - 3) + "y";
    }
    if (upper.endsWith("sses") || upper.endsWith("xes") || upper.endsWith("ches") || upper.endsWith("shes")) {
      return upper.substring(0, upper.length() - 2);
    }
    if (upper.endsWith("s") && !upper.endsWith("ss") && !upper.endsWith("us") && !upper.endsWith("is")
        && upper.length() > 2) {
      return upper.substring(0, upper.length() - 1);
    }
    return upper;
  }

  /** Same rule the generated toString() applies to unknown fields at run time: one definition. */
  static boolean isSecret(String jsonName) {
    return ModelSupport.isSecret(jsonName);
  }
}
