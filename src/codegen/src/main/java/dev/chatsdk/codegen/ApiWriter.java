package dev.chatsdk.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes one API class per resource from {@link OperationDef}s. Every operation {@code op} gets
 * {@code op}, {@code opWithHttpInfo} and {@code opAsync}, each in a full form ending in
 * {@code RequestOptions} and in the short forms the class Javadoc lists, plus {@code opAll} for list
 * operations. Behaviour shared by many operations is a call into a hand-written helper of the
 * backend ({@code Calls}, {@code internal.*}); nothing here is specific to one operation.
 */
final class ApiWriter {
  private final ApiSpec spec;

  ApiWriter(ApiSpec spec) {
    this.spec = spec;
  }

  /** File name to content for every API class of the backend. */
  Map<String, String> write() {
    Map<String, List<OperationDef>> byClass = new TreeMap<>();
    for (OperationDef op : spec.operations) {
      byClass.computeIfAbsent(op.apiClass, k -> new ArrayList<>()).add(op);
    }
    Map<String, String> files = new TreeMap<>();
    for (Map.Entry<String, List<OperationDef>> e : byClass.entrySet()) {
      files.put(e.getKey() + ".java", new ClassWriter(e.getKey(), e.getValue()).write());
    }
    return files;
  }

  private final class ClassWriter {
    private final String name;
    private final List<OperationDef> ops;
    private final Set<String> imports = new TreeSet<>();
    private final Map<String, String> handlers = new TreeMap<>();
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();

    ClassWriter(String name, List<OperationDef> ops) {
      this.name = name;
      this.ops = ops;
    }

    private void line(String s) {
      out.append(s).append('\n');
    }

    String write() {
      imports.add("dev.chatsdk.core.ApiResponse");
      imports.add("dev.chatsdk.core.RequestOptions");
      imports.add("dev.chatsdk.core.http.ApiRequest");
      imports.add("java.util.concurrent.CompletableFuture");
      imports.add("javax.annotation.processing.Generated");
      for (OperationDef op : ops) {
        writeOperation(op);
      }
      String body = out.toString();
      out.setLength(0);
      out.append(JavaWriter.preamble(spec.sourceName + " and " + spec.overlayName, true, spec.apiPackage, imports));
      for (String doc : spec.classJavadoc(name)) {
        line(doc);
      }
      line("@Generated(\"" + JavaWriter.GENERATOR + "\")");
      line("public final class " + name + " {");
      for (Map.Entry<String, String> h : handlers.entrySet()) {
        line("  private static final ResponseHandler<" + h.getValue() + "> " + h.getKey()
            + " = ResponseHandler.json(" + h.getValue() + ".class);");
      }
      if (handlers.isEmpty() || ops.stream().anyMatch(o -> o.responseSchema == null && o.media == null)) {
        line("  private static final ResponseHandler<Void> DISCARD = ResponseHandler.discard();");
      }
      for (Map.Entry<String, String> p : patterns.entrySet()) {
        line("  private static final Pattern " + p.getValue() + " = Pattern.compile(\"" + p.getKey() + "\");");
      }
      for (String constant : spec.classConstants(name)) {
        line(constant);
      }
      line("");
      line("  private final Calls calls;");
      line("");
      line("  " + name + "(Calls calls) {");
      line("    this.calls = calls;");
      line("  }");
      out.append(body);
      line("}");
      return out.toString();
    }

    // ---- one operation

    private String resultType(OperationDef op) {
      if ("download".equals(op.media)) {
        return "Long";
      }
      if (op.responseSchema == null) {
        return "Void";
      }
      return model(op.responseSchema);
    }

    private String model(String schema) {
      imports.add(spec.modelPackage + "." + schema);
      return schema;
    }

    private String handler(OperationDef op) {
      if (op.responseSchema == null) {
        imports.add("dev.chatsdk.core.http.ResponseHandler");
        return "DISCARD";
      }
      String constant = Names.constant(op.responseSchema);
      handlers.put(constant, model(op.responseSchema));
      imports.add("dev.chatsdk.core.http.ResponseHandler");
      return constant;
    }

