package dev.chatsdk.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes the full form of an {@code opAll} auto-pager: by page token (Google's {@code pageToken} /
 * {@code nextPageToken} in the params), by {@code offset} (moved on by each page's size) or by a
 * {@code next} cursor taken from the response. The paging fields live in the params or in a model
 * argument (a JSON query payload or the body); the pager copies that holder with the new token,
 * offset or cursor for each page.
 */
final class PagerWriter {
  private final ApiSpec spec;
  private final OperationDef op;
  private final Consumer<String> out;
  private final Set<String> imports;

  PagerWriter(ApiSpec spec, OperationDef op, Consumer<String> out, Set<String> imports) {
    this.spec = spec;
    this.op = op;
    this.out = out;
    this.imports = imports;
  }

  void write(List<String[]> args, String response, String fullSignature, String item, List<String> tags) {
    OperationDef.PagerDef pg = op.pager;
    imports.add("dev.chatsdk.core.AutoPager");
    imports.add("dev.chatsdk.core.Page");
    boolean token = pg.kind.equals("token");
    boolean inParams = token || pg.holder.equals("params");
    String holderType = inParams ? op.paramsClass : typeOf(args, pg.holder);
    String first = inParams ? "first" : pg.holder;
    String method = op.javaName + "All";
    out.accept("");
    out.accept("  /**");
    if (token) {
      out.accept("   * Every item of {@link #" + op.javaName + "}, fetched lazily page by page as iteration proceeds");
      out.accept("   * (following {@code " + pg.cursorField + "}). Iteration starts at the params' {@code pageToken}");
      out.accept("   * when set, else at the first page; each new iteration starts there again. Arguments are checked now.");
    } else if (pg.kind.equals("offset")) {
      out.accept("   * Every item of {@link #" + op.javaName + "}, fetched lazily page by page as iteration proceeds: the");
      out.accept("   * first page starts at the {@code offset} of {@code " + pg.holder + "} (0 when unset), each further page");
      out.accept("   * moves it on by the size of the page before, keeping {@code limit} as the page size. Iteration ends at");
      out.accept("   * an empty page or one shorter than the limit. Arguments are checked now.");
    } else {
      out.accept("   * Every item of {@link #" + op.javaName + "}, fetched lazily page by page as iteration proceeds: the");
      out.accept("   * first page is {@code " + pg.holder + "} as given, each further page sets its {@code " + holderCursor(pg)
          + "} to the cursor");
      out.accept("   * the page before returned" + (pg.clearOnNext != null ? " (and clears {@code " + pg.clearOnNext + "})" : "")
          + "; iteration ends when a page has no cursor. Arguments are checked now.");
    }
    out.accept("   *");
    for (String tag : tags) {
      out.accept("   * " + tag);
    }
    out.accept("   */");
    out.accept("  public AutoPager<" + item + "> " + method + "(" + fullSignature + ") {");
    out.accept("    " + op.javaName + "Request(" + names(args, null, null) + ");");
    out.accept("    Calls.check(options);");
    if (inParams) {
      out.accept("    " + holderType + " first = params != null ? params : " + holderType + ".builder().build();");
    }
    String items = "page." + JavaWriter.getter(pg.itemsField) + "()";
    out.accept("    return AutoPager.of(cursor -> {");
    if (token) {
      out.accept("      " + response + " page = " + op.javaName + "(" + names(args, "params",
          "cursor == null ? first : first.withPageToken(cursor)") + ");");
      out.accept("      return new Page<>(" + items + ", page." + JavaWriter.getter(pg.cursorField) + "());");
    } else if (pg.kind.equals("offset")) {
      String offset = first + "." + JavaWriter.getter(pg.offsetParam) + "()";
      String limit = first + "." + JavaWriter.getter(pg.limitParam) + "()";
      out.accept("      int offset = Calls.offset(cursor, " + offset + ");");
      out.accept("      " + response + " page = " + op.javaName + "(" + names(args, pg.holder,
          first + ".toBuilder()." + setter(pg.offsetParam) + "(offset).build()") + ");");
      out.accept("      return Calls.offsetPage(" + items + ", offset, " + limit + ");");
    } else {
      String clear = pg.clearOnNext != null ? "." + setter(pg.clearOnNext) + "(null)" : "";
      out.accept("      " + response + " page = " + op.javaName + "(" + names(args, pg.holder,
          "cursor == null ? " + first + " : " + first + ".toBuilder()." + setter(holderCursor(pg)) + "(cursor)" + clear + ".build()") + ");");
      out.accept("      return new Page<>(" + items + ", page." + JavaWriter.getter(pg.cursorField) + "());");
    }
    out.accept("    });");
    out.accept("  }");
  }

  /** The field of the holder that takes the cursor: the response's field name unless the two differ. */
  private static String holderCursor(OperationDef.PagerDef pg) {
    return pg.holderCursorField != null ? pg.holderCursorField : pg.cursorField;
  }

  private static String setter(String wireName) {
    return Names.identifier(Names.camel(wireName));
  }

  private static String typeOf(List<String[]> args, String name) {
    for (String[] a : args) {
      if (a[1].equals(name)) {
        return a[0];
      }
    }
    throw new IllegalStateException("no argument " + name);
  }

  /** The call's argument names, with {@code replaced} (an argument or {@code params}) swapped for {@code by}. */
  private String names(List<String[]> args, String replaced, String by) {
    List<String> parts = new ArrayList<>();
    for (String[] a : args) {
      parts.add(a[1].equals(replaced) ? by : a[1]);
    }
    if (op.hasParams()) {
      parts.add("params".equals(replaced) ? by : "params");
    }
    parts.add("options");
    return String.join(", ", parts);
  }
}