    /** Positional Java parameters: path values, required query values, the body or media argument. */
    private List<String[]> args(OperationDef op, String sinkType) {
      List<String[]> args = new ArrayList<>();
      for (ParamDef p : op.positional) {
        args.add(new String[] {ParamsWriter.javaType(p, imports, spec), p.javaName});
      }
      if (op.bodySchema != null && !op.bodyOptional) {
        args.add(new String[] {model(op.bodySchema), op.bodyArg});
      }
      if ("upload".equals(op.media) || "form".equals(op.media)) {
        imports.add("dev.chatsdk.core.http.FileSource");
        args.add(new String[] {"FileSource", "file"});
      }
      if (sinkType != null) {
        args.add(new String[] {sinkType, sinkType.equals("Path") ? "target" : "out"});
      }
      return args;
    }

    private void writeOperation(OperationDef op) {
      if ("download".equals(op.media)) {
        imports.add("java.io.OutputStream");
        imports.add("java.nio.file.Path");
        writeForms(op, "OutputStream", "MediaTransfers.toStream(out)");
        writeForms(op, "Path", "MediaTransfers.toFile(target)");
        imports.add(spec.apiPackage + ".internal.MediaTransfers");
      } else {
        writeForms(op, null, handler(op));
      }
      if (op.pager != null) {
        writePager(op);
      }
      writeRequestBuilder(op);
    }

    private void writeForms(OperationDef op, String sinkType, String handler) {
      List<String[]> args = args(op, sinkType);
      String result = resultType(op);
      // A download returns the byte count as a primitive: it is never absent.
      String returned = result.equals("Void") ? "void" : "download".equals(op.media) ? "long" : result;
      String full = signature(args, op, true, true);
      String call = names(args, op, "params", "options");
      line("");
      line("  // ---- " + op.javaName + ": " + op.httpMethod + " " + op.path);
      line("");
      writeJavadoc(op, args);
      line("  public " + returned + " " + op.javaName + "(" + full + ") {");
      line("    " + (returned.equals("void") ? "" : "return ") + op.javaName + "WithHttpInfo(" + call + ").data();");
      line("  }");
      shortForms(op, args, returned, op.javaName, "");
      line("");
      doc("{@link #" + op.javaName + "}, returning the result with the HTTP status, headers, request id and rate limit.",
          tags(op, args, true, true, "the result with the HTTP status, headers, request id and rate limit"));
      line("  public ApiResponse<" + result + "> " + op.javaName + "WithHttpInfo(" + full + ") {");
      line("    return calls.execute(" + op.javaName + "Request(" + requestArgs(args, op) + "), " + handler + ", options);");
      line("  }");
      shortForms(op, args, "ApiResponse<" + result + ">", op.javaName + "WithHttpInfo", "return ");
      line("");
      doc("{@link #" + op.javaName + "} without blocking: arguments are checked before this method returns,\n"
          + "and cancelling the future cancels the HTTP call.", tags(op, args, true, true, "the future result"));
      line("  public CompletableFuture<" + result + "> " + op.javaName + "Async(" + full + ") {");
      line("    return calls.async(" + op.javaName + "Request(" + requestArgs(args, op) + "), " + handler + ", options);");
      line("  }");
      shortForms(op, args, "CompletableFuture<" + result + ">", op.javaName + "Async", "return ");
    }

    /** The overloads without options (and without params): defaults for what is left out. */
    private void shortForms(OperationDef op, List<String[]> args, String returned, String method, String ret) {
      String r = returned.equals("void") ? "" : "return ";
      line("");
      doc("{@link #" + method + "} with " + (op.hasParams() ? "no params and " : "") + "default options.",
          tags(op, args, false, false, returned.equals("void") ? null : "see {@link #" + method + "}"));
      line("  public " + returned + " " + method + "(" + signature(args, op, false, false) + ") {");
      line("    " + r + method + "(" + names(args, op, op.hasParams() ? "null" : null, "RequestOptions.none()") + ");");
      line("  }");
      if (op.hasParams()) {
        line("");
        doc("{@link #" + method + "} with default options.",
            tags(op, args, true, false, returned.equals("void") ? null : "see {@link #" + method + "}"));
        line("  public " + returned + " " + method + "(" + signature(args, op, true, false) + ") {");
        line("    " + r + method + "(" + names(args, op, "params", "RequestOptions.none()") + ");");
        line("  }");
      }
    }

    private String signature(List<String[]> args, OperationDef op, boolean withParams, boolean withOptions) {
      List<String> parts = new ArrayList<>();
      for (String[] a : args) {
        parts.add(a[0] + " " + a[1]);
      }
      if (withParams && op.hasParams()) {
        imports.add("org.jspecify.annotations.Nullable");
        if (!spec.paramsPackage.equals(spec.apiPackage)) {
          imports.add(spec.paramsPackage + "." + op.paramsClass);
        }
        parts.add("@Nullable " + op.paramsClass + " params");
      }
      if (withOptions) {
        parts.add("RequestOptions options");
      }
      return String.join(", ", parts);
    }

    /** Argument list for a call; {@code params}/{@code options} null leave that argument out. */
    private String names(List<String[]> args, OperationDef op, String params, String options) {
      List<String> parts = new ArrayList<>();
      for (String[] a : args) {
        parts.add(a[1]);
      }
      if (params != null && op.hasParams()) {
        parts.add(params);
      }
      if (options != null) {
        parts.add(options);
      }
      return String.join(", ", parts);
    }

    /** The request builder takes no sink: downloads differ only in the response handler. */
    private String requestArgs(List<String[]> args, OperationDef op) {
      List<String[]> noSink = new ArrayList<>(args);
      if ("download".equals(op.media)) {
        noSink.remove(noSink.size() - 1);
      }
      return names(noSink, op, "params", "options");
    }

    private void writeJavadoc(OperationDef op, List<String[]> args) {
      List<String> doc = new ArrayList<>();
      doc.add(op.summary);
      doc.add("");
      doc.add("<p>{@code " + op.httpMethod + " " + op.path + "}, " + spec.idLabel + " {@code " + spec.idPrefix + op.id + "} of the API description.");
      if (!op.scopes.isEmpty()) {
        doc.add("Accepted OAuth scopes: " + codeList(op.scopes) + ".");
      }
      doc.addAll(Facts.retry(op, spec));
      if (!op.updateMask.isEmpty()) {
        doc.add("Without an explicit {@code updateMask} in the params, the mask is derived from the fields set on {@code "
            + op.bodyArg + "}, taken from the updatable paths " + codeList(op.updateMask)
            + "; output-only fields never enter it.");
      }
      if (op.pager != null) {
        doc.add("{@link #" + op.javaName + "All} iterates over every item across pages.");
      }
      if (op.deprecated) {
        doc.add("The API marks this method deprecated.");
      }
      doc.add("");
      for (String[] a : args) {
        doc.add("@param " + a[1] + " " + Facts.argument(op, a[1], spec));
      }
      if (op.hasParams()) {
        doc.add("@param params optional " + (op.optional.get(0).form ? "form fields" : "query parameters") + ", or {@code null} for none");
      }
      doc.add("@param options per-call overrides: timeout, retries, idempotency key, extra query parameters");
      if (!resultType(op).equals("Void")) {
        doc.add("@return " + ("download".equals(op.media) ? "the number of bytes written" : "the decoded {@link " + op.responseSchema + "}"));
      }
      doc.add("@throws IllegalArgumentException when an argument is missing or malformed (before any I/O)");
      doc.add("@throws dev.chatsdk.core.ApiException when the service answers with an error status");
      line("  /**");
      for (String d : doc) {
        line(d.isEmpty() ? "   *" : "   * " + d);
      }
      line("   */");
      if (op.deprecated) {
        line("  @Deprecated");
      }
    }

    /** A Javadoc block: the text's lines, a blank line, then the tags. */
    private void doc(String text, List<String> tags) {
      line("  /**");
      for (String l : text.split("\n")) {
        line("   * " + l);
      }
      if (!tags.isEmpty()) {
        line("   *");
      }
      for (String t : tags) {
        line("   * " + t);
      }
      line("   */");
    }

    /** {@code @param} tags for the arguments of one overload, and {@code @return} when {@code returns} is set. */
    private List<String> tags(OperationDef op, List<String[]> args, boolean withParams, boolean withOptions, String returns) {
      List<String> tags = new ArrayList<>();
      for (String[] a : args) {
        tags.add("@param " + a[1] + " " + Facts.argument(op, a[1], spec));
      }
      if (withParams && op.hasParams()) {
        tags.add("@param params optional query parameters, or {@code null} for none");
      }
      if (withOptions) {
        tags.add("@param options per-call overrides");
      }
      if (returns != null) {
        tags.add("@return " + returns);
      }
      return tags;
    }

    private String codeList(List<String> values) {
      List<String> coded = new ArrayList<>();
      for (String v : values) {
        coded.add("{@code " + v + "}");
      }
      return String.join(", ", coded);
    }

    // ---- auto-pager

    private void writePager(OperationDef op) {
      List<String[]> args = args(op, null);
      new PagerWriter(spec, op, this::line, imports).write(args, model(op.responseSchema),
          signature(args, op, true, true), model(op.pager.itemType),
          tags(op, args, true, true, "an iterable over every item"));
      shortForms(op, args, "AutoPager<" + op.pager.itemType + ">", op.javaName + "All", "return ");
    }

    // ---- the request

    private void writeRequestBuilder(OperationDef op) {
      List<String[]> args = args(op, null);
      line("");
      line("  private static ApiRequest " + op.javaName + "Request(" + signature(args, op, true, true) + ") {");
      line("    ApiRequest.Builder builder = ApiRequest.builder(\"" + op.operationName + "\", \"" + op.httpMethod
          + "\", \"" + op.path + "\");");
      for (ParamDef p : op.positional) {
        if (p.path && p.pattern != null) {
          line("    builder.pathResourceName(\"" + p.wireName + "\", " + p.javaName + ", " + pattern(p.pattern) + ", \""
              + p.example + "\");");
        } else if (p.path) {
          imports.add("dev.chatsdk.core.Require");
          line("    builder.pathSegment(\"" + p.wireName + "\", Require.nonBlank(" + p.javaName + ", \"" + p.javaName + "\"));");
        } else {
          line("    builder." + ParamsWriter.queryMethod(p) + "(\"" + p.wireName + "\", " + checkedQuery(p) + ");");
        }
      }
      if (op.bodySchema != null) {
        if (op.bodyOptional) {
          line("    builder.jsonBody(" + model(op.bodySchema) + ".builder().build());");
        } else if (op.bodyCheck != null) {
          imports.add(spec.apiPackage + ".internal." + op.bodyCheck.substring(0, op.bodyCheck.indexOf('.')));
          line("    builder.jsonBody(" + op.bodyCheck + "(" + op.bodyArg + "));");
        } else {
          imports.add("dev.chatsdk.core.Require");
          line("    builder.jsonBody(Require.nonNull(" + op.bodyArg + ", \"" + op.bodyArg + "\"));");
        }
      }
      if (op.bodyIdempotency != null) {
        String getter = op.bodyArg + "." + JavaWriter.getter(op.bodyIdempotency) + "()";
        String setter = Names.identifier(Names.camel(op.bodyIdempotency));
        line("    String given = " + getter + ";");
        line("    String id = Calls.idempotencyId(given, options);");
        line("    if (given == null) {");
        line("      builder.jsonBody(" + op.bodyArg + ".toBuilder()." + setter + "(id).build());");
        line("    }");
        line("    builder.idempotencyKey(id);");
      }
      if ("upload".equals(op.media)) {
        imports.add(spec.apiPackage + ".internal.MediaTransfers");
        line("    MediaTransfers.upload(builder, file);");
      }
      if ("download".equals(op.media)) {
        imports.add(spec.apiPackage + ".internal.MediaTransfers");
        line("    MediaTransfers.download(builder);");
      }
      if ("form".equals(op.media)) {
        writeForm(op);
      } else if (op.hasParams()) {
        line("    Calls.query(builder, params);");
      }
      if (op.idempotencyParam != null) {
        String getter = "params." + JavaWriter.getter(op.idempotencyParam) + "()";
        line("    String given = params == null ? null : " + getter + ";");
        line("    String id = Calls.idempotencyId(given, options);");
        line("    if (given == null) {");
        line("      builder.query(\"" + op.idempotencyParam + "\", id);");
        line("    }");
        line("    builder.idempotencyKey(id);");
      }
      if (!op.updateMask.isEmpty()) {
        imports.add(spec.apiPackage + ".internal.UpdateMasks");
        line("    if (params == null || params.getUpdateMask() == null) {");
        line("      builder.query(\"updateMask\", UpdateMasks.derive(" + op.bodyArg + ", \"" + op.bodyArg + "\", "
            + quotedList(op.updateMask) + "));");
        line("    }");
      }
      if (op.retrySafe) {
        line("    builder.retrySafe(true);");
      }
      line("    return builder.build();");
      line("  }");
    }

    /** A multipart form: the file, then each form field that is set, JSON-encoded (an id as {@code {"id": ...}}). */
    private void writeForm(OperationDef op) {
      imports.add("dev.chatsdk.core.http.MultipartContent");
      imports.add("dev.chatsdk.core.Require");
      line("    MultipartContent form = MultipartContent.form().file(\"file\", Require.nonNull(file, \"file\"));");
      if (op.hasParams()) {
        line("    if (params != null) {");
        for (ParamDef p : op.optional) {
          String value = "params.get" + Character.toUpperCase(p.javaName.charAt(0)) + p.javaName.substring(1) + "()";
          line("      Calls.formJson(form, \"" + p.wireName + "\", "
              + ("idObject".equals(p.encoding) ? "Calls.idObject(" + value + ")" : value) + ");");
        }
        line("    }");
      }
      line("    builder.multipartBody(form);");
    }

    private String checkedQuery(ParamDef p) {
      if (p.check != null) {
        imports.add(spec.apiPackage + ".internal." + p.check.substring(0, p.check.indexOf('.')));
        return p.check + "(" + p.javaName + ")";
      }
      if ("csv".equals(p.encoding)) {
        return "Calls.csvValues(\"" + p.javaName + "\", " + p.javaName + ")";
      }
      if (p.pattern != null) {
        return "Calls.checkedName(\"" + p.wireName + "\", " + p.javaName + ", " + pattern(p.pattern) + ", \""
            + p.example + "\")";
      }
      imports.add("dev.chatsdk.core.Require");
      return p.type.kind == TypeRef.Kind.STRING
          ? "Require.nonBlank(" + p.javaName + ", \"" + p.javaName + "\")"
          : "Require.nonNull(" + p.javaName + ", \"" + p.javaName + "\")";
    }

    private String pattern(String regex) {
      imports.add("java.util.regex.Pattern");
      return patterns.computeIfAbsent(regex, r -> {
        String example = DiscoveryOperations.example(r);
        String base = example.startsWith("an ") ? "ANY_NAME" : Names.constant(example.replaceAll("\\{[^}]+}", "x")) + "_NAME";
        String n = base.replace("_X_", "_").replace("_X", "");
        String unique = n;
        for (int i = 2; patterns.containsValue(unique); i++) {
          unique = n + i;
        }
        return unique;
      });
    }

    private String quotedList(List<String> values) {
      List<String> q = new ArrayList<>();
      for (String v : values) {
        q.add("\"" + v + "\"");
      }
      return String.join(", ", q);
    }
  }
}
